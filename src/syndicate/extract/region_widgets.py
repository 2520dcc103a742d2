"""What the region pass found, made whole widgets: a newsletter form grown to the box holding
its prompt, forms no pass claimed grown to their box, share/follow buttons under one parent
merged into one bar (a "Newsletter"/"RSS" link inside a social bar is the bar), story lists
interleaved with ad slots made one related block, and per-post listing chrome, menu entries
and CTAs nested in another region dropped. Used by ``regions.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from lxml import etree

from ..model import AdSlot, CallToAction, Related
from . import ctas, related
from .button_looks import drawn_button
from .chrome import Found
from .chrome_util import class_or_id_named, norm, tag_of, text_stats, within, words
from .cta_boxes import asks_to_act, bare, cta_box, cta_class, newsletter, prompt_text
from .element_hints import HEADINGS
from .message_fields import message_field, message_form
from .nav_ctas import list_of_one
from .rules import chrome_patterns as chrome_rules
from .rules import regions as rules
from .sharebars import social_bar

#: Elements that are never a region (nor a widget or a bar).
NEVER = frozenset({"html", "body", "main"})


def asks_input(form: etree._Element) -> bool:
    """A form with a text, e-mail, phone or number field (a sign-up, comment, contact or
    donation form: an amount to give)."""
    if next(form.iter("textarea"), None) is not None:
        return True
    return any((i.get("type") or "text").lower() in ("text", "email", "tel", "number") for i in form.iter("input"))


def without_listing_chrome(found: list[Found]) -> list[Found]:
    """Drop CTAs that are per-post chrome of a listing (the same prompt 3+ times) and bare
    comment counters ("0", "21 Kommentare")."""
    key_of: dict[int, tuple[str, str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for f in found:
        item = f.item
        if isinstance(item, CallToAction) and item.kind not in ("share", "follow"):
            key = (item.kind, "".join(filter(str.isalpha, (item.text or "").lower())))  # (filtered in C)
            if not key[1]:  # (empty boxes a script fills: the same prompt only when classed alike)
                key = (item.kind, f.element.get("class") or "")
            key_of[id(f)] = key
            counts[key] = counts.get(key, 0) + 1
    out = []
    for f in found:
        key = key_of.get(id(f))
        if key is not None:
            text = norm(f.item.text)  # type: ignore[union-attr]
            if counts[key] >= rules.MAX_REPEATED_CTA or (
                    key[0] == "comments" and (not text or rules.COUNTER.match(text))):
                continue
        out.append(f)
    return out


def without_repeated_offers(found: list[Found], offers: set[etree._Element]) -> list[Found]:
    """Drop the offers found by their button (``offers``) whose words the page repeats
    ``MAX_REPEATED_CTA`` times or more: a button under each item of a listing ("Buy on
    Amazon", "Start course")."""
    if len(offers) < rules.MAX_REPEATED_CTA:
        return found
    keys = {f.element: _letters(f.item.text) for f in found if f.element in offers}  # type: ignore[union-attr]
    counts: dict[str, int] = {}
    for key in keys.values():
        counts[key] = counts.get(key, 0) + 1
    return [f for f in found if f.element not in keys or counts[keys[f.element]] < rules.MAX_REPEATED_CTA]


def _letters(text: str | None) -> str:
    return "".join(c for c in (text or "").lower() if c.isalpha())


def merged_bars(found: list[Found], line: set[etree._Element]) -> list[Found]:
    """Share/follow buttons found one by one under the same parent: one bar."""
    groups: dict[etree._Element, list[Found]] = {}
    for f in found:
        # (a member that is a bar of its own — two follow bars of two businesses in one
        # footer column — stays one)
        if isinstance(f.item, CallToAction) and f.item.kind in ("share", "follow") and not _many_links(f.element):
            parent = f.element.getparent()
            if parent is not None and tag_of(parent) == "li" and len(parent) == 1:
                parent = parent.getparent()  # (one button per list entry: the list is the row)
            if parent is not None:
                groups.setdefault(parent, []).append(f)
    merged: dict[int, Found | None] = {}
    for parent, members in groups.items():
        if len(members) < 2 or tag_of(parent) in NEVER or parent in line:
            continue  # (a parent holding body blocks is the article, no bar)
        box = ctas.with_prompt(parent)
        if box is not parent and box in line:
            box = parent
        bar = Found(box, ctas.build_cta(box, members[0].item.kind, None))  # type: ignore[union-attr]
        bar.item.url = None  # type: ignore[union-attr]
        merged[id(members[0])] = bar
        for m in members[1:]:
            merged[id(m)] = None
    out = []
    for f in found:
        if id(f) in merged:
            g = merged[id(f)]
            if g is not None:
                out.append(g)
        else:
            out.append(f)
    return out


def _many_links(el: etree._Element) -> bool:
    """``el`` holds two or more links: a bar, not one button."""
    n = 0
    for a in el.iter("a"):
        if a.get("href"):
            n += 1
            if n >= 2:
                return True
    return False


def in_bars(found: list[Found]) -> list[Found]:
    """A link found by its text ("Newsletter", "RSS") inside a bar of social links: the bar."""
    out: list[Found] = []
    bars: set[etree._Element] = set()
    for f in found:
        bar = _bar_around(f) if isinstance(f.item, CallToAction) and tag_of(f.element) in ("a", "button") else None
        if bar is None:
            out.append(f)
        elif bar[0] not in bars:
            bars.add(bar[0])
            box = ctas.with_prompt(bar[0])
            out.append(Found(box, ctas.build_cta(box, bar[1], None)))
    return out


def _bar_around(f: Found) -> tuple[etree._Element, str] | None:
    node = f.element.getparent()
    for _ in range(2):
        if node is None or tag_of(node) in NEVER:
            return None
        if next(node.iter("form"), None) is not None:
            return None  # (the toggle of a sign-up form beside the bar: a widget of its own)
        kind = social_bar(node)
        if kind is not None:
            return node, kind
        node = node.getparent()
    return None


def without_nested_ctas(found: list[Found]) -> list[Found]:
    """A "Read more"/comments link inside a related block or another CTA is part of it."""
    holders = {f.element for f in found if not isinstance(f.item, AdSlot)}
    out = []
    for f in found:
        if isinstance(f.item, CallToAction) and not holders.isdisjoint(f.element.iterancestors()):
            continue
        out.append(f)
    return out


def grown(f: Found, line: set[etree._Element], body: set[etree._Element],
          below: dict[etree._Element, int]) -> Found:
    """A newsletter form grown to the widget holding its prompt (heading, blurb, button)."""
    item = f.item
    if not isinstance(item, CallToAction) or item.kind != "newsletter" or tag_of(f.element) != "form":
        return f
    best = _widget(f.element, line, body, below, 0)
    if best is f.element:
        return f
    prompt = ctas.build_cta(best, "newsletter", None).text
    item.text = prompt or item.text
    return Found(best, item)


def _widget(form: etree._Element, line: set[etree._Element], body: set[etree._Element],
            below: dict[etree._Element, int], own: int) -> etree._Element:
    """The box around ``form`` holding its prompt: the largest ancestor (a few levels up) that
    is still small, holds no other form and at most a short prompt of the body's blocks
    (a heading the body walk took for the article's own)."""
    node = best = form
    for _ in range(rules.WIDGET_CLIMB):
        parent = node.getparent()
        if parent is None or parent in body or tag_of(parent) in NEVER | {"article"}:
            break
        if below.get(parent, 0) > own:
            break  # another item found there: the box ends below it
        stats = text_stats(parent, max_elements=400)
        if stats.truncated or stats.chars > chrome_rules.MAX_CTA_TEXT or stats.longest_p > chrome_rules.MAX_CTA_PARAGRAPH:
            break
        if sum(1 for _ in parent.iter("form")) > 1 or _social_links(parent) >= 2:
            break  # another form, or a follow/share bar beside the form: two widgets
        if next(parent.iter("nav"), None) is not None and next(node.iter("nav"), None) is None:
            break  # a menu beside the form (a footer's columns): no part of the sign-up
        if _other_box(parent, node):
            break  # a box beside it with a button and a prompt of its own (a demo card)
        if parent in line and _body_chars(parent, body) > rules.MAX_PROMPT_IN_BODY \
                and not _headed_box(parent, stats.chars, body):
            break
        best = node = parent
    return best


def _other_box(parent: etree._Element, node: etree._Element) -> bool:
    """A child of ``parent`` beside ``node`` holding a button and asking something else of
    its own (a demo card beside a sign-up form): a second widget, not the form's prompt."""
    for child in parent:
        if child is node or not isinstance(child.tag, str):
            continue
        if not any(_LABEL.search(b.text_content()) for b in child.iter("button")):
            continue  # no labelled button (the child itself included): a close "×" or an icon
        if len(norm(child.text_content())) < rules.MIN_PROMPT_CHARS:
            continue
        n_links = sum(1 for a in child.iter("a") if a.get("href"))
        if cta_box(child, tag_of(child), n_links) not in (None, "newsletter"):
            return True
    return False


_LABEL = re.compile(r"[^\W\d_]{2}")


def _social_links(el: etree._Element) -> int:
    """Links to social networks below ``el`` (the widget bounds hold few links)."""
    return sum(1 for a in el.iter("a") if ctas.share_or_follow(a.get("href") or "") is not None)


def _headed_box(el: etree._Element, chars: int, body: set[etree._Element]) -> bool:
    """A box the body walk took whole into the article (a section merged in): small, its
    first body block a heading over the prompt and the form, and the body holds at least as
    many blocks outside it (the article is not the box)."""
    if chars > rules.MAX_BOX_TEXT:
        return False
    inside = [x for x in el.iter() if x in body]
    if not inside or tag_of(inside[0]) not in HEADINGS:
        return False
    return len(body) >= 2 * len(inside)


def _body_chars(el: etree._Element, body: set[etree._Element]) -> int:
    return sum(len(norm(x.text_content())) for x in el.iter() if x in body)


def form_widgets(root: etree._Element, found: list[Found], line: set[etree._Element],
                 body: set[etree._Element], base: str | None,
                 below: dict[etree._Element, int],
                 forms: Sequence[etree._Element] | None = None) -> list[Found]:
    """Forms no pass has claimed (donation, contact, comment, sign-up forms without an e-mail
    field) grown to their box, when the box says what it asks. ``forms``: the page's forms in
    document order, when the caller has them (no walk of the page for them)."""
    taken = {f.element for f in found}
    out = []
    for form in root.iter("form") if forms is None else forms:
        offer = _offer_form(form)
        if not (offer or asks_input(form)) or _search_or_login(form):
            continue
        if within(form, taken):
            continue
        box = _widget(form, line, body, below, 0)
        kind = cta_box(box, tag_of(box), sum(1 for a in box.iter("a") if a.get("href")))
        if kind is None and next(form.iter("textarea"), None) is not None and not message_form(form):
            # (a message and an address to answer to, no comment markup, is a contact form
            # whatever its labels say, "Kommentar oder Nachricht": ``message_forms``' to box)
            kind = "comments" if _box_kind_comments(prompt_text(box)) else None
        if kind is None and offer and not newsletter(box) and not cta_class(form):
            kind = "other"  # a lead funnel: "Choose your state" [Get started]
        if kind is None:
            continue
        out.append(Found(box, ctas.build_cta(box, kind, base)))
        taken.add(box)
    return out


def _offer_form(form: etree._Element) -> bool:
    """A form with a field (a text field or a choice) whose submit button asks to act on an
    offer (``rules.OFFER_VERBS``: "Get started", "Jetzt bestellen"): a lead funnel."""
    if (next(form.iter("select"), None) is None and not asks_input(form)) or ctas.email_form(form):
        return False  # (an e-mail field: a sign-up, whatever its button says)
    if message_field(form):
        return False  # (a message to write: a contact form, ``message_forms``' to judge)
    for x in form.iter("button", "input"):
        kind = (x.get("type") or ("submit" if x.tag == "button" else "text")).lower()
        if kind != "submit":
            continue
        label = norm(x.text_content() if x.tag == "button" else x.get("value")) or norm(x.get("aria-label"))
        if 1 <= len(label.split()) <= rules.MAX_BUTTON_WORDS and asks_to_act(label):
            return True
    return False


def _search_or_login(form: etree._Element) -> bool:
    types = {(i.get("type") or "text").lower() for i in form.iter("input")}
    if "password" in types or "search" in types:
        return True
    hint = f"{form.get('action') or ''} {form.get('class') or ''} {form.get('id') or ''} {form.get('role') or ''}".lower()
    return "search" in hint or "login" in hint or "suche" in hint or ctas.account_step(form.get("action"))


def _box_kind_comments(text: str) -> bool:
    return any(s in text for s in rules.COMMENT_STEMS)


def one_feed(found: list[Found], taken: set[etree._Element], base: str | None) -> list[Found]:
    """Lists of stories standing side by side in one parent with only ad slots (and a
    heading) between them — a feed interleaved with ads — are one related block at the
    parent (the slots stay items of their own)."""
    groups: dict[etree._Element, list[Found]] = {}
    for f in found:
        if isinstance(f.item, Related) and not f.item.title and f.element.tag not in _LINE_TAGS:
            top = _own_box(f.element)
            parent = top.getparent()
            if parent is not None and tag_of(parent) not in NEVER:
                groups.setdefault(parent, []).append(f)
    merged: dict[int, Found | None] = {}
    for parent, members in groups.items():
        if len(members) < 2:
            continue
        tops = {_own_box(m.element) for m in members}
        rest = [c for c in parent if isinstance(c.tag, str) and c not in tops and tag_of(c) not in ("script", "style")]
        if any(c not in taken and c.find(".//a[@href]") is not None for c in rest):
            continue  # something else with links stands among them: several blocks
        rel = related.build_related(parent, base)
        if not rel.items:
            continue
        merged[id(members[0])] = Found(parent, rel)
        for m in members[1:]:
            merged[id(m)] = None
    if not merged:
        return found
    return [g for f in found for g in ([merged[id(f)]] if id(f) in merged else [f]) if g is not None]


#: Tags of a line of the text found as a story link: a line, no list of a feed (two of them
#: in the article's column are two lines, their parent the text).
_LINE_TAGS = frozenset({"p", "h2", "h3", "h4"})


def _own_box(el: etree._Element) -> etree._Element:
    """``el`` or the wrappers around it that hold nothing else (a list in its own div)."""
    node = el
    for _ in range(3):
        parent = node.getparent()
        if parent is None or sum(1 for c in parent if isinstance(c.tag, str) and tag_of(c) not in ("script", "style")) != 1:
            break
        node = parent
    return node


def menu_entry(f: Found) -> bool:
    """A CTA read from the words of one plain link among the links of a menu or link list
    ("Subscriptions", "Newsletter", "Donate" among a footer's links): navigation. A button,
    a form, a box the page names as a CTA by its class, or a link whose nearest neighbours
    are one or two other buttons ("Sign in | Subscribe") is not."""
    item = f.item
    if not isinstance(item, CallToAction) or item.kind not in rules.MENU_ENTRY_KINDS:
        return False
    el = f.element
    if not bare(el) or cta_class(el) or any(True for _ in el.iter("button", "form", "input")):
        return False
    if any(w in rules.BUTTON_WORDS for x in el.iter("a", "span", "div")
           for n in (x.get("class") or "").split() for w in words(n)) or drawn_button(el):
        return False  # a link styled as a button beside the menu (by a class word, or its look)
    if _in_dropdown(el):
        return True
    if list_of_one(el):
        return False  # the odd one out: a list of its own beside the menu's run of links
    node: etree._Element | None = el
    for step in range(rules.MENU_ENTRY_CLIMB + 1):
        if step:
            node = node.getparent() if node is not None else None
            if node is None or tag_of(node) in NEVER or cta_class(node):
                return False
        n = sum(1 for a in islice(node.iter("a"), rules.MENU_ENTRY_LINKS) if a.get("href"))
        if n < 2:
            continue
        if n < rules.MENU_ENTRY_LINKS:
            return False  # the first links beside it are a pair of buttons ("Sign in", "Subscribe")
        # ...a list of links (mostly link text, small), not the page's wrapper
        stats = text_stats(node, max_elements=rules.MENU_ENTRY_ELEMENTS)
        return not stats.truncated and stats.link_chars >= rules.MENU_ENTRY_LINK_SHARE * stats.chars
    return False


def _in_dropdown(el: etree._Element) -> bool:
    """``el`` stands in a dropdown menu: an ancestor (a few levels up) that is a menu
    (``<menu>``, ``role=menu``/``menubar``, a class/id word of ``rules.DROPDOWN_WORDS``)
    holding links to ``MENU_ENTRY_LINKS`` pages or more, mostly link text (a mega menu's
    "Coffee subscription" card beside its other entries)."""
    for node in islice(el.iterancestors(), rules.DROPDOWN_CLIMB):
        if tag_of(node) in NEVER:
            return False
        if not dropdown_named(node):
            continue
        urls = {a.get("href") for a in islice(node.iter("a"), 4 * rules.MENU_ENTRY_LINKS) if a.get("href")}
        if len(urls) < rules.MENU_ENTRY_LINKS:
            continue  # a toggle's own small panel: look further up
        stats = text_stats(node, max_elements=rules.DROPDOWN_ELEMENTS)
        return not stats.truncated and stats.link_chars >= rules.MENU_ENTRY_LINK_SHARE * stats.chars
    return False


def dropdown_named(el: etree._Element) -> bool:
    """``el`` is a dropdown menu by its markup: a ``<menu>``, ``role=menu``/``menubar``, or a
    class/id word of ``rules.DROPDOWN_WORDS`` (asked by ``conversion_links.in_dropdown`` too)."""
    return tag_of(el) == "menu" or (el.get("role") or "").lower() in rules.DROPDOWN_ROLES \
        or class_or_id_named(el, rules.DROPDOWN_WORDS)


def menu_bar(f: Found) -> bool:
    """A share/follow list that is one entry of a navigation menu (a "Social networks" entry
    unfolding Facebook, X, YouTube among ``MENU_BAR_ENTRIES`` or more entries of site
    links, in a ``<nav>``): navigation, no CTA. A bar standing as a block of its own, or
    one the page names as a CTA by its class, is a CTA."""
    item = f.item
    if not isinstance(item, CallToAction) or item.kind not in ("share", "follow"):
        return False
    el = f.element
    if tag_of(el) != "li" or cta_class(el):
        return False
    parent = el.getparent()
    if parent is None or tag_of(parent) not in ("ul", "ol", "menu"):
        return False
    entries = [c for c in parent if tag_of(c) == "li" and c is not el]
    if len(entries) + 1 < rules.MENU_BAR_ENTRIES:
        return False
    # ...whose other entries lead into the site (a menu, not a list of networks)
    plain = 0
    for c in entries:
        a = next((x for x in c.iter("a") if x.get("href")), None)
        if a is not None and ctas.share_or_follow(a.get("href") or "") is None:
            plain += 1
    if plain * 4 < len(entries) * 3:
        return False
    return any(tag_of(a) == "nav" or (a.get("role") or "").lower() == "navigation"
               for a in islice(parent.iterancestors(), rules.MENU_BAR_CLIMB))


def one_per_form(found: list[Found], line: set[etree._Element], base: str | None) -> list[Found]:
    """CTAs of one kind found apart inside one form (its fields, its legend, its consent
    lines, each named a sign-up part by its class): one CTA for the form, the widget they
    are parts of. A form holding the article's text is none."""
    groups: dict[tuple[etree._Element, str], list[Found]] = {}
    for f in found:
        item = f.item
        if not isinstance(item, CallToAction) or item.kind in ("share", "follow") or tag_of(f.element) == "form":
            continue
        form = next(f.element.iterancestors("form"), None)
        if form is not None and form not in line:
            groups.setdefault((form, item.kind), []).append(f)
    holders = {f.element for f in found}
    merged: dict[int, Found | None] = {}
    for (form, kind), members in groups.items():
        if len(members) < 2 or form in holders or not holders.isdisjoint(form.iterancestors()):
            continue  # (the form, or a box around it, is an item already: the parts go with it)
        merged[id(members[0])] = Found(form, ctas.build_cta(form, kind, base))
        for m in members[1:]:
            merged[id(m)] = None
    if not merged:
        return found
    return [g for f in found for g in ([merged[id(f)]] if id(f) in merged else [f]) if g is not None]
