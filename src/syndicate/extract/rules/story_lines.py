"""Vocabulary of ``extract/story_lines.py``: a line of the article's column that is one link
to another story of the site, told from a sentence by a marker, a short "more" link or a
box of its own."""

from __future__ import annotations

#: Glyphs a teaser line opens with ("» Useful Resource: <a>…</a>", "<a>>>> Der große
#: Report</a>") or its link closes with ("<a>HUMMUS, THE BEST WAY >>></a>").
OPENING_MARKERS: tuple[str, ...] = ("»", ">>", "→", "►", "▶", "▸", "➔", "➜", "⇒", "⟶", "⮕")
CLOSING_MARKERS: tuple[str, ...] = (">>", "»", "→", "►", "▶", "➔", "➜", "⇒")
#: A marked line's label before its link ("» Useful Resource:") has at most this many
#: words, the marker not counted.
MAX_MARKED_LABEL_WORDS = 4

#: A line that is only a short link saying "more" ("Learn more.", "Mehr erfahren"), whole
#: phrases after the closing stop is dropped (lower case), in many languages.
MORE_LINKS = frozenset({
    # en
    "learn more", "read more", "find out more", "more", "more here", "read on", "continue reading",
    "read the full story", "read the full article",
    # de
    "mehr erfahren", "mehr lesen", "weiterlesen", "mehr dazu", "hier mehr", "mehr", "zum artikel",
    # fr
    "en savoir plus", "lire la suite", "lire plus", "plus",
    # es / pt / it / nl / pl / fi / sv / da
    "leer más", "más información", "saber más", "saiba mais", "leia mais", "leggi di più",
    "scopri di più", "lees meer", "meer lezen", "czytaj więcej", "lue lisää", "läs mer", "læs mere",
})
#: Characters closing a "more" line ("Learn more.", "Read more »").
MORE_CLOSING = " .:!…»›>→"

#: A highlighted paragraph (a box of its own colour) holding one story link is a teaser when
#: it has at most this many words (longer, it is a highlighted part of the text).
MAX_BOXED_LINE_WORDS = 30
#: ...and its link at least this many words ("these travel essentials").
MIN_BOXED_LINK_WORDS = 2

#: A lead-in line ("Learn More: <a>…</a> and <a>…</a>", "Want to learn more? Check out:
#: <a>…</a>") links at most this many stories of the site, each link at least this many words
#: (a title, not a word of a sentence)...
MAX_LEAD_LINKS = 4
MIN_LEAD_LINK_WORDS = 2
#: ...and one link alone is a headline of at least this many words ("» Save More: <a>AARP
#: Cruise Discounts</a>" names an offer, no story).
MIN_LEAD_HEADLINE_WORDS = 4
#: ...and its own words (the links' texts aside) are at most this many, all before the first
#: link: a lead-in, not a sentence that holds links.
MAX_LEAD_WORDS = 10
#: ...or, before one link, a short label or question and at most this many words after it
#: ("Next steps: Find out <a>…</a>", "Du suchst noch mehr? Hier kommen <a>…</a>").
MAX_LEAD_TAIL_WORDS = 3
#: ...or this many, when they open with words pointing on ("Looking for more exercises? Check
#: out the list of our <a>…</a>").
MAX_POINTER_TAIL_WORDS = 6
#: A link whose own words point on after a question or label ("Trouble deciding? <a>Read our
#: comparison of …</a>") has at least this many words, the pointer's included: a story named
#: at length, no page named in two words ("<a>Check out the license</a>").
MIN_POINTER_LINK_WORDS = 6
#: A question leading into one story link asks for more with one of these words ("Want to
#: learn more?", "Du suchst noch mehr Highlights?"), in many languages; a question without
#: one is a CTA's prompt ("Ready to start building?").
MORE_WORDS = frozenset({
    "more", "further", "mehr", "weitere", "plus", "más", "mais", "più", "altro", "meer", "więcej",
    "lisää", "mer", "mere", "több", "víc", "více", "ещё", "еще", "больше",
})
#: A lead-in of at most this many words is the block's title ("Learn More").
MAX_LEAD_TITLE_WORDS = 4
#: Words that may stand between the links of a lead-in line ("<a>…</a> and <a>…</a>"), in
#: many languages, besides punctuation.
LEAD_JOINERS = frozenset({
    "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "ed", "en", "of", "og", "och", "eller",
    "i", "lub", "albo", "ja", "tai", "és", "vagy", "a", "nebo", "и", "или",
})
#: Characters a lead-in line may hold besides words (blanks and punctuation): between and after
#: its links.
LEAD_PUNCTUATION = " \t\n\r\xa0,;.!?&|/·•–—-:()[]«»\"'“”„"
#: A lead-in of several links that does not end with a colon names the invitation (lower case, whole words
#: from the start of a word): "For other helpful guides, check out our lists of ...", "Voir
#: aussi", "Lue myös". Stems, in many languages.
LEAD_STEMS: tuple[str, ...] = (
    # en
    "check out", "learn more", "read more", "read also", "see also", "more on", "more about",
    "related", "further reading", "don't miss", "you may also like", "you might also like",
    "next steps", "can also read", "must read", "want to learn more",
    # de
    "mehr zum thema", "mehr dazu", "lesen sie auch", "lies auch", "siehe auch", "auch interessant",
    "weiterlesen", "schau dir", "schauen sie",
    # fr / es / pt / it / nl
    "à lire aussi", "lire aussi", "voir aussi", "en savoir plus", "lee también", "lea también",
    "ver también", "leia também", "veja também", "leggi anche", "vedi anche", "lees ook", "zie ook",
    # nordic / fi / pl / hu
    "läs också", "läs mer", "les også", "læs også", "lue myös", "lue lisää", "czytaj także",
    "czytaj również", "zobacz też", "olvasd el", "további",
)
#: A lead-in naming what follows as a source or a credit ("Source:", "Quelle:", "Photo:"), a
#: tag or category line ("Tags:", "Filed under:"), or an author: no related story.
LEAD_NOT_STEMS: tuple[str, ...] = (
    "source", "sources", "reference", "references", "quelle", "quellen", "fuente", "fuentes", "fonte",
    "fontes", "bron", "bronnen", "lähde", "lähteet", "źródło", "kilde", "källa", "forrás",
    "via", "photo", "foto", "image", "bild", "picture", "credit", "crédit", "copyright", "©",
    "tag", "tags", "schlagw", "stichw", "categor", "kategor", "filed under", "posted in", "topics",
    "themen", "author", "autor", "auteur", "by ", "von ", "par ", "por ", "written by",
    # a note or an update to the text ("Note:", "Hinweis:", "Update:"), no further story
    "note", "nb:", "n.b.", "hinweis", "anmerkung", "remarque", "nota", "update", "disclaimer", "edit:",
)
#: A line that is only its link, the link's words pointing the reader on ("Read our full
#: review.", "Learn more about a learning management system.", "Lesen Sie hier, wie …"),
#: opens with one of these (lower case, whole words), in many languages. Evidence beside the
#: structure (one link to another article of the site, standing alone), never alone.
POINTER_STEMS: tuple[str, ...] = (
    # en
    "read more", "read our", "read the full", "read my", "read about", "learn more", "learn about",
    "learn how", "find out", "check out", "discover", "explore", "see our", "see how", "more about",
    "take a look at", "get the full",
    # de
    "mehr über", "mehr zu", "mehr zum", "lesen sie", "erfahren sie", "entdecken sie", "alles über",
    "alles zu", "hier erfahren", "hier lesen", "zum vollständigen", "schauen sie",
    # fr
    "en savoir plus", "lire notre", "lire la", "lisez", "découvrez", "consultez", "tout savoir",
    # es / pt / it / nl
    "lee nuestra", "lee nuestro", "lea nuestra", "lea nuestro",
    "descubre", "descubra", "conoce", "consulta", "más sobre", "saiba",
    "leia", "confira", "leggi", "scopri", "approfondisci", "lees", "ontdek", "bekijk", "meer over",
    # pl / fi / sv / da / hu
    "czytaj", "przeczytaj", "dowiedz się", "lue", "tutustu", "läs", "læs", "olvasd", "tudj meg",
)
#: ...and names what it points to in at least this many words after them ("Read our <full
#: review>"; a bare "Learn more" is a button's words)...
MIN_POINTER_NAME_WORDS = 2
#: ...and has at most this many words (longer, it is a sentence of the text set as a link).
MAX_POINTER_WORDS = 14
#: Characters that may wrap such a line around its link: a closing stop, brackets.
POINTER_WRAP = " .!…:;()[]»›>→\"'“”"
