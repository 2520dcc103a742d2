"""Ask buttons that open on the page itself: a link styled as a button whose target is no
other page but a place on this one — ``#``, ``#cta-form``, ``#/portal/signup``, the site's
home with a fragment — which a script turns into a pop-up form, a lightbox or a jump to the
page's own form ("Book a demo" opening a lightbox in a sticky side column, "Get Started"
opening a quote form, "Become a Partner" jumping to the sign-up form). A CTA ``other``.

``conversion_links`` reads a button's kind from the page it opens, and its ask rule
(``ask_links``) wants a page of the site; a button opening no page passes both by. What
makes one, structure first:

* A BUTTON TO A PLACE ON THE PAGE: a link the page styles as a button (the region walk's
  button-styled links), its target a fragment of this page or of the site's home;
* AN ASK: its short label asks (``conversion_links.asks``: "Book …", "Become …", "Request
  …" in many languages) or asks for a trial or demo (``trial_label``: "Get started");
  no log-in, no download, no "more";
* ON ITS OWN: no entry of a menu run, of a submenu, of a menu's panel or of a pop-up, no
  author's card, no form's or template's part, outside the body and the items found
  (``conversion_links`` then reports it at the band it closes, as its other buttons).

Copies of one label (a sticky bar's and a column's) are judged together, as copies of one
target are; two labels opening one form are two asks.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from .chrome import Found
from .chrome_util import class_or_id_named
from .conversion_links import (
    asks,
    conversion_links,
    link_label,
    login_link,
    panel_card,
    trial_label,
)
from .linklists import host_of, href_parts, same_site
from .menu_entries import plain_menu_entry
from .rules import conversion as rules

#: Ancestors a pop-up ask never stands in (a form's own button, a template not shown).
_NEVER_IN = frozenset({"form", "template"})
#: Class/id words of a box around it (``OVERLAY_CLIMB`` levels) naming a menu's drop-down
#: panel or a pop-up: a card of the menu, the pop-up's own button (a mobile layout's copy
#: stays: ``conversion_links`` ranks copies).
_PANEL_WORDS = rules.DROPDOWN_WORDS | (rules.OVERLAY_WORDS - {"mobile"})


def popup_asks(buttons: Iterable[etree._Element], body: set[etree._Element], found: set[etree._Element],
               base: str | None, hosts: frozenset[str]) -> list[Found]:
    """The ``other`` CTAs among ``buttons`` (the page's button-styled links, document order)
    whose target is a place on the page and whose label asks (module doc), outside the body
    blocks ``body`` and the items ``found``."""
    groups: dict[str, list[etree._Element]] = {}
    for a in buttons:
        href = (a.get("href") or "").strip()
        if "#" not in href or not _on_this_page(href, hosts):
            continue  # (most buttons open a page: one look at the target)
        label = link_label(a)
        if not label or len(label) > rules.MAX_LABEL_CHARS or not (trial_label(label) or asks(label)):
            continue
        if login_link(href, label) or not _on_its_own(a):
            continue
        groups.setdefault(label.lower(), []).append(a)
    out: list[Found] = []
    for links in groups.values():
        out.extend(conversion_links(links, body, found | {f.element for f in out}, base, ask=True))
    return out


def _on_this_page(href: str, hosts: frozenset[str]) -> bool:
    """``href`` is a fragment of the page itself ("#", "#cta-form") or of the site's home
    ("https://site/#cta-form"): a place on the page, no page of its own."""
    if href[0] == "#":
        return True
    parts = href_parts(href)
    if parts is None:
        return False
    if not parts.fragment or parts.query or parts.path.strip("/") or parts.scheme not in ("", "http", "https"):
        return False  # (a fragment of another page: a jump to that page's section)
    host = host_of(parts.netloc) if parts.netloc else ""
    return not host or same_site(host, hosts)


def _on_its_own(a: etree._Element) -> bool:
    """``a`` is no entry of a menu run, of a submenu (a list inside a list entry: a copy the
    menu unfolds) or of a menu's panel or a pop-up (``_PANEL_WORDS``), no part of a form or
    template and of no author's card (its "Hire me" is the author's, no ask of the site)."""
    entries = 0
    for depth, x in enumerate(a.iterancestors()):
        if x.tag in _NEVER_IN:
            return False
        if x.tag == "li":
            entries += 1
            if entries > 1:
                return False
        if depth < rules.ASK_CLIMB and class_or_id_named(x, rules.ASK_AUTHOR_WORDS):
            return False
        if depth < rules.OVERLAY_CLIMB and class_or_id_named(x, _PANEL_WORDS):
            return False
    return not plain_menu_entry(a, True) and not panel_card(a)

