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
#: A column's label (its first child showing words, no heading element) of at most this many
#: characters: a title, not a line of the column's text.
MAX_LABEL_CHARS = 30
#: Characters of the label's text before its spaces are folded: more are a block of text.
MAX_LABEL_SPAN = 200
#: Links of a column loading a page other than a contact page, a profile or the site's home
#: (a log-in icon beside the phone number): at most this many different targets.
MAX_OTHER_TARGETS = 1
#: More columns than this on a page are a directory's entries (offices, staff): content.
MAX_COLUMNS = 2
#: Heading words naming a contact that the contact stems leave out (plain lower-case
#: substrings): "get in touch", "let's talk", "talk to us", "write to us", "reach us"; German
#: "Ansprechpartner" (contact person), "schreiben Sie uns"; French "nous joindre",
#: "écrivez-nous"; Spanish "escríbenos", "hablemos" (let's talk); Portuguese "fale conosco";
#: Italian "scrivici"; Dutch "neem contact" is a contact stem already; Japanese
#: "お問い合わせ"/"問合せ" (inquiries). And the words of a column giving the site's address
#: ("Visit us", "Our office", "Headquarters", "Address", German "Anschrift", French "Adresse",
#: Spanish "Dirección", Italian "Indirizzo", Portuguese "Endereço"): the column must still hold
#: a phone, e-mail or contact-page link (not "Find us", which heads profile icons).
CONTACT_WORDS = ("get in touch", "let's talk", "let’s talk", "talk to us", "write to us", "reach us",
                 "ansprechpartner", "schreiben sie uns", "nous joindre", "écrivez-nous", "escríbenos",
                 "hablemos", "fale conosco", "scrivici", "問い合わせ", "問合せ",
                 "visit us", "our office", "headquarters", "address", "anschrift", "adresse", "dirección",
                 "indirizzo", "endereço")
