"""Headed promo boxes outside the body (``extract/promo_bands.py``): their size, and the
class/id words that rule a box out."""

from __future__ import annotations

import re

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

#: A class naming its element a heading or title (a box of classed blocks with no ``<h*>``:
#: "h3-style", "font-fakt-h5", "banner__title", "heading_2", "cta_block_header"): "h1"-"h6" as
#: a word of a token, or a heading word as the LAST word of a token (a block's part is named by
#: its last word: "ls-header_uptime" is an uptime line, "title-wrap" a wrapper), a number or a
#: CSS module's hash after it aside; no Tailwind variant ("prose-h2:mt-0"); or a utility
#: class drawing large text ("text-2xl" to "text-9xl", "md:text-5xl": a utility-class page's
#: headings are drawn, not tagged).
HEADING_CLASS = re.compile(r"(?<![A-Za-z0-9])(?:h[1-6](?![a-z:])|text-[2-9]xl(?![A-Za-z0-9_-])|(?:[Hh]eading|[Hh]eadline|[Tt]itle|[Hh]eader)"
                           r"(?:[-_]?[0-9]+|__[A-Za-z0-9]{5,8})?(?![A-Za-z0-9_:-]))")

#: A lone action found by another rule (a button, a row of one or two: ``GROW_MAX_ACTIONS``)
#: that is the action of a headed band is reported at the band (``promo_bands.grown_bands``).
#: Kinds that never grow: a share bar, a comment link, a card's read-more.
GROW_NOT_KINDS = frozenset({"share", "comments", "read_more"})
GROW_MAX_ACTIONS = 2
#: The levels the climb from the action goes at most (a builder nests a band in five wrappers).
GROW_CLIMB = 7
#: Never a band: the page's regions and a form's or table's parts.
GROW_STOP_TAGS = frozenset({"html", "body", "main", "article", "header", "footer", "aside", "nav", "form",
                            "table", "tbody", "tr", "td", "th", "ul", "ol", "li", "dl", "dd"})
#: A band holds at most this many elements, and says this many words beside its action's label
#: (a heading and a pitch of a few lines).
GROW_MAX_ELEMENTS = 40
GROW_MAX_WORDS = 100
#: What no band holds: a form's fields, a list, a menu, a table, an embed, the page's title, a
#: dateline.
GROW_FOREIGN_TAGS = ("form", "input", "select", "textarea", "iframe", "ul", "ol", "nav", "menu", "table",
                     "h1", "time", "video", "audio", "dl", "blockquote")
#: Class/id words of a box that is no band: an author's card, a comment, a cookie notice, a
#: menu, a log-in, a cart, an ad, a post's card.
GROW_NOT_WORDS = frozenset({
    "author", "authors", "bio", "byline", "profile", "cookie", "cookies", "consent", "gdpr",
    "comment", "comments", "pagination", "pager", "menu", "breadcrumb", "breadcrumbs",
    "login", "account", "cart", "minicart", "basket", "checkout", "ad", "ads", "advert",
    "advertisement", "post", "posts", "entry", "related", "header", "masthead", "topbar", "navbar", "nav",
})
