"""Links set apart to the site's contact, booking or consultation page
(``extract/contact_links.py``)."""

from __future__ import annotations

#: (A target holding none of ``HREF_STEMS``, "/fale-conosco", "/terminvereinbarung", is not
#: read: each stem costs a scan of the page's targets.)
#: Stems a contact, booking or appointment page's address holds, lower case, looked for in
#: the page's targets at once before any link is judged (the words themselves are
#: ``conversion.CONVERSION_WORDS`` of kind ``contact`` and ``BOOKING_WORDS``). Each stem
#: costs one scan of the page's targets: few and short.
HREF_STEMS = ("contact", "kontakt", "contat", "booking", "appoint", "consult", "nquir", "yhtey")
#: Path words (and adjacent pairs joined) of a booking, appointment, consultation or
#: enquiry page: a link set apart to one asks to get in touch as a contact page does (read
#: by this rule only: a button class to such a page says no more than its target).
BOOKING_WORDS = frozenset({
    "booking", "bookings", "eventbooking", "onlinebooking", "bookanappointment", "appointment", "appointments",
    "consultation", "consultations", "consulta", "freeconsultation", "inquiry", "enquiry", "inquiryform",
    "enquiryform",
})
#: A link's label has 1 to this many words and characters.
MAX_LABEL_WORDS = 5
MAX_LABEL_CHARS = 40
#: The box reported grows from the link through ancestors holding no other target, at most
#: ``BOX_CLIMB`` levels and ``MAX_BOX_CHARS`` characters of text.
BOX_CLIMB = 6
MAX_BOX_CHARS = 600
MAX_BOX_ELEMENTS = 120
#: Links are counted among a box's first this many anchors.
SCAN_ANCHORS = 16
#: A sibling of a link's entry holding 1 to this many links is an entry like it (a run).
MAX_ENTRY_LINKS = 3
#: A link set apart has no list entry or table cell and no box named a
#: dropdown or overlay within ``PLACE_CLIMB`` levels above its entry.
PLACE_CLIMB = 10
NOT_PLACE_WORDS = frozenset({"dropdown", "megamenu", "submenu", "flyout", "overlay",
                             "modal", "popup", "offcanvas", "mobile", "burger", "hamburger", "carousel", "slider"})
#: Inline wrappers between a link and the block it stands in.
INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "small", "font", "u"})
#: Class/id words of a floating or sticky copy of the page header (its copy of a link is
#: the second choice).
COPY_WORDS = frozenset({"float", "floating", "sticky", "fixed", "clone", "cloned"})
