"""Promo boxes of one target (``extract/target_promos.py``): their size and the few words
that rule a box out."""

from __future__ import annotations

from .conversion import FEED_WORDS, LOGIN_WORDS
from .offer_boxes import NAV_PATH_WORDS, NOT_OFFER_WORDS
from .related_guards import TAG_PATH_WORDS

#: A seed whose parent holds more links than this is a list's or a bar's link.
MAX_SEED_LINKS = 2
#: A picture whose alt text has this many words names a story (a teaser's photo), no offer.
TEASER_ALT_WORDS = 6
#: A box is climbed at most this many levels above its picture link...
BOX_CLIMB = 8
#: ...and holds at most this many links (all to one page: a picture, a title, a button and
#: a "more" line)...
MAX_BOX_LINKS = 6
#: ...and at most this much text (a heading and a sentence or two).
MAX_BOX_TEXT = 400
#: A box of text says this many words (a pitch: "Jetzt testen" under a title and a line).
MIN_PITCH_WORDS = 4
#: Siblings alike (tag and class, each holding a link), the box counted, that make it an
#: entry of a listing (a shop's product grid), no promo set apart.
REPEATED_BOXES = 3
#: A picture's box whose parent holds at most this many links may be a teaser card's part
#: (its title linked beside it); a parent holding more is a column of boxes.
CARD_LINKS = 8
#: Ancestors of a box read for a header's, a footer's or a menu's name...
EDGE_CLIMB = 6
#: ...and for the names below.
NAMED_CLIMB = 3
#: Targets that are a picture, not a page.
PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif")
#: Class/id words (``chrome_util.words``) of a part of a box that is another widget's (an
#: author's card, a comment, a consent notice, a pager, a menu, an account's controls) or a
#: story teaser's...
NOT_PROMO_PARTS = NOT_OFFER_WORDS | {"avatar", "admin", "teaser", "teasers"}
#: ...and of a box (or an ancestor) that is none: those, a logo, a gallery, a related or
#: share block, an ad (a banner the site serves itself is an ad slot: ``ads``' to judge).
NOT_PROMO_WORDS = NOT_PROMO_PARTS | {
    "about", "avatar", "logo", "logos", "brand", "branding", "gallery", "lightbox", "thumbnail",
    "thumbnails", "related", "share", "social", "ad", "ads", "advert", "adverts", "advertisement",
    "advertising", "werbung", "anzeige", "publicidad", "publicite", "reklame", "sponsor", "sponsored",
    "adsense", "adslot",
}
#: Words of a picture's file name, alt text or class calling it a logo, a badge or an
#: icon (a member's, a partner's, the site's own): no banner.
LOGO_WORDS = frozenset({
    "logo", "logos", "badge", "badges", "icon", "icons", "seal", "siegel", "avatar", "gravatar",
    "author", "profile", "certified", "award", "dmca", "powered", "favicon", "sprite",
})
#: Path words (whole segments or their words) of a page that is no offer: a listing of
#: stories, a tag's or an author's page, an account, a log-in, a feed, an ad's counted click
#: ("/advert-click/65b1").
NOT_OFFER_PATH_WORDS = NAV_PATH_WORDS | TAG_PATH_WORDS | FEED_WORDS | LOGIN_WORDS | {
    "advert", "adverts", "advertisement", "adclick", "adclicks", "adserver", "banner", "banners",
    "bannerclick", "werbung", "anzeige", "publicidad", "sponsor", "sponsored",
}
