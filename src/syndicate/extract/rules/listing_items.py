"""Addresses of listings among a related block's links, as data for ``extract/listing_items.py``.

A card links its story, and often its section, tag or date page beside it; a band ends with a
link to the listing it comes from. These words name such a listing in a path segment, in
several languages; a date archive and a listing above the block's stories are told by the
address's shape, not by words.
"""

from __future__ import annotations

import re

#: Path segments of a taxonomy listing (a section, tag, topic or author page).
TAXONOMY_SEGMENTS = frozenset({
    "tag", "tags", "category", "categories", "categoria", "categorias", "categorie", "categorieen",
    "kategorie", "kategorien", "kategoria", "topic", "topics", "thema", "themen", "tema", "temas",
    "author", "authors", "autor", "autoren", "auteur", "auteurs", "etiqueta", "etiquetas", "label",
    "labels",
})
#: A date archive's path: a year, and a month and a day at most ("/2026/01/05/").
DATE_ARCHIVE = re.compile(r"(?:19|20)\d\d(?:/[01]?\d(?:/[0-3]?\d)?)?")
#: Stories a listing link must stand above (paths under its own) to be the block's own
#: "View all" link.
MIN_STORIES_BELOW = 2
#: Stories the block keeps at least, for its listing links to be left out (a block of
#: category links is a block of its own).
MIN_STORIES = 2
