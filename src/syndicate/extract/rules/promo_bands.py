"""Headed promo boxes outside the body (``extract/promo_bands.py``): their size, and the
class/id words that rule a box out."""

from __future__ import annotations

#: A box holds at most this many elements (its heading, pitch, link and their wrappers).
MAX_ELEMENTS = 40
#: Its heading says 1 to this many words (a title, no paragraph).
MAX_HEADING_WORDS = 10
#: Beside its heading and its link's label it says this many words: a line or two of pitch.
MIN_PITCH_WORDS = 3
MAX_PITCH_WORDS = 45
#: The pitch stands in at most this many elements saying text of their own (a line or two).
MAX_PITCH_LINES = 2
#: The link's label: 1 to this many words (a story's headline is longer).
MAX_LABEL_WORDS = 5
#: Tags no promo box holds: a form's parts, a list, a menu, a table, an embed, a second
#: action, the page's title, a dateline (a teaser's or an article's head).
FOREIGN_TAGS = ("form", "input", "select", "textarea", "iframe", "ul", "ol", "nav", "menu", "table",
                "button", "h1", "time", "video", "audio", "dl")
#: Class/id words of the box or an ancestor ``NAMED_CLIMB`` levels up that is no offer: an
#: author's card, a comment, a cookie notice, a pager, a menu, an ad, a card of a listing.
NOT_PROMO_WORDS = frozenset({
    "author", "authors", "bio", "byline", "about", "profile", "cookie", "cookies", "consent", "gdpr",
    "comment", "comments", "pagination", "pager", "paging", "menu", "breadcrumb", "breadcrumbs",
    "login", "account", "cart", "minicart", "basket", "checkout", "alert", "alerts", "locale",
    "language", "switcher", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "teaser",
    "post", "posts", "entry", "article", "card", "cards", "event", "events", "job", "jobs",
})
NAMED_CLIMB = 2
