"""Vocabulary of ``extract/related_guards.py``: what says a block found as related content is
some other kind of link block (a gallery, a byline, a tag list, a menu). Structure decides
there; these words are extra evidence only. Path and class/id words are whole words (a
class token split at ``-``, ``_`` and camelCase; a path segment split at ``-``, ``_``, ``.``),
headings are matched whole (a trailing colon aside), lower case.
"""

from __future__ import annotations

from .metadata_sources import AUTHOR_PATH_SEGMENTS, BYLINE_CLASS_PARTS

#: File name endings of links that open a file, not a page (pictures of a gallery or a
#: lightbox, downloads).
FILE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "heic",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "csv",
    "zip", "rar", "7z", "gz", "epub", "mp3", "mp4", "m4a", "wav", "ogg", "mov", "avi", "webm",
})

#: Path words of pages about a person or a team (an author's page, an expert's profile, the
#: editorial team's page): the links of a byline or an "about the author" card.
AUTHOR_PATH_WORDS = frozenset(AUTHOR_PATH_SEGMENTS | {
    "eksperci", "ekspert", "experts", "expert", "experten", "expertos", "esperti",
    "autorzy", "autoren", "redaktion", "redaction", "rédaction", "redaccion", "redacción",
    "redazione", "redakcja", "perfil", "profil", "profilo", "journalisten", "journaliste",
    "periodista", "periodistas", "giornalista", "mitarbeiter", "editors", "editor",
})
#: ...a person's page is named by at most this many segments after that word.
AUTHOR_TAIL_SEGMENTS = 1

#: Path words of listings of a tag, topic, person or category (not one story).
TAG_PATH_WORDS = frozenset({
    "tag", "tags", "topic", "topics", "thema", "themen", "schlagwort", "schlagworte",
    "stichwort", "stichworte", "keyword", "keywords", "etiqueta", "etiquetas", "tema", "temas",
    "argomento", "argomenti", "sujet", "sujets", "mot-cle", "onderwerp", "onderwerpen", "tagi",
    "temat", "tematy", "category", "categories", "categorie", "categoria", "categorias",
    "kategorie", "kategorien", "kategoria", "rubrik", "rubrique", "personnalite", "personality",
    "personalities", "persons", "personen", "person",
})
#: ...whose link texts are labels: at most this many words.
TAG_LABEL_WORDS = 4

#: Whole headings of tag/topic lists (lower case, ":" dropped): such a block is a tag list
#: when its links are labels (``TAG_LABEL_WORDS``); "Related topics" over headlines is
#: a related block.
TAG_HEADINGS = frozenset({
    "tags", "tag", "tagged", "tagged with", "tagged as", "topics", "related topics", "keywords",
    "filed under", "categories", "category", "schlagwörter", "schlagworte", "stichwörter",
    "stichworte", "themen", "tags zum artikel", "étiquettes", "mots-clés", "mots clés", "thèmes",
    "sujets", "etiquetas", "temas", "palabras clave", "tópicos", "assuntos", "argomenti",
    "parole chiave", "trefwoorden", "onderwerpen", "tagi", "tematy", "słowa kluczowe", "теги",
    "метки", "темы", "personnalités", "personnes", "personen", "people",
})
#: Whole headings of tables of contents: such a block is one when its links are labels or
#: it links a part of the page or the page itself (a guide's chapter list).
TOC_HEADINGS = frozenset({
    "table of contents", "contents", "in this article", "on this page", "jump to",
    "in this guide", "inhaltsverzeichnis", "inhalt", "inhalte", "auf dieser seite",
    "sommaire", "table des matières", "dans cet article", "índice", "contenido", "contenidos",
    "en este artículo", "indice", "sommario", "in questo articolo", "inhoudsopgave", "inhoud",
    "spis treści", "содержание", "оглавление",
})
#: Class/id words of tag lists and tables of contents (whole words of a token).
LABEL_CLASS_WORDS = frozenset({"tags", "tagcloud", "toc", "keywords", "topics"})

#: Class/id words of a byline, a date line, an author card (whole words of a token).
BYLINE_WORDS = frozenset(BYLINE_CLASS_PARTS | {
    "vcard", "signature", "dateline", "posted", "published", "pubdate",
})
#: ``itemprop`` values of a byline or a date line.
BYLINE_ITEMPROPS = frozenset({"author", "datepublished", "datemodified", "datecreated", "creator"})
#: A byline or an author card holds at most this many distinct links.
MAX_BYLINE_LINKS = 3

#: Class/id words of a menu: a related block inside one is the menu's part ("children",
#: "sub-menu" lists of a WordPress page menu).
MENU_WORDS = frozenset({
    "nav", "navigation", "navbar", "menu", "menus", "submenu", "megamenu", "mainnav", "subnav", "topnav", "sitenav",
})
#: Whole class tokens of a nested menu list.
SUBMENU_TOKENS = frozenset({"children", "sub-menu", "submenu", "dropdown-menu"})
#: A menu links at least this many pages (a pager or a post's previous/next links fewer).
MIN_MENU_LINKS = 3
#: How many levels above the block a menu is looked for.
MENU_CLIMB = 6

#: A row of buttons holds at most this many, each labelled in at most this many words.
MAX_BUTTON_ROW = 3
MAX_BUTTON_WORDS = 5
#: Class/id words of a link styled as a button.
BUTTON_WORDS = frozenset({"btn", "button", "buttons"})
#: ...or of a card's call to action (``offers``: "moodquiz__cta").
OFFER_BUTTON_WORDS = BUTTON_WORDS | {"cta"}
#: A block of this many items or more whose cards each carry an offer button ("Book Now",
#: "Check prices", "Shop … Matches") is offer cards (``offers``).
MIN_OFFER_CARDS = 2
#: Targets of a card's button that reach the vendor, no story (``offers``).
REACH_SCHEMES = ("tel:", "mailto:", "sms:", "whatsapp:")
