"""Contact-page links set apart (``extract/contact_links.py``): the gate on their targets,
the size of a link and of the column around it."""

from __future__ import annotations

import re

#: A target holding this stem (lower case) followed by one of ``STEM_NEXT`` may load a contact
#: page: the one search run on the page's targets ("contact", "contacto", "contatti",
#: "contato", "kontakt"; ``conversion.CONVERSION_WORDS``' contact words then decide).
CONTACT_STEM = "onta"
STEM_NEXT = frozenset("ckt")
#: Links (targets holding the stem) looked at on a page at most: a menu of many such links is
#: a directory's.
MAX_CANDIDATES = 12
#: A label of at most this many characters (a button's words, not a sentence).
MAX_LABEL_CHARS = 40
#: Characters the link's holder may show besides the label (an icon's glyph, a separator).
MAX_EXTRA_CHARS = 3
#: A label showing an e-mail address or a phone number: a contact detail, no ask.
DETAIL = re.compile(r"@|^[\d\s()+./-]{7,}$")
#: Elements of a menu or a list: a link below one of them (``MENU_CLIMB`` levels up) is an entry.
MENU_TAGS = frozenset({"li", "ul", "ol", "nav", "menu", "dl"})
MENU_CLIMB = 3
#: Lists whose odd entry (no ``<li>`` among ``MIN_ENTRIES`` or more) the page sets apart.
LIST_TAGS = frozenset({"ul", "ol", "menu"})
MIN_ENTRIES = 3
#: Levels (from the holder) searched for a dialog's or mobile-only box's class word.
OVERLAY_CLIMB = 6
#: Levels above the holder searched for the CTA widgets beside it, in an element of at most
#: this many links (a column, not a footer).
BESIDE_CLIMB = 2
MAX_COLUMN_LINKS = 12
#: More links than this on a page are a directory's entries: none reported.
MAX_LINKS = 2
