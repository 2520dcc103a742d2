"""Sizes of ``body_cards``: a story card the body took in."""

from __future__ import annotations

#: Levels climbed from a body block to the card around it (a headed box of one card: its
#: excerpt in the card's body, the card in a list wrapper, the list under the heading).
CLIMB = 7
#: A card holds at most this many links (a picture's, a headline's, a like and a bookmark
#: button)...
MAX_LINKS = 4
#: ...and at most this many of the body's blocks (kicker, headline, excerpt, picture)...
MAX_BLOCKS = 4
#: ...and at most this many elements (a picture's sources, a byline, buttons).
MAX_NODES = 120
#: Words of a headline that names a story by itself...
MIN_TITLE_WORDS = 4
#: ...and of a shorter one beside the story's picture or in a title element.
MIN_SHORT_TITLE_WORDS = 3
#: Characters of text a card holds besides its story's headline and links (a kicker, a
#: date, an excerpt outside the link).
MAX_OTHER_TEXT = 250
#: Word stems of a short button asking to read the story ("Read the article", "Zum
#: Artikel", "Lire la suite"), lower case, in several languages.
READ_STEMS: tuple[str, ...] = (
    "read", "article", "story", "lesen", "weiterlesen", "artikel", "beitrag", "lire", "article",
    "leer", "artículo", "ler", "leia", "artigo", "leggi", "articolo", "lees", "czytaj", "artykuł",
    "läs", "læs", "lue", "olvas", "cikk",
)
#: Levels above a link looked at for a caption (a figure's link is no card's).
CAPTION_CLIMB = 3
#: Tags of a card box among the text's blocks (a paragraph, a list entry, a heading or a
#: quote is text).
BOX_TAGS = frozenset({"div", "section", "aside", "figure", "article"})
#: Levels looked at for a list the card is an entry of (the card, the entry around it).
LIST_LEVELS = 2
#: Inline tags a headline link may stand in (its block is the first other ancestor).
INLINE = frozenset({"span", "strong", "b", "em", "i", "u", "font", "small", "mark"})
#: Characters of text a box between two cards may show (an ad label, a tracker: none).
MAX_BETWEEN_TEXT = 40
#: Tags of a sibling that shows text (a tracker's or a script's text shows none).
TEXT_TAGS = frozenset({
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "div", "section", "article",
    "figure", "table", "aside", "pre",
})
