"""Offer boxes outside the body (``extract/offer_boxes.py``): their size, and the few words
that rule a box or a button's target out."""

from __future__ import annotations

from .regions import MENU_ROLES

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
#: An offer band (``extract/offer_bands.py``): 2 to 4 cards whose buttons say one label...
MIN_BAND_CARDS = 2
MAX_BAND_CARDS = 4
#: ...standing under one parent at most this many levels above a card's box, grown at most
#: this many levels to the band's heading...
BAND_CLIMB = 4
BAND_HEADING_CLIMB = 2
#: ...holding at most this many elements, button-styled links, characters of text and
#: characters in one paragraph (a card's blurb, no story's paragraph).
MAX_BAND_ELEMENTS = 150
MAX_BAND_BUTTONS = 6
MAX_BAND_TEXT = 900
MAX_BAND_PARAGRAPH = 250
#: A band's title drawn by its class (no ``<h2>``–``<h6>``): its first child, of at most
#: this many words and no link.
MAX_BAND_TITLE_WORDS = 6
#: First words of a card button's label that open a story, no offer ("Read", "Lesen",
#: "Lire"): a grid of teaser cards, no band of offers.
BAND_READ_WORDS = frozenset({
    "read", "lesen", "weiterlesen", "lire", "leer", "leggi", "ler", "lees", "czytaj", "läs", "les",
    "watch", "listen", "ansehen", "anhören", "écouter", "regarder",
})
#: A card holding a button seen only by the band's wider test lies at most this many levels
#: above it (a CSS-module card nests its button five levels down).
WIDENED_CLIMB = 6
#: A heading of this many words or more in a band is a story's headline: teaser cards...
BAND_HEADLINE_WORDS = 7
#: ...as are cards whose buttons lead into the site's stories (a path segment of these).
BAND_STORY_SEGMENTS = frozenset({
    "blog", "blogs", "news", "article", "articles", "story", "stories", "post", "posts",
    "artikel", "nachrichten", "actualites", "actualités", "noticias", "notizie", "nieuws", "wiadomosci",
})

#: Ancestors of a menu's or a list's parts (and of a script's template): an offer box or
#: band inside one is an entry, not an offer (``offer_boxes``, ``offer_bands``).
MENU_ANCESTOR_TAGS = ("nav", "li", "menu", "template", "dd")
MENU_ANCESTOR_ROLES = MENU_ROLES | {"listitem"}  # (and a list entry's role, as ``li`` among the tags)
