"""Numbers and patterns of ``extract/card_feeds.py``: a box of story cards counted per card
(each card a story link and its meta links: section, author, tag, picture credit)."""

from __future__ import annotations

import re

#: Levels walked down from a box through wrappers holding all its links to its cards.
MAX_DEPTH = 8
#: A card holds at most this many links (its story, a picture link, section, author, tags,
#: share icons); more is a list of its own.
MAX_CARD_LINKS = 8
#: Beside the cards of one shape, the cards' container may hold this many other linked
#: children (a "More" link, a banner).
MAX_OTHERS = 1
#: A card shows at most this many characters (its headline, meta line and blurb; a longer
#: text is a column of its own).
MAX_CARD_CHARS = 1500
#: A box's heading line has at most this many elements below it.
MAX_LINE_NODES = 6
#: A lone card (one story under the box's heading) shows at most this many characters
#: (its headline, kicker, a blurb and a picture credit; a longer text is an article or a
#: widget of several parts).
MAX_ONE_CARD_TEXT = 400
#: A box's first line standing before its cards is its heading when at most this many
#: characters (a styled ``<div>`` "Latest Articles").
MAX_HEADING_LINE_CHARS = 60
#: A headline naming a story whose URL is no article path (``_page_stories``) is at most this long.
MAX_PAGE_HEADLINE_CHARS = 120
#: Tags of such a first line.
HEADING_LINE_TAGS = frozenset({"div", "p", "span", "strong", "b", "header"})
#: A price: a currency sign or code beside a number (a product grid's cards, no stories).
PRICE = re.compile(
    r"(?:[$€£¥₹₽]|\b(?:EUR|USD|GBP|CHF|PLN|zł|Kč|kr|Fr)\.?)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[$€£¥₹₽]|"
    r"(?:EUR|USD|GBP|CHF|PLN|zł|Kč|kr)\b)", re.UNICODE)
#: Tags and roles of a table's rows (a grid of files and commits): data, no cards.
ROW_TAGS = frozenset({"tr", "tbody", "thead"})
ROW_ROLES = frozenset({"row", "rowgroup", "gridcell"})
#: A card counts as a teaser with no related heading over its box when its headline has at
#: least this many words: a story's title ("Register your business", "Financial Advisory",
#: a fixture's team name are a menu's, a service grid's, a match list's).
MIN_TEASER_TITLE_WORDS = 4
