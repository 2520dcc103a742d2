"""Bounds and words of ``extract/button_asks.py``: a ``<button>`` with no link that asks to act.
Structure decides (no form, no toggle, alone in a header or in a small headed box); the
label's verbs are ``regions.OFFER_VERBS`` and the kind tables' stems."""

from __future__ import annotations

#: A button's label: at most this many characters ("Start a Quote", "Download Now!").
MAX_LABEL_CHARS = 40
#: Attributes of a control that opens, closes or switches something on the page (a menu,
#: a drop-down, a tab, a dialog): no ask.
TOGGLE_ATTRIBUTES: tuple[str, ...] = (
    "aria-expanded", "aria-controls", "aria-haspopup", "aria-pressed", "aria-selected",
    "data-toggle", "data-bs-toggle", "data-dismiss", "data-bs-dismiss", "disabled",
)
#: Class/id words of the button (or of an ancestor up to ``WORD_CLIMB`` levels) naming a
#: control of the page, no ask: menus, toggles, close and search controls, players,
#: carousels, galleries, share/like/save tools, consent panels, chat launchers (their own rule).
CONTROL_WORDS = frozenset({
    "toggle", "toggler", "menu", "hamburger", "burger", "nav", "navbar", "navigation", "close",
    "dismiss", "search", "play", "player", "video", "audio", "podcast", "carousel", "slider",
    "slide", "slick", "swiper", "gallery", "lightbox", "zoom", "tab", "tabs", "accordion",
    "dropdown", "filter", "filters", "sort", "pagination", "pager", "prev", "next", "arrow",
    "share", "sharing", "social", "like", "vote", "bookmark", "save", "print", "copy",
    "cookie", "cookies", "consent", "gdpr", "cmp", "chat", "whatsapp", "messenger",
    "login", "signin", "account", "cart", "basket", "wishlist", "quantity", "comment",
    "comments", "reply", "load", "more", "expand", "collapse", "show", "hide",
})
#: Ancestors of a button asking nothing of the page's reader: a form's own button, a
#: template, a link around it (a link's rules judge it), a menu entry or the menu, a dialog.
NEVER_IN = frozenset({"form", "template", "a", "li", "nav", "dialog", "select", "label"})
#: Levels above the button whose class/id words are read (``CONTROL_WORDS``).
WORD_CLIMB = 2
#: Levels above the button a box around it may grow (a heading's row, a column, the band).
BOX_CLIMB = 4
#: A box around the button: at most this much text, one link (a phone line) and two buttons.
MAX_BOX_TEXT = 400
MAX_BOX_LINKS = 1
MAX_BOX_BUTTONS = 2
#: Words beside the button that make a box of it a headed one (a heading, a blurb).
MIN_HEAD_CHARS = 10
#: Page parts a box around a button never grows into (a footer holding only the band).
BOX_STOP = frozenset({"header", "footer", "aside", "main", "article", "nav", "body", "html"})
#: Tags of a page's header: a button alone in one is its call to action.
HEADER_TAGS = frozenset({"header"})
