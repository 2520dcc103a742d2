"""Spaces a flattener set around punctuation (issue 16).

A flattener that joins every text node with a space (lxml's itertext, BeautifulSoup's
``get_text(" ")``) writes "the report , which" wherever a link or an emphasis met a comma,
and "( Twitter )" around a linked word. The text reader takes those spaces out; a space
before "!", "?", ":" or ";" stays (French typography sets one). Dumps written for the
project.
"""

from __future__ import annotations

import pytest

import syndicate
from syndicate.readers.text_repair import close_punctuation

# (flattened line, the line as written)
LINES = {
    "en": ("Jane Porter ( Twitter ) wrote the report , which the council read on Monday .",
           "Jane Porter (Twitter) wrote the report, which the council read on Monday."),
    "de": ("Anna Keller ( Twitter ) hat den Bericht geschrieben , den der Rat am Montag las .",
           "Anna Keller (Twitter) hat den Bericht geschrieben, den der Rat am Montag las."),
    "fr": ("Claire Dubois ( Twitter ) a écrit le rapport , que le conseil a lu lundi .",
           "Claire Dubois (Twitter) a écrit le rapport, que le conseil a lu lundi."),
    "es": ("Lucía Martín ( Twitter ) escribió el informe , que el pleno leyó el lunes .",
           "Lucía Martín (Twitter) escribió el informe, que el pleno leyó el lunes."),
}

PARAGRAPHS = {
    "en": ["The town council of Port Ellen voted on Monday to rebuild the sea wall that was "
           "breached during the January storms, ending months of debate about the old wall.",
           "Engineers told the council that the foundations had been weakened by years of "
           "erosion and that a repair would only last a few winters at the most."],
    "de": ["Der Stadtrat hat am Montag nach langer Diskussion beschlossen, die alte Rheinbrücke "
           "abzureißen und durch einen Neubau zu ersetzen, weil eine Sanierung zu teuer wäre.",
           "Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa vier Jahre dauern, in "
           "dieser Zeit wird der Verkehr über eine Behelfsbrücke geführt."],
    "fr": ["Le conseil municipal a voté lundi la rénovation complète du marché couvert, un "
           "bâtiment de la fin du dix-neuvième siècle dont la charpente montre des faiblesses.",
           "Les travaux doivent commencer à l'automne et dureront environ deux ans, pendant ce "
           "temps les commerçants seront installés sur la place de la mairie."],
    "es": ["El pleno del ayuntamiento aprobó el lunes la ampliación de la red de tranvía hasta "
           "el puerto, un proyecto que los vecinos del sur reclamaban desde hace años.",
           "Las obras comenzarán en primavera y durarán unos tres años, según el calendario que "
           "presentó la concejala de movilidad en el pleno del lunes."],
}


@pytest.mark.parametrize("lang", sorted(LINES))
def test_spaces_before_commas_and_inside_brackets_are_taken_out(lang: str) -> None:
    flat, written = LINES[lang]
    first, second = PARAGRAPHS[lang]
    dump = "\n\n".join(["Home", "News", "Sport", first, flat, second, "Contact"]) + "\n"
    text = syndicate.parse_text(dump, format="text").text()
    assert written in text.split("\n")
    assert flat not in text


@pytest.mark.parametrize(("line", "expected"), [
    ("Bonjour ! Ça va ? Oui : très bien ; merci.", "Bonjour ! Ça va ? Oui : très bien ; merci."),
    ("« Bonjour » , dit-il .", "« Bonjour », dit-il."),
    ("Version .NET 4 and a ... pause", "Version .NET 4 and a ... pause"),
    ("See [ 1 ] and ( 2 ) .", "See [1] and (2)."),
    ("Already right (here), thanks.", "Already right (here), thanks."),
])
def test_close_punctuation(line: str, expected: str) -> None:
    assert close_punctuation(line) == expected
