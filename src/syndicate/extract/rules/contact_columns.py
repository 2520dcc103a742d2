"""Headed contact columns (``extract/contact_columns.py``): their size and the heading words
naming a contact beside ``rules.regions.CTA_BOX_STEMS``' contact stems."""

from __future__ import annotations

#: Levels climbed from a phone or e-mail link to the column holding its heading.
CLIMB = 4
#: A column holds at most this many links and characters (a footer of columns, more).
MAX_LINKS = 8
MAX_CHARS = 320
#: A heading of at most this many characters (a title, not a paragraph).
MAX_HEAD_CHARS = 60
#: Links of a column loading a page other than a contact page, a profile or the site's home
#: (a log-in icon beside the phone number): at most this many different targets.
MAX_OTHER_TARGETS = 1
#: A column seeded from a contact-page link alone is a menu's when a menu's markup sits on
#: the link, up to the column or this many levels above it.
MENU_CLIMB = 3
#: More columns than this on a page are a directory's entries (offices, staff): content.
MAX_COLUMNS = 2
#: Heading words naming a contact that the contact stems leave out (plain lower-case
#: substrings): "get in touch", German "Ansprechpartner" (contact person), French "nous
#: joindre", Spanish "escríbenos", Japanese "お問い合わせ"/"問合せ" (inquiries).
CONTACT_WORDS = ("get in touch", "ansprechpartner", "nous joindre", "escríbenos", "問い合わせ", "問合せ")
#: Path words of a page booking an appointment with the site's staff, a way to reach it like
#: its contact page (whole words of the path, split at "/", "-", "_", "."): English, German
#: ("Termin", not the plural "Termine": events), French ("rendez-vous"), Spanish and
#: Portuguese ("cita", "agendamento"), Dutch ("afspraak"), Italian ("appuntamento").
APPOINTMENT_WORDS = frozenset({"appointment", "appointments", "termin", "terminvereinbarung", "terminbuchung",
                               "rendez", "rdv", "cita", "citas", "agendamento", "afspraak", "appuntamento"})
