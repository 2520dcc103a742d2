"""Offer boxes outside the body (``extract/offer_boxes.py``): their size, and the few words
that rule a box or a button's target out."""

from __future__ import annotations

#: A box is climbed at most this many levels above its button.
BOX_CLIMB = 10  # (a page builder nests a button eight levels deep in its section)
#: It holds at most this many button-styled links to at most this many pages...
MAX_BUTTONS = 2
#: ...and at most this many links in all (the region pass counts them: a bar, a menu or a
#: listing is ruled out unread; in the corpus no offer box held more)...
MAX_BOX_LINKS = 2
#: ...and at most this many elements (a pitch, a picture, a button and their wrappers)...
MAX_BOX_ELEMENTS = 60
#: ...and at most this much text, no paragraph longer than ``chrome_patterns.MAX_CTA_PARAGRAPH``.
MAX_BOX_TEXT = 500
#: Beside its buttons' labels it says this many words (of two letters or more): a pitch (a
#: heading, a line; a date or a count is none).
MIN_PITCH_WORDS = 4
#: A button's label: 1 to this many words (a dash or an arrow is no word).
MAX_LABEL_WORDS = 5
MAX_LABEL_CHARS = 40
#: Path words (whole segments or their words) of a target that is navigation, no offer: a
#: listing of the site's stories ("View all" under a list, "More by this author").
NAV_PATH_WORDS = frozenset({
    "tag", "tags", "category", "categories", "categoria", "kategorie", "author", "authors", "autor",
    "autoren", "auteur", "topic", "topics", "thema", "themen", "search", "suche", "archive", "archives",
    "page", "section", "sections", "label", "user", "profile", "login", "signin", "logout", "cart",
    "about", "editorial", "methodology",
})
#: A link beside the buttons with this many words or more is a headline: the box is a
#: teaser card (its title linked, a "more" button), no offer.
TITLE_LINK_WORDS = 3
#: Class/id words of a box (or an ancestor ``NAMED_CLIMB`` levels up) that is no offer: an
#: author's card, a cookie notice, a comment, a pager, a menu.
NOT_OFFER_WORDS = frozenset({
    "author", "authors", "bio", "byline", "cookie", "cookies", "consent", "gdpr", "comment", "comments",
    "pagination", "pager", "paging", "menu", "breadcrumb", "breadcrumbs", "login", "account",
    "cart", "minicart", "basket", "checkout", "alert", "alerts", "emergency", "locale", "language",
    "switcher",
})
NAMED_CLIMB = 3
