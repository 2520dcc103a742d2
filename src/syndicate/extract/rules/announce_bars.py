"""Announcement bars at the top of a page (``extract/announce_bars.py``): their size, and the
words and names that add evidence to where they stand.

The way in is the bar's place (the first thing of the page, of its header or of the
article's column, above the body) and its size; a name or an offer word only confirms it.
"""

from __future__ import annotations

import re

#: Levels walked down from ``<body>`` along the elements that lead the page.
MAX_DEPTH = 8
#: Levels looked down inside a header or wrapper standing first above the body, for the
#: strip that opens it.
MAX_INNER_DEPTH = 6
#: Links a header holds at least (its logo and menu): the rows of a box with fewer, a title
#: block or a byline, are not looked into.
MIN_HEADER_LINKS = 4
#: Children of that first element whose own openings are looked at (a header's rows).
MAX_BRANCHES = 3
#: A bar's size: visible characters and words (one or two short lines)...
MIN_CHARS = 8
MAX_CHARS = 250
MIN_WORDS = 2
MAX_WORDS = 40
#: ...in all, hidden copies and scripts counted (more, and no walk is needed to tell).
MAX_ALL_CHARS = 3000
#: ...elements (a bar is a line and a button, not a region: its hidden copies and variants
#: counted among them, though only shown ones are read), and in all...
MAX_ELEMENTS = 40
MAX_ALL_ELEMENTS = 120
#: ...distinct pages its links lead to (a slider of offers: a few), and links in all (a
#: marquee repeats its one link).
MAX_TARGETS = 3
MAX_LINKS = 12
#: Links held in all, hidden copies counted (a marquee's): more, and a box is a region.
MAX_COUNTED_LINKS = 30
#: Tags a bar never holds: a menu, a form to fill, a table, a player or frame.
NOT_IN_BAR = frozenset({
    "nav", "ul", "ol", "form", "input", "select", "textarea", "table", "iframe", "video", "dl",
})
#: Tags a bar may be.
BAR_TAGS = frozenset({"div", "section", "aside", "p", "a", "center"})
#: Nodes looked at for some text or a picture before a box is taken to show something.
SHOW_LOOKUP = 12
#: Children that are no content of the page's top (skipped when finding what leads it).
NOT_CONTENT = frozenset({
    "script", "style", "link", "meta", "noscript", "template", "svg", "br", "hr", "input", "button",
    "iframe", "img", "picture",
})
#: Class/id words of boxes laid over the page's top that are no part of it (a consent
#: dialog, a cookie notice).
NOT_CONTENT_WORDS = frozenset({"cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "privacy"})
#: Class/id words of the lines a bar is not: navigation, the article's own byline and notes.
NOT_BAR_WORDS = frozenset({
    "breadcrumb", "breadcrumbs", "byline", "author", "disclosure", "menu", "navbar", "navigation",
})
#: The page's content regions: whatever leads them is the article's header (its title,
#: standfirst, byline), no bar of the site's.
CONTENT_REGIONS = frozenset({"main", "article"})

#: Class/id words naming a promotion bar (whole words of a name; evidence only)...
BAR_WORDS = frozenset({
    "announcement", "announcements", "announce", "promo", "promobar", "promotion", "promotional",
    "hellobar", "pencil", "offer", "offers", "deal", "deals", "sale", "seasonal", "campaign",
})
#: ...and naming a notice: evidence only with a close control (a site's notice that stays,
#: "this site is no longer updated", is no ask).
NOTICE_WORDS = frozenset({
    "banner", "alert", "alertbar", "notice", "notification", "topbar", "ribbon", "sitewide", "bar",
})
#: Path words of legal pages: a bar linking one is a disclosure or a notice of terms.
LEGAL_PATH_WORDS = frozenset({
    "disclosure", "disclosures", "disclaimer", "terms", "privacy", "legal", "impressum",
    "datenschutz", "agb", "cookies", "cookie", "affiliate", "affiliates",
})
#: Words of an offer or an invitation (stems, matched in the lower-cased text; evidence only).
OFFER_STEMS: tuple[str, ...] = (
    # en
    " off ", "sale", "save ", "saving", "discount", "coupon", "code:", "use code", "free shipping",
    "free delivery", "flat rate", "deal", "offer", "limited time", "limited-time", "ends today",
    "last chance", "new arrival", "now available", "coming soon", "just launched", "waitlist",
    "wait list", "sign up", "webinar", "watch live", "live now", "free trial",
    "get started", "black friday", "cyber monday", "lifetime", "calculate", "book now", "shop now",
    "join ", " free ",
    # de
    "rabatt", "angebot", "gratis", "kostenlos", "versandkostenfrei", "gutschein", "jetzt neu",
    "neu:", "aktion", "sparen", "spare ", "jetzt ",
    # fr
    "soldes", "réduction", "livraison gratuite", "offre", "gratuit", "nouveau", "code promo",
    "inscri", "découvr",
    # es / pt / it
    "envío gratis", "envío gratuito", "descuento", "oferta", "rebaja", "cupón", "promoción",
    "nuevo", "frete grátis", "desconto", "promoção", "grátis", "sconto", "spedizione gratuita",
    "offerta", "saldi", "novità",
    # nl / pl
    "korting", "gratis verzending", "aanbieding", "uitverkoop", "rabat", "promocja",
    "darmowa dostawa", "wyprzedaż", "nowość",
)
#: A price or a share off ("30%", "$10", "10 €"): an offer in any language.
OFFER_FIGURE = re.compile(r"\d\s?%|[$€£¥]\s?\d|\d\s?[$€£¥]")
