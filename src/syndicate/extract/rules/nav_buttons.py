"""CTAs set apart in a header or menu by their markup (``extract/nav_buttons.py``)."""

from __future__ import annotations

from .regions import MENU_WORDS

#: A list entry or wrapper styled as a button holding one link (``nav_buttons``) is a CTA in
#: a header or menu (``<header>``, ``<nav>``, ``<menu>`` or a class/id word of
#: ``NAV_AREA_WORDS``, no ``FOOTER_WORDS`` box below it) at most ``NAV_BUTTON_CLIMB`` levels up; standing in a list
#: entry 2 to ``NAV_BUTTON_LIST_CLIMB`` levels up it is a submenu's entry, and among more
#: than ``MAX_STYLED_SIBLINGS`` button-styled entries (half of the others) one of a row.
NAV_BUTTON_CLIMB = 8
NAV_AREA_WORDS = MENU_WORDS - {"breadcrumb", "breadcrumbs", "sitemap"} | {"header", "masthead", "topbar"}
FOOTER_WORDS = frozenset({"footer", "colophon"})
NAV_BUTTON_LIST_CLIMB = 4
MAX_STYLED_SIBLINGS = 1
#: A link whose class/id names one of these kinds (``conversion`` words: "abo",
#: "nav_subscribe") and whose target or label agrees is a CTA in a group of at most
#: ``MAX_GROUP_LINKS`` page links of a header or menu (``nav_buttons.named_links``).
NAMED_LINK_KINDS = frozenset({"subscribe", "newsletter", "donate", "app"})
MAX_GROUP_LINKS = 4
