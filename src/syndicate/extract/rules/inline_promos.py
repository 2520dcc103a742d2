"""Promo boxes among the article's paragraphs (``extract/inline_promos.py``): the names that
rule a box out."""

from __future__ import annotations

from .offer_boxes import NOT_OFFER_WORDS

#: Class/id words of a box (or an ancestor ``NAMED_CLIMB`` levels up) that is no promo: an
#: author's or contributor's card, a cookie notice, a comment, a menu (``NOT_OFFER_WORDS``),
#: a table of contents, an accordion, a product review's own spec box, the article's head
#: (its date and reading time beside a button).
NOT_PROMO_WORDS = NOT_OFFER_WORDS | {
    "header", "head", "meta", "date", "dateline",
    "contributor", "contributors", "profile", "avatar", "toc", "accordion", "faq", "spec", "specs",
    "review", "reviews", "rating", "ratings", "pros", "cons", "gallery", "slider", "carousel",
}
NAMED_CLIMB = 2
#: Siblings alike (tag and class, each holding a button), the box counted, that make it an
#: entry of a listing (a grid of course or product cards), no promo set apart; climbed this
#: many levels (a card's text part inside the card).
REPEATED_BOXES = 2
#: ...each saying at most this many times the box's text, plus this many characters (a
#: listing's entries are alike in size; a row holding a section of the article is larger).
ENTRY_SIZE = 2
ENTRY_SLACK = 200
REPEATED_CLIMB = 3
#: A box grows to its banner at most this many levels up (a page builder's wrappers)...
GROW_CLIMB = 6
#: ...each holding no more links than the box (a card's picture link, a button, a heading).
MAX_GROWN_LINKS = 4
#: A box found from its button (``inline_boxes``) is climbed at most this many levels (a page
#: builder nests its sections deep), and holds at most this many body blocks (its pitch),
#: characters of text, links and elements.
INLINE_CLIMB = 12
MAX_BLOCKS = 3
MAX_TEXT = 400
MAX_LINKS = 4
MAX_ELEMENTS = 80
#: A promo's pitch says a line or two: a box holding a longer paragraph is a section of the
#: article ending in a button.
MAX_PITCH_PARAGRAPH = 200
