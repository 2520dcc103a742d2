"""Sizes and vocabulary of one CTA per widget, as data for ``extract/cta_widgets.py`` (a
prompt's widget, menu items, legal rows), ``extract/action_widgets.py`` (an action's widget),
``extract/widget_merge.py`` (pieces of one widget) and ``extract/comment_feeds.py``. Split
from ``rules/regions.py``, which keeps the region pass's other tables.
"""

from __future__ import annotations

#: One CTA per widget (``cta_widgets``): a CTA that is only a prompt (a heading or blurb of at
#: most ``MAX_WIDGET_PROMPT`` characters with no link, form or button) is the title of the
#: nearest ancestor, at most ``PROMPT_WIDGET_CLIMB`` levels up, that holds an action and is a box's
#: size (``MAX_BOX_TEXT``, ``MAX_BOX_LINKS``).
MAX_WIDGET_PROMPT = 160
PROMPT_WIDGET_CLIMB = 3
#: One CTA per widget from its action (``action_widgets``): a CTA's element (a form, a field, a
#: button, a link) is climbed at most this many levels while its ancestors add only the
#: widget's own parts (a heading, a prompt, a close control, small print)...
ACTION_WIDGET_CLIMB = 10
#: ...from the form around a field or button when the form holds at most this much text (a
#: sign-up's list of newsletters to tick with their blurbs; a form around the page is more)
MAX_ACTION_FORM_TEXT = 1500
#: ...and never into an ancestor adding more than this many phrasing pieces with text beside
#: it (a byline's author, separator and date around a comment counter: a line, no widget)
MAX_WIDGET_LINE_PIECES = 2
#: ...and past a long text, a body-length block or a container of the article's text into
#: an ancestor at most ``APART_CLIMB`` levels up that the page sets apart (``apart_boxes``):
#: an inline style giving it one of ``APART_STYLES`` (a value other than ``APART_NO_STYLE``),
#: or a close control; when it holds one action and at most ``APART_MAX_TEXT`` characters
#: (``APART_MAX_ELEMENTS`` elements): a promo box's paragraphs, an opt-in's consent note,
#: a pop-up's testimonials
APART_CLIMB = 5
APART_STYLES = frozenset({"background", "background-color", "border", "box-shadow"})
APART_NO_STYLE = frozenset({"none", "0", "transparent", "inherit", "initial", "unset", "0px"})
APART_MAX_TEXT = 2500
APART_MAX_ELEMENTS = 400
#: ...or, when the article's line stops the climb from an action the body left out, into
#: its parent holding of the article's blocks only a title (h2–h6) and lines, at most
#: ``TITLED_BOX_BLOCKS`` (``TITLED_BOX_ELEMENTS`` elements), while the article keeps at
#: least ``TITLED_BOX_BODY_LEFT`` more blocks outside it (a callout box in the text)
TITLED_BOX_BLOCKS = 3
TITLED_BOX_ELEMENTS = 60
TITLED_BOX_BODY_LEFT = 4
#: ...never into an element whose class/id names a page region or column (a modal or pop-up
#: is the widget itself: not named here).
PAGE_COLUMN_WORDS = frozenset({
    "sidebar", "sidebars", "footer", "header", "masthead", "navbar", "nav", "navigation", "menu",
    "topbar", "rail", "megamenu", "sidenav", "subnav", "toolbar",
})
#: A sign-up found inside a comment section (an ancestor at most this many levels up named
#: so) that holds a comments CTA is a part of that widget ("Notify me of new replies").
COMMENT_PART_CLIMB = 4
#: A CTA that is one plain link whose entry (the link and its wrappers of that link alone, at
#: most ``MENU_ITEM_CLIMB`` levels up) has this many siblings of its tag, each one short
#: plain link naming no CTA kind, is a menu item (``cta_widgets``).
MENU_ITEM_CLIMB = 3
MIN_MENU_SIBLINGS = 2
#: ...(the list holds at most this much text outside its links: separators, a label)
MAX_MENU_LOOSE = 30
#: A comment box within this many levels below a hidden page-level overlay is the overlay's.
OVERLAY_CLIMB = 8
#: A legal row is no CTA: at most ``MAX_LEGAL_ROW`` characters, whose links all name legal
#: pages (these stems, in many languages) or whose text outside its links is a copyright line.
MAX_LEGAL_ROW = 200
#: A legal row or a menu item holds at most this many elements (icons' SVG parts included).
MAX_ROW_ELEMENTS = 60
#: ...(a row of legal links holds at most this much text outside them: separators, a label)
MAX_LEGAL_LOOSE = 40
LEGAL_LINK_STEMS: tuple[str, ...] = (
    "privacy", "do not sell", "personal information", "terms of", "terms and conditions", "terms & conditions",
    "cookie", "imprint", "legal notice", "disclaimer", "accessibility",
    "datenschutz", "impressum", "nutzungsbedingungen", "agb", "barrierefrei",
    "mentions légales", "confidentialité", "conditions générales", "cgu", "cgv",
    "privacidad", "aviso legal", "términos", "condiciones de uso", "política de",
    "privacidade", "termos de", "informativa", "note legali", "termini e condizioni",
    "privacybeleid", "privacyverklaring", "algemene voorwaarden", "colofon",
)
COPYRIGHT_MARKS: tuple[str, ...] = (
    "©", "(c) 20", "copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
    "alle rechten voorbehouden",
)

#: A recent-comments feed (``comment_feeds``): at least this many links to comment anchors
#: of pages, in a box of at most this many elements, this share of its text link text (the
#: posts' titles; a thread's comment text is no link).
MIN_FEED_COMMENT_LINKS = 2
MAX_FEED_ELEMENTS = 400
MIN_FEED_LINK_SHARE = 1 / 3

#: The longest label of one piece of a widget (a share link, a "Jetzt kaufen" row) that
#: ``widget_merge`` joins with its same-kind siblings into one CTA.
MAX_FRAGMENT_LABEL = 40

#: One pop-up, one CTA (``popup_items``; gold convention 9.5): the CTAs found inside a pop-up
#: (``dialogs.is_dialog``, or a class/id word of ``POPUP_WORDS``) at most ``POPUP_CLIMB``
#: levels below its root are one CTA on the root, the kind of its form's CTA, else of its first.
POPUP_WORDS = frozenset({"popup"})
POPUP_CLIMB = 6
#: One comment section, one CTA (``comment_boxes``): comments CTAs found apart whose common box,
#: at most this many levels above each, holds nothing but them are one CTA on the box.
COMMENT_BOX_CLIMB = 3
#: A like button beside a share bar (``side_widgets.likes_apart``): a box whose class or id
#: holds one of these words (Facebook's ``fb-like``, Jetpack's ``sd-like`` and
#: ``jetpack-likes-widget-wrapper``, a theme's ``post-like``), at most ``MAX_LIKE_TEXT``
#: characters ("Gefällt mir: Liken", "Like Loading…") and ``MAX_LIKE_LINKS`` links.
LIKE_WORDS = frozenset({"like", "likes"})
#: ...and none of these (the "social-likes" share plugin names its bar so).
NOT_LIKE_WORDS = frozenset({"social", "share", "sharing", "shares"})
MAX_LIKE_TEXT = 40
MAX_LIKE_LINKS = 1
#: An empty like mount beside a share is a button of its row when their parent shows at most
#: this much text (the buttons' labels: "Tweet", "Share 12"); a parent showing more (the
#: article's tags and lines) sets it apart.
MAX_ROW_TEXT = 80
