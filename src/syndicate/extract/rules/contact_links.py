"""Links set apart to the site's contact or booking page (``extract/contact_links.py``)."""

from __future__ import annotations

#: Path words of a booking or enquiry page (a link set apart to one asks to get in touch as
#: a contact page does; read by this rule only).
BOOKING_WORDS = frozenset({"booking", "bookings", "inquiry", "enquiry", "appointment", "appointments"})
#: A link's label has at most this many characters, none of ``NOT_LABEL_WORDS`` (a link to
#: the contact page asking for advertisers is no reader's contact).
MAX_LABEL_CHARS = 40
NOT_LABEL_WORDS = frozenset({"advertise", "advertising", "werben", "werbung", "publicité", "publicidad"})
#: The entry is reported when its text is at most this long, else the link alone.
MAX_BOX_CHARS = 200
#: A sibling of a link's entry holding 1 to this many links is an entry like it (a run).
MAX_ENTRY_LINKS = 3
#: A link set apart has no list entry or table cell, and no box named a dropdown, an
#: overlay or a mobile copy within ``PLACE_CLIMB`` levels above its entry.
PLACE_CLIMB = 10
NO_PLACE = frozenset({"li", "td", "th"})
NOT_PLACE_WORDS = frozenset({"dropdown", "megamenu", "submenu", "flyout", "overlay", "modal", "popup",
                             "offcanvas", "mobile", "burger", "hamburger", "carousel", "slider"})
