"""Contact boxes found by the address they hold (``extract/reach_boxes.py``): the patterns of
a phone number and an e-mail address written as text, the size of such a box, and the words
asking the reader to call.

A phone number is a run of 7 to 15 digits in groups ("(877) 667-4265", "0800 000 98 00",
"+49 (0)30-212 341-253", "03-5829-8082"); a date or a time in the same shape is none.
"""

from __future__ import annotations

import re

#: An e-mail address written out ("presse@wind-energie.de").
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
#: A run of digit groups that may be a phone number (its digits counted apart): an optional
#: "+", then groups of digits, some in brackets, joined by blanks, dots, dashes or slashes.
PHONE = re.compile(r"(?<![\w@.,/-])\+?\(?\d[\d)]*(?:(?:\s?[-./–]\s?|\s|\(|\)\s?)\(?\d[\d)]*){0,7}")
#: A phone number ending a short text ("Kostenlose Beratung 0800 000 98 00"), searched in its
#: last ``NUMBER_TAIL`` characters: the chrome pass's test of the texts it reads.
NUMBER_END = re.compile(r"\+?\(?\d(?:[ ().\-/–]{0,3}\d){6,14}$")
NUMBER_TAIL = 28
#: Digits of a phone number.
MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15
#: Dates, times and spans of years in a phone number's shape ("2026-01-07", "19.10.2019",
#: "12/20/2024", "09:05", "2019-2020"), taken out of a text before its numbers are read (a
#: dotted phone number, "01.23.45.67.89", is no date: more groups follow).
DATE = re.compile(
    r"(?<![\d./-])(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))(?![./-]?\d)"
    r"|\d{1,2}:\d{2}(?::\d{2})?|(?<!\d)(?:19|20)\d{2}\s?[-–/]\s?(?:19|20)\d{2}(?!\d)")

#: A contact box holds at most this much visible text and this many elements: a widget, not a
#: footer or a column of widgets.
MAX_BOX_CHARS = 320
MAX_BOX_ELEMENTS = 60
#: A heading over a box holds at most this many characters.
MAX_HEADING_CHARS = 80
#: Characters a box shows outside its links at least (its name, prompt or label).
MIN_OWN_CHARS = 4
#: Levels climbed from the address to the box around it (its name or heading, its prompt).
BOX_CLIMB = 4
#: Links of a box that load a page other than a contact page (a logo's link home, "Request
#: materials" beside the phone number): at most this many different targets.
MAX_OTHER_TARGETS = 1
#: More different addresses and numbers than this among a page's candidates are a directory's
#: (movers, lawyers, offices, staff): no box is looked for.
MAX_ADDRESSES = 4
#: More contact boxes than this on one page are a directory's entries (staff, offices,
#: listings), the page's content, no CTA.
MAX_BOXES = 2

#: Words asking the reader to call, as word stems (matched at a word start, lower case): with
#: a phone number they make its box a contact CTA ("Call us today (818) 213-1773", "Jetzt
#: anrufen"). The other contact words are ``regions.CTA_BOX_STEMS``' ("Kontakt", "Beratung").
CALL_STEMS = (
    "call", "anruf", "rufen sie", "ruf uns", "hotline", "appelez", "appeler", "llám", "llame", "llamar",
    "chiam", "bel ons", "ligue", "ligar", "zadzwo", "позвон",
)
CALL_WORDS = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in CALL_STEMS) + ")")
