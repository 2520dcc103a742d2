"""Asks of menu entries styled as buttons whose target and label name no CTA kind
(``extract/nav_buttons.py``, ``entry_ask``): words, in several languages, of the label or
of the target's path that name a conversion page (a trial, a demo, a quote, a booking, a
pass, an application, an order, a shop). Extra evidence only: the entry must first stand
apart in a header or menu by its markup.
"""

from __future__ import annotations

#: Stems (a label word or a path word starting with one of them: "booking", "bestellen").
ASK_STEMS = tuple((  # (one string a line: cheap to compile)
    # en
    "trial quote estimat booking bookonline booknow reserv appointment schedul enrol apply "
    "order purchas checkout shop "
    # de
    "buchen buchung terminbuch terminvereinbar bestell kaufen angebot probe anfrag bewerb "
    # fr
    "essai devis commande achet inscri rendez "
    # es / pt / it
    "prueba presupuest compra pedido solicit orcament orçament preventiv prenot acquist iscri "
    # nl
    "offerte boek bestel proef afspraak koop "
).split())
#: Whole words (a stem would read "democracy" as a demo, "password" as a pass).
ASK_WORDS = frozenset((  # (one string a line: cheap to compile)
    "demo demos book pass passes freepass daypass guestpass ticket tickets termin termine "
).split())
#: Words of a free offer: an entry holding one beside a log-in is the product's trial
#: ("Start Monitoring for Free", "Free pass"), no account door.
FREE_WORDS = frozenset((  # (one string a line: cheap to compile)
    "free gratis kostenlos kostenfrei gratuit gratuite gratuito gratuita grátis gratuitement"
).split())
