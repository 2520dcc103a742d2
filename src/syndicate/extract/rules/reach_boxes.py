"""Contact boxes around a phone or e-mail link (``extract/reach_boxes.py``): their size, and
the words asking the reader to call."""

from __future__ import annotations

import re

#: A contact box holds at most this much text and this many links: a widget, not a footer
#: or a column of widgets.
MAX_BOX_CHARS = 320
MAX_BOX_LINKS = 6
#: Levels climbed from the link to the box around it (its name or heading, its prompt).
BOX_CLIMB = 4
#: A line beside the link (a name, a heading, a label) holds at most this many characters.
MAX_LINE_CHARS = 80
#: Characters a box shows outside its links at least (its name, prompt or label).
MIN_OWN_CHARS = 4
#: Links of a box that load a page other than a contact page (a logo's link home, "Request
#: materials" beside the number): at most this many different targets.
MAX_OTHER_TARGETS = 1
#: More different addresses than this among a page's phone and e-mail links, or more boxes
#: than ``MAX_BOXES``, are a directory's entries (staff, offices, listings): the page's content.
MAX_ADDRESSES = 4
MAX_BOXES = 2
#: Words asking the reader to call, as word stems (lower case, at a word start): with a phone
#: link they make its box a contact CTA ("Call us today (818) 213-1773", "Jetzt anrufen").
CALL_WORDS = re.compile(r"(?<!\w)(?:call|anruf|rufen sie|ruf uns|hotline|appelez|llame|llamar|llámanos|llamanos|chiam|bel ons|ligue)")
#: Contact words of scripts ``CTA_BOX_STEMS`` leaves out (plain substrings: a pattern holding
#: characters past Latin-1 costs its compilation a 64K-entry table): Japanese "お問い合わせ"
#: (inquiries), "無料相談" (free consultation).
CONTACT_WORDS = ("問い合わせ", "問合せ", "無料相談")
