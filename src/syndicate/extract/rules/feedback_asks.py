"""Tables of ``feedback_asks``: a short box asking the reader for feedback or a correction."""

from __future__ import annotations

import re

#: Target stems of a feedback or correction page ("/feedback", "/webform/page_feedback",
#: a repository's "/edit/" page): the page's targets are searched for them first (the gate).
HREF_STEMS = ("eedback", "/edit/")
#: The box: at most this many words, at least this many (a menu entry "Feedback" is none)...
MAX_WORDS = 20
MIN_WORDS = 3
#: ...at most this many links, all to one target, found at most this many levels above it...
MAX_LINKS = 2
CLIMB = 5
#: ...stopping at the page's regions and lists (a menu's entry: navigation).
NOT_BOX = frozenset({"html", "body", "main", "article", "header", "footer", "nav", "aside", "form", "table", "tbody",
                     "tr", "ul", "ol", "button"})
# ...no entry of a list (``li``) and no heading (``element_hints.HEADINGS``).
#: ...whose words ask for feedback, help or a correction (word starts, lower case, many languages).
ASK_WORDS = re.compile(
    r"\b(?:feedback|helpful|survey|typo|improve|suggestion|report an? (?:error|issue|problem|mistake)"
    r"|nützlich|hilfreich|rückmeldung|umfrage|tippfehler|fehler (?:melden|gefunden)|verbesser"
    r"|utile|sondage|avis|coquille|signaler une erreur|améliorer"
    r"|útil|encuesta|sugerencia|comentarios|reportar un error|mejorar"
    r"|sondaggio|suggeriment|segnala(?:re)? un errore|migliorar"
    r"|opini|ankieta|przydatn|zgłoś błąd)")
#: Words of an ask to write to the site: the CTA is then ``contact`` (else ``other``).
CONTACT_WORDS = re.compile(
    r"\b(?:contact|kontakt|let us know|write to us|get in touch|schreiben sie uns|écrivez|contactez|escríbenos"
    r"|contáctanos|scrivici|contattaci|napisz)")
