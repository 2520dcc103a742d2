"""Vocabulary and sizes of ``extract/headed_lists.py``: a label line inside the article's text
over a run of story links or teaser cards."""

from __future__ import annotations

#: Stems of label words that head an in-text list of further stories besides the related
#: vocabulary (``rules.regions.RELATED_STEMS``): "Weiterlesen", "Related resources",
#: "See also". Evidence, never the only way in: the lines under the label must be stories.
EXTRA_STEMS: tuple[str, ...] = (
    "weiterles", "resource", "ressource", "recurso", "risors", "zasob", "see also", "siehe auch",
    "voir aussi", "véase", "vea también", "ver también", "veja também", "vedi anche", "zie ook",
    "zobacz też", "dazu passend", "passend dazu",
)
#: Stems of label words of what a run of links under a label also is: sources, references,
#: notes, a table of contents, downloads, products, a list of links out. Never a related block.
GUARD_STEMS: tuple[str, ...] = (
    "source", "quelle", "fuente", "fonte", "referen", "literat", "bibliog", "footnote", "fußnote",
    "fussnote", "anmerkung", "notes", "notas", "contents", "inhaltsverz", "sommaire", "índice",
    "indice", "table of", "tabla de", "download", "product", "produkt", "produit", "producto",
    "prodott", "shop", "external", "extern", "credits", "glossar", "glossary",
)


#: Characters a stem follows at a word's start ("(see also", "«Weiterlesen»").
WORD_START = " \"'«“(¿¡"

#: A label has at most this many words and no link.
MAX_LABEL_WORDS = 8
#: Under a label in the related vocabulary, this many story lines or cards make a block.
MIN_UNITS = 2
#: ... and at most this many (more is a directory of the site's pages).
MAX_UNITS = 12
#: Under a neutral label, this many, each a line that is only its link, to an article path,
#: the link a headline of at least ``MIN_NEUTRAL_TITLE_WORDS`` words.
MIN_NEUTRAL_UNITS = 3
MIN_NEUTRAL_TITLE_WORDS = 4
#: A story line is its link, at least this many words, opening the line ...
MIN_TITLE_WORDS = 2
#: ... a line of at most this many characters (a paragraph is never split into words) ...
MAX_LINE_CHARS = 400
#: ... and at most this many words after it ("- Compare venue features and pricing").
MAX_TAIL_WORDS = 12
#: A teaser card holds at most this many words besides its headline (a summary, a byline)
#: and this many links to other targets (an author, a section).
MAX_CARD_WORDS = 70
MAX_CARD_OTHER_LINKS = 2
#: ... and at most this many links in all (a picture, a headline, a "more" link to the story).
MAX_CARD_LINKS = 6
#: ... and at most this many elements (a picture's sources, a byline, a summary).
MAX_CARD_NODES = 80
#: A card's other links are short names ("Patrick Otte").
MAX_META_LINK_WORDS = 3
#: A price in a story line: a list of products, no stories (a card is told by its controls).
CURRENCY = "$€£¥"
#: Elements a paragraph holds that the parser put there (an in-text box opened inside it).
BOX_TAGS = frozenset({"aside", "div", "section", "figure"})
