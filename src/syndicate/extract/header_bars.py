"""Header action groups: the buttons of one bar in a page header are one CTA on the bar.

A header or navigation bar often groups one to three buttons beside the menu ("Sign in |
Get a demo", "Call | Schedule", a phone link beside "Try free"). The gold's convention 4
(and 9.2) labels the bar, not its buttons: one CTA on the group, of the asks' kind. Asks of
different kinds side by side ("Sign up | Call us") stay apart, and so does an ask beside a
log-in alone ("Log in | Get started"): the gold's older readings label each. The rules that
find a button by its target, label or class (``conversion_links``, ``nav_buttons``, the
contact rules) report the button alone; this pass, run after them, moves such a CTA to the
bar it stands in, and makes the CTAs of one bar one.

A second pass (``action_boxes``) reports the boxes of a header or menu that the page names
for its asks (a class/id word ``ctas``, ``actions``, ``buttons``; a link whose own id says
``main-cta``) when no rule found their button-styled links: "Sign in | See pricing" in a
``navbar__ctas`` box, a lone "See today's rates" button named the page's CTA.

Structure first: the bar is the nearest ancestor (a few levels up, through wrappers of the
button alone) whose children hold ``MIN_BAR_ITEMS`` to ``MAX_HEADER_BAR_ITEMS`` controls
and few links, standing in a header or menu (``nav_buttons``' tests: no footer, no
drop-down panel, no menu row, no run of like links, no profile links).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from lxml import etree

from ..model import CallToAction
from ..sanitize import safe_url
from .ask_kinds import with_ask_kinds
from .brand_rows import holds_home_link
from .chrome import Found
from .chrome_util import class_or_id_named, href_links, norm, page_attributes, tag_of
from .conversion_links import (
    label_kind,
    link_label,
    login_link,
    opens_page,
    own_page,
    target_kind,
    trial_label,
)
from .ctas import build_cta, share_or_follow
from .nav_buttons import bar_item, beside_login, in_navigation, in_panel, like_run, menu_row
from .region_widgets import dropdown_named
from .rules import conversion as conversion_rules
from .rules import nav_buttons as rules

#: CTA kinds never moved to a bar (a bar of network links or a comment jump is its own).
_NOT_ASKS = frozenset({"follow", "share", "comments", "read_more"})


def header_bars(found: Sequence[Found], body: set[etree._Element], line: Collection[etree._Element],
                links: Mapping[etree._Element, int], base: str | None) -> list[Found]:
    """``found`` with each button CTA standing in a header bar (``_bar``) reported on the
    bar, the CTAs of one bar made one (the first one's target and kind) when they are of one
    kind. ``line``: the article's containers and their ancestors (no bar holds them);
    ``links``: the page's link count per element (the region walk's: read before any scan).
    Items of other kinds, and buttons standing in no bar, are kept as they are. Last, each
    CTA's kind is read from its box's asks (``ask_kinds``)."""
    bars: dict[etree._Element, list[int]] = {}
    taken: set[etree._Element] | None = None
    for i, f in enumerate(found):
        item = f.item
        if not isinstance(item, CallToAction) or item.kind in _NOT_ASKS or type(f) is not Found \
                or f.report is not None or not _button(f.element, links):
            continue
        bar = _bar(f.element, line, links, base)
        if bar is None or _login_pair(bar, f.element):
            continue
        if taken is None:
            taken = {g.element for g in found}
        if bar in taken or any(x in taken for x in bar.iterancestors()) or any(x in body for x in bar.iter()):
            continue  # (the bar or a box around it was found already; the body's own)
        bars.setdefault(bar, []).append(i)
    if not bars:
        return with_ask_kinds(found, links, base)
    # (asks of different kinds side by side, "Sign up | Call us": each its own widget)
    bars = {bar: ids for bar, ids in bars.items() if len({found[i].item.kind for i in ids}) == 1}  # type: ignore[union-attr]
    if not bars:
        return with_ask_kinds(found, links, base)
    moved = {i: bar for bar, ids in bars.items() for i in ids}
    inside = {x for bar in bars for x in bar.iter()}
    out: list[Found] = []
    for i, f in enumerate(found):
        bar = moved.get(i)
        if bar is None:
            if isinstance(f.item, CallToAction) and f.item.kind not in _NOT_ASKS and f.element in inside:
                continue  # (another CTA inside a bar reported whole: a part of it)
            out.append(f)
            continue
        ids = bars.pop(bar, None)
        if ids is None:
            continue  # (a second button of a bar reported)
        first = found[ids[0]].item
        cta = build_cta(bar, first.kind, base)  # type: ignore[union-attr]
        cta.url = first.url or cta.url  # type: ignore[union-attr]
        out.append(Found(bar, cta))
    return with_ask_kinds(out, links, base)


def _button(el: etree._Element, links: Mapping[etree._Element, int]) -> bool:
    """``el`` is one button: a link, a ``<button>``, or a wrapper holding one link and a
    short label (its text read up to the limit)."""
    tag = tag_of(el)
    if tag in ("a", "button"):
        return True
    if links.get(el, 0) != 1:
        return False
    n = 0
    for t in el.itertext():
        n += len(t.strip())
        if n > rules.MAX_HEADER_BUTTON_TEXT:
            return False
    return True


def _bar(el: etree._Element, line: Collection[etree._Element], links: Mapping[etree._Element, int],
         base: str | None) -> etree._Element | None:
    """The header bar ``el`` (a button) stands in: the nearest ancestor, at most
    ``HEADER_BAR_CLIMB`` levels up and below the page's parts, whose children hold
    ``MIN_BAR_ITEMS`` to ``MAX_HEADER_BAR_ITEMS`` controls and at most
    ``MAX_HEADER_BAR_LINKS`` links, in a header or menu, with no menu list, no run of like
    links and no drop-down panel or overlay around it, holding no ``<nav>`` (a drop-down's list,
    a language switcher's, aside) and no link to the site's home page (``base``'s: the
    masthead row around the logo). A page wrapped whole in ``<main>`` keeps its header
    (``in_panel``)."""
    node = el.getparent()
    for _ in range(rules.HEADER_BAR_CLIMB):
        # (counted links first, in O(1): most climbs end at a column or a menu)
        if node is None or tag_of(node) in _NOT_BAR or links.get(node, 0) > rules.MAX_HEADER_BAR_LINKS \
                or node in line:
            return None
        items = 0
        for c in node:
            if bar_item(c):
                items += 1
                if items > rules.MAX_HEADER_BAR_ITEMS:
                    return None
        if items >= rules.MIN_BAR_ITEMS:
            if in_panel(node) or menu_row(node) or like_run(node, el) or not in_navigation(node, set(), set()) \
                    or _holds_menu(node) or holds_home_link(node, base):
                return None  # (a <nav> or the logo's home link inside: the header's row, no bar)
            return node
        node = node.getparent()
    return None


def _holds_menu(node: etree._Element) -> bool:
    """``node`` holds a ``<nav>`` that is no drop-down's list (a language switcher's ``<nav>``
    in its drop-down: ``dropdown_named`` on it or on a box between it and ``node``)."""
    for nav in node.iter("nav"):
        if not any(dropdown_named(x) for x in _up_to(nav, node)):
            return True
    return False


def _up_to(el: etree._Element, top: etree._Element) -> list[etree._Element]:
    """``el`` and its ancestors below ``top``."""
    out = [el]
    for x in el.iterancestors():
        if x is top:
            break
        out.append(x)
    return out


def _login_pair(bar: etree._Element, el: etree._Element) -> bool:
    """Every other control of ``bar`` (links, ``<button>`` elements outside ``el``) is a
    log-in: "Log in | Get started" is a pair, the ask an item of its own (as the gold's older
    readings and 11.7 label it), no bar."""
    inside = set(el.iter())
    others = [x for x in bar.iter("a", "button") if x not in inside and (tag_of(x) == "button" or x.get("href"))]
    return bool(others) and all(login_link(x.get("href") or "", norm(x.text_content())) for x in others)


#: Where a bar's climb ends: the page's parts (a bar stands in them), a list entry (a menu's).
_NOT_BAR = frozenset({"header", "nav", "footer", "aside", "article", "main", "form", "body", "html",
                      "li", "ul", "ol", "menu"})


def action_boxes(links: Iterable[etree._Element], found: Sequence[Found], body: set[etree._Element],
                 base: str | None, hosts: frozenset[str]) -> list[Found]:
    """Boxes of the page chrome named for actions (a class/id word of ``ACTION_BOX_WORDS``:
    ``navbar__ctas``, ``header__actions``, ``site-footer__buttons``; the link itself or a box
    ``ACTION_BOX_CLIMB`` levels up) holding one to ``MAX_ACTION_LINKS`` button-styled links
    (``links``: the page's, document order) with short labels, one of them asking
    (``_box_kind``), standing in a header or menu (no footer, drop-down panel or overlay),
    when no rule found any of its links: one CTA on the box (the links' kind, ``other`` when
    they name none or differ). The page names the group as its asks: the gold's convention 4
    (one CTA on the bar). A link of a row of links styled alike ("cta_green" on every topic
    link) is none, and of boxes with one label (a device or variant copy) the first counts."""
    taken: set[etree._Element] | None = None
    seen: set[etree._Element] = set()
    labels: set[str] = set()
    out: list[Found] = []
    for a in links:
        box = _action_box(a)
        if box is None or box in seen:
            continue
        seen.add(box)
        if taken is None:
            taken = {f.element for f in found}
        if box in taken or not taken.isdisjoint(box.iter()) or any(x in taken or x in body for x in box.iterancestors()):
            continue
        judged = _box_kind(box, hosts)
        if judged is None or not in_navigation(box, set(), set()) or in_panel(box) \
                or tag_of(box) == "a" and (row := box.getparent()) is not None and like_run(row, box):
            continue
        kind, href, label = judged
        if kind == "other" and beside_login(box) and not trial_label(label):
            continue  # ("Créer un compte" beside "Se connecter": the account's door)
        if label in labels:
            continue  # (a copy: the device or variant boxes of one ask)
        labels.add(label)
        cta = build_cta(box, kind, base)
        cta.url = safe_url(href, base) or cta.url  # (the ask's page, not a log-in beside it)
        out.append(Found(box, cta))
        taken.add(box)
    return out


def _action_box(a: etree._Element) -> etree._Element | None:
    """``a`` or its nearest ancestor (``ACTION_BOX_CLIMB`` levels) named by an action word
    (the words looked for as text first, in C: most names hold none)."""
    node: etree._Element | None = a
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    for _ in range(rules.ACTION_BOX_CLIMB + 1):
        if node is None or tag_of(node) in _NOT_BAR:
            return None
        names = f"{page.classes[node] or ''} {page.ids[node] or ''}".lower()
        # (each word of ``ACTION_BOX_WORDS`` holds one of these: a button-styled link's
        # "btn", "button" alone is ruled out here, without the word split)
        if ("cta" in names or "action" in names or "buttons" in names or "btns" in names) \
                and class_or_id_named(node, rules.ACTION_BOX_WORDS):
            return node
        node = node.getparent()
    return None


def _box_kind(box: etree._Element, hosts: frozenset[str]) -> tuple[str, str, str] | None:
    """(kind, target, label) of an action box: its links (one to ``MAX_ACTION_LINKS``, short
    labels, no profile or share link), one at least asking (a page naming a kind, or a page
    of the site, ``hosts``, that is no story, log-in or help page: the first such gives the
    target and label); the kind the targets or labels name, ``other`` when none or several.
    A sign-up inside the box beside a log-in is the account's door, none (convention 11.7:
    ``amb``; ``action_boxes`` also reads the log-ins beside the box)."""
    links = href_links(box, rules.MAX_ACTION_LINKS + 1)
    if not links or len(links) > rules.MAX_ACTION_LINKS:
        return None
    kinds: set[str | None] = set()
    asking: tuple[str, str] | None = None
    login = door = False
    for a in links:
        href = (a.get("href") or "").strip()
        label = link_label(a)
        if not label or len(label) > conversion_rules.MAX_LABEL_CHARS or share_or_follow(href) is not None:
            return None
        if login_link(href, label):
            login = True
            continue
        door = door or label.lower().split()[0] in rules.ACCOUNT_ASK_WORDS
        kind = target_kind(href) or label_kind(a, href, label)
        if asking is None and opens_page(href) and (kind or own_page(href, hosts)):
            asking = href, label.lower()
        kinds.add(kind)
    if asking is None or login and door:
        return None
    kinds.discard(None)
    return (kinds.pop() if len(kinds) == 1 else "other"), *asking  # type: ignore[return-value]
