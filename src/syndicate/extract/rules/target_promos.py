"""Promo boxes of one target (``extract/target_promos.py``): their size and the few words
that rule a box out."""

from __future__ import annotations

from .conversion import FEED_WORDS, LOGIN_WORDS
from .offer_boxes import NAV_PATH_WORDS
from .related_guards import TAG_PATH_WORDS

#: A box is climbed at most this many levels above its picture link...
BOX_CLIMB = 8
#: ...and holds at most this many links (all to one page: a picture, a title, a button and
#: a "more" line)...
MAX_BOX_LINKS = 6
#: ...at most this many elements...
MAX_BOX_ELEMENTS = 60
#: ...and at most this much text (a heading and a sentence or two).
MAX_BOX_TEXT = 400
#: A box of text says this many words (a pitch: "Jetzt testen" under a title and a line).
MIN_PITCH_WORDS = 4
#: Siblings alike (tag and class, each holding a link), the box counted, that make it an
#: entry of a listing (a shop's product grid), no promo set apart.
REPEATED_BOXES = 3
#: A longer target is no page's address (an inlined ``data:`` picture).
MAX_HREF = 600
#: Targets that are a picture, not a page.
PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif")
#: Class/id words of a box (or an ancestor ``NAMED_CLIMB`` levels up) that is no promo: an
#: author's card, a logo, a cookie notice, a comment, a pager, a menu, an account, a story
#: teaser, an ad (a banner the site serves itself is an ad slot: ``ads``' to judge).
NOT_PROMO_WORDS = frozenset({
    "author", "authors", "bio", "byline", "avatar", "about", "logo", "logos", "brand", "branding",
    "cookie", "cookies", "consent", "gdpr", "comment", "comments", "pagination", "pager", "paging",
    "menu", "breadcrumb", "breadcrumbs", "login", "account", "cart", "minicart", "basket", "checkout",
    "gallery", "lightbox", "thumbnail", "thumbnails", "related", "share", "social", "alert", "alerts",
    "emergency", "admin", "locale", "language", "switcher", "teaser", "teasers",
    "ad", "ads", "advert", "adverts", "advertisement", "advertising", "werbung", "anzeige",
    "publicidad", "publicite", "reklame", "sponsor", "sponsored", "adsense", "adslot",
})
#: Class/id words of a part of a box that is another widget's (an author's card, a comment,
#: a consent notice, a pager, a menu, an account's controls) or a story teaser's.
NOT_PROMO_PARTS = frozenset({
    "author", "authors", "bio", "byline", "avatar", "cookie", "cookies", "consent", "gdpr", "comment",
    "comments", "pagination", "pager", "paging", "menu", "breadcrumb", "breadcrumbs", "login", "account",
    "cart", "minicart", "basket", "checkout", "admin", "teaser", "teasers",
})
#: Ancestors of a box read for those names.
NAMED_CLIMB = 3
#: Words of a picture's file name, alt text or class calling it a logo, a badge or an
#: icon (a member's, a partner's, the site's own): no banner.
LOGO_WORDS = frozenset({
    "logo", "logos", "badge", "badges", "icon", "icons", "seal", "siegel", "avatar", "gravatar",
    "author", "profile", "certified", "award", "dmca", "powered", "favicon", "sprite",
})
#: A picture whose alt text has this many words names a story (a teaser's photo), no offer.
TEASER_ALT_WORDS = 6
#: Query keys of a click counted for an ad, a sponsor or a partner ("out.php?sponsorID=16").
AD_QUERY_KEYS = frozenset({
    "bannerid", "banner_id", "banner", "sponsorid", "sponsor_id", "sponsor", "partnerid", "partner_id",
    "adid", "ad_id", "zoneid", "campaignid", "oaparams",
})
#: A picture's box whose parent holds at most this many links may be a teaser card's part
#: (its title linked beside it); a parent holding more is a column of boxes.
CARD_LINKS = 8
#: Ancestors of a picture banner's box read for a header's, a footer's or a menu's name.
EDGE_CLIMB = 6
#: Path words (whole segments or their words) of a page that is no offer: a listing of
#: stories, a tag's or an author's page, an account, a log-in, a feed, an ad's counted click
#: ("/advert-click/65b1").
NOT_OFFER_PATH_WORDS = NAV_PATH_WORDS | TAG_PATH_WORDS | FEED_WORDS | LOGIN_WORDS | frozenset({
    "advert", "adverts", "advertisement", "adclick", "adclicks", "adserver", "banner", "banners",
    "bannerclick", "werbung", "anzeige", "publicidad", "sponsor", "sponsored",
})
#: Names (``linklists.brand_name``) of hosts that lend their subdomains to many sites (blogs,
#: hosted shops): another subdomain there is another site.
SHARED_HOST_BRANDS = frozenset({
    "wordpress", "blogspot", "blogger", "wixsite", "github", "tumblr", "substack", "medium",
    "weebly", "jimdo", "jimdofree", "squarespace", "webnode", "typepad", "livejournal", "over-blog",
    "hatenablog", "netlify", "vercel", "herokuapp", "myshopify",
})
#: An element with more children than this is a region or a list, no box of one target.
MAX_BOX_CHILDREN = 12
#: A seed whose parent holds more links than this is a list's or a bar's link.
MAX_SEED_LINKS = 2
