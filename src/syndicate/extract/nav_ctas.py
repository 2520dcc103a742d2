"""CTAs inside navigation: navigation is a region, not a mask. A control that stands apart
from a menu's run of section links — a list of its own beside the menu ("subscribe" at
the right end of the main menu), a menu region of one link (a header's utility nav holding
"Subscribe" beside "Sign in") — is a CTA placed ``outside``, when its label or its target
names what it asks (subscribe, newsletter, donate, app). A plain entry among the menu's
links stays navigation (a "Newsletter" entry leading to the archive of past issues).

Structure first (the element holds one link, no list entry of a larger menu, a short
label), vocabulary (``cta_boxes`` stems, ``conversion`` target words) as the kind.
"""

from __future__ import annotations

from itertools import islice

from lxml import etree

from . import conversion_links  # (a module: it imports this one's importers)
from .chrome_util import href_links, tag_of
from .cta_boxes import box_kind_of, input_types
from .rules import regions as rules

_LISTS = ("ul", "ol", "menu")


def list_of_one(el: etree._Element) -> bool:
    """``el`` holds a list (``ul``/``ol``/``menu``) of its own whose one entry is its only
    link, and stands in no list entry itself: a list apart from the menu's run of links
    (the menu's links are in another list beside it)."""
    if tag_of(el) == "li":
        return False
    links = href_links(el, 3)
    if len(links) != 1:
        return False
    own = next((x for x in links[0].iterancestors(*_LISTS)), None)
    if own is None or (own is not el and el not in own.iterancestors()):
        return False  # (the link's list holds ``el``: an entry of a list)
    return not any(tag_of(x) == "li" for x in islice(el.iterancestors(), rules.NAV_CTA_CLIMB))


def lone_nav_link(el: etree._Element) -> str | None:
    """The CTA kind of a menu region of one link (``el``, a ``<nav>`` holding one link and
    standing in no list entry), when its short label or its target names one of
    ``rules.NAV_LINK_KINDS``: a header's utility nav holding "Subscribe"."""
    links = href_links(el, 3)
    if len(links) != 1 or any(tag_of(x) == "li" for x in islice(el.iterancestors(), rules.NAV_CTA_CLIMB)):
        return None
    a = links[0]
    label = conversion_links.link_label(a)
    if not label or len(label) > rules.MAX_MENU_BUTTON_TEXT or len(label.split()) > rules.MAX_NAV_LABEL_WORDS:
        return None
    kind = box_kind_of(label.lower()) or conversion_links.target_kind(a.get("href") or "")
    return kind if kind in rules.NAV_LINK_KINDS else None


def email_field(el: etree._Element) -> bool:
    """``el`` holds an e-mail field (``type=email``) and no password field: a sign-up form,
    a widget even inside a menu (a log-in form is none)."""
    types = input_types(el)
    return "email" in types and "password" not in types
