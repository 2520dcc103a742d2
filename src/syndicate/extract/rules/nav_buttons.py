"""CTAs set apart in a header or menu by their markup (``extract/nav_buttons.py``)."""

from __future__ import annotations

from .regions import MENU_WORDS

#: A list entry or wrapper styled as a button holding one link (``nav_buttons``) is a CTA in
#: a header or menu (``<header>``, ``<nav>``, ``<menu>`` or a class/id word of
#: ``NAV_AREA_WORDS``, no ``FOOTER_WORDS`` box below it) at most ``NAV_BUTTON_CLIMB`` levels up; standing in a list
#: entry 2 to ``NAV_BUTTON_LIST_CLIMB`` levels up it is a submenu's entry, and among more
#: than ``MAX_STYLED_SIBLINGS`` button-styled entries (half of the others) one of a row.
NAV_BUTTON_CLIMB = 8
#: Tags of a page header or menu (beside the class/id words of ``NAV_AREA_WORDS``).
NAV_TAGS = frozenset({"nav", "header", "menu"})
NAV_AREA_WORDS = MENU_WORDS - {"breadcrumb", "breadcrumbs", "sitemap"} | {"header", "masthead", "topbar"}
FOOTER_WORDS = frozenset({"footer", "colophon"})
#: Class/id words of a menu copy slid in from the page's edge ("off-canvas", "canvas-menu")
#: or of a mega menu's panel ("mega-menu": the words split at "-"): a copy there is the
#: second choice, as in an overlay or a dropdown.
OFF_CANVAS_WORDS = frozenset({"canvas", "mega"})
#: Class/id words of the page's content around a header-named box: the content's own header
#: (a story's or a post's), no header of the page (``conversion_links.nav_place``).
CONTENT_WORDS = frozenset({"content", "article", "post", "entry", "story"})
#: ...and a header holding an ``<h1>`` of this many words or more is a story's own header.
MIN_HEADLINE_WORDS = 4
NAV_BUTTON_LIST_CLIMB = 4
MAX_STYLED_SIBLINGS = 1
#: A link whose class/id names one of these kinds (``conversion`` words: "abo",
#: "nav_subscribe") and whose target or label agrees is a CTA in a group of at most
#: ``MAX_GROUP_LINKS`` page links of a header or menu (``nav_buttons.named_links``).
NAMED_LINK_KINDS = frozenset({"subscribe", "newsletter", "donate", "app"})
MAX_GROUP_LINKS = 4
#: A header or menu bar asking with no kind (``nav_buttons.ask_bars``): a button-styled link or
#: a ``<button>`` whose label asks ("Sign up", "Book a demo", "Get started") stands in a group,
#: the nearest ancestor within ``BAR_CLIMB`` levels holding ``MIN_BAR_ITEMS`` to
#: ``MAX_BAR_ITEMS`` children that are or hold a control (a drop-down's panel beside its
#: toggle is none) and at most ``MAX_BAR_LINKS`` links: one ``other`` CTA on the group.
BAR_CLIMB = 3
MIN_BAR_ITEMS = 2
MAX_BAR_ITEMS = 5
MAX_BAR_LINKS = 16
#: Roles of a drop-down's panel (``<ul role="menu">`` under its toggle): no item of the bar.
PANEL_ROLES = frozenset({"menu", "listbox", "dialog"})
#: Class/id words of a box shown on demand (a drop-down's panel, an overlay): a bar in one
#: is no bar of the page (``conversion.OVERLAY_WORDS`` without "mobile": a layout's name).
PANEL_WORDS = frozenset({"overlay", "modal", "popup", "lightbox", "dialog", "offcanvas",
                         "dropdown", "megamenu", "submenu", "subnav", "flyout"})
#: First words of a sign-up's label: beside a log-in, the account's door, no ask of a bar.
ACCOUNT_ASK_WORDS = frozenset((  # (one string a line: cheap to compile)
    "sign signup register join create become "
    "registrieren registrierung anmelden inscription inscrivez-vous s'inscrire inscribirse regístrate registrarse "
    "registrati iscriviti registreren aanmelden zarejestruj "
).split())
#: Links of a bar styled alike (one class value), this many or more: a row of like entries.
LIKE_RUN = 3
#: A bar's group holding a shown list of ``MENU_ENTRIES`` entries (a menu), or a list group
#: with ``MENU_PLAIN_ENTRIES`` plain page-link entries, is a menu or the header's row: no bar.
MENU_ENTRIES = 4
MENU_PLAIN_ENTRIES = 2
#: A header action group (``header_bars``): a button CTA in a header or menu is reported on
#: the nearest ancestor within ``HEADER_BAR_CLIMB`` levels whose children hold
#: ``MIN_BAR_ITEMS`` to ``MAX_HEADER_BAR_ITEMS`` controls and at most
#: ``MAX_HEADER_BAR_LINKS`` links (a drop-down's two links under a "Log in" toggle
#: included); a wrapper is a button when it holds one link and a label of at most
#: ``MAX_HEADER_BUTTON_TEXT`` characters.
HEADER_BAR_CLIMB = 4
MAX_HEADER_BAR_ITEMS = 4
MAX_HEADER_BAR_LINKS = 6
MAX_HEADER_BUTTON_TEXT = 40
#: A box of the page chrome named for actions (``header_bars.action_boxes``): a class/id word
#: of ``ACTION_BOX_WORDS`` on a button-styled link or an ancestor ``ACTION_BOX_CLIMB`` levels
#: up, holding at most ``MAX_ACTION_LINKS`` links.
ACTION_BOX_WORDS = frozenset({"cta", "ctas", "actions", "buttons", "btns", "calltoaction"})
ACTION_BOX_CLIMB = 2
MAX_ACTION_LINKS = 4
