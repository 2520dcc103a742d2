"""Call-to-action boxes the body stage cut but no region rule reported.

The body stage leaves out, inside the article container, subtrees whose class/id names a
call to action (``analysis.why`` rule ``inner-chrome:cta``: "cta", "fluid-cta-module",
"_ctaButtons_x1"). The region pass looks for CTAs by their own markers (forms, share
links, conversion targets) and so misses a plain promo button ("Book now", "Kredite
vergleichen") whose target names nothing. The cut is evidence, not proof: the box is a
CTA only when its own structure confirms it, one action (one target, one or two short
link labels) and little text around it (a pitch, not a list of stories).

Boxes the page-wide pass cut as social (``class/id:social``) are weighed the same way,
by the recognisers the region pass uses (``sharebars``): a share or follow bar when its
links go to the networks (``social_bar``) or its link-less controls name two networks
(``network``). The region pass misses such a bar when its controls carry no share URL
("#", "javascript:" with data attributes) or when one link of the row (its newsletter)
was reported alone. (Boxes cut as ``class/id:promo`` were tried as one action: in menus
and headers they were story tags and bylines as often as offers, so they are left out.)
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import compress

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, text_content, text_stats
from .conversion_links import label_kind, link_label, opens_page, target_kind
from .ctas import build_cta, share_or_follow
from .rules import cut_regions as rules
from .rules.chrome_patterns import MAX_BAR_LINKS, MAX_BAR_LOOSE_TEXT
from .rules.regions import MAIL_WORDS
from .sharebars import labelled_control, network, scripted_link, social_bar


def cut_ctas(
    why: Mapping[etree._Element, str], found: list[Found], base: str | None,
) -> list[Found]:
    """The CTA boxes among the subtrees ``why`` records as cut by ``rules.CUT_KINDS`` that no
    item of ``found`` holds or lies in, outermost first (document order is the caller's).
    A social bar may hold items of ``found`` that are single CTAs of its row (its newsletter,
    feed or comments link): those are taken out of ``found``, the bar reports them."""
    # (every skipped element has its rule in ``why``, a few of them these: the filter in C,
    # no Python step per entry)
    cut = list(compress(why, map(rules.CUT_KINDS.__contains__, why.values())))
    if not cut:
        return []
    line: set[etree._Element] = set()  # found items and their ancestors
    inside: set[etree._Element] = set()  # found items
    barred: set[etree._Element] = set()  # found items and the ancestors of those not stray links
    for f in found:
        # (a row's newsletter or RSS link reported alone leaves its bar to be reported)
        stray = isinstance(f.item, CallToAction) and f.item.kind not in _BARS
        for el in (f.element, f.report):
            if el is not None:
                inside.add(el)
                line.add(el)
                barred.add(el)
                up = list(el.iterancestors())
                line.update(up)
                if not stray:
                    barred.update(up)
    cut_set = set(cut)
    out: list[Found] = []
    for el in cut:
        social = why[el] == rules.SOCIAL_RULE
        if el in (barred if social else line) or any(x in cut_set or x in inside for x in el.iterancestors()):
            continue  # (a box inside another cut box, or one a rule already reported)
        kind = _social(el) if social else _action(el)
        if kind is not None:
            out.append(Found(el, build_cta(el, kind, base)))
            if social and el in line:
                found[:] = [f for f in found if not _within(f, el)]
    return out


def _within(f: Found, box: etree._Element) -> bool:
    """Item ``f`` lies inside ``box``."""
    return any(box in x.iterancestors() for x in (f.element, f.report) if x is not None)


def _action(el: etree._Element) -> str | None:
    """The CTA kind of box ``el`` when it is one action: all its links go to one page
    target, each with a short label, and its text beside them is a short pitch."""
    stats = text_stats(el, max_elements=rules.MAX_ELEMENTS)
    if stats.truncated or stats.chars > rules.MAX_CHARS:
        return None
    links = [a for a in el.iter("a") if norm(a.get("href"))]
    if not links or len(links) > rules.MAX_LINKS:
        return None
    hrefs = {(a.get("href") or "").strip() for a in links}
    if len(hrefs) != 1:
        return None  # several targets: a list or a menu, not one action
    href = hrefs.pop()
    if not opens_page(href):
        return None
    if any(not (label := link_label(a)) or len(label.split()) > rules.MAX_LABEL_WORDS for a in links):
        return None  # a linked headline or sentence: a teaser, not a button
    if next(el.iter("form", "input", "iframe"), None) is not None:
        return None  # (a form is the form widgets' job)
    return target_kind(href) or label_kind(links[0], href) or "other"


#: CTA kinds of a bar: a bar found inside a social box leaves the box unreported.
_BARS = frozenset({"share", "follow"})


def _social(el: etree._Element) -> str | None:
    """``share``/``follow`` when social box ``el`` is a bar: its links go to the networks
    (``social_bar``), or its controls without a page link (buttons, ``#``/``javascript:``
    links, elements carrying ``data-*`` share attributes, labelled icons) name two networks
    by their class, data or label, or their list entry's class ("wpex-twitter"); a follow
    bar when its links to profiles are as many as those controls, or no control carries
    share data or a script role."""
    bar = social_bar(el)
    if bar is not None:
        return bar
    named: set[str] = set()
    n_controls = n_follow = n_scripted = 0
    for i, x in enumerate(el.iter("a", "button", "li", "span")):
        if i > rules.MAX_ELEMENTS:
            return None
        tag = x.tag
        if tag == "a":
            href = (x.get("href") or "").strip()
            if href and href[0] != "#" and not href[:11].lower().startswith("javascript:"):
                kind = share_or_follow(href)
                if not kind and len(norm(text_content(x))) >= 3 and network(x) is None:
                    return None  # a page link with words of its own: more than a bar
                n_follow += kind == "follow"
                continue
            if not href and not scripted_link(x):
                continue  # (a bare anchor)
        has_data = any(k.startswith("data-") for k in x.attrib)
        if tag not in ("a", "button") and not labelled_control(x) and not has_data:
            continue
        n_controls += 1
        n_scripted += tag == "button" or x.get("role") == "button" or has_data
        parent = x.getparent()
        w = network(x) or (network(parent) if parent is not None and parent is not el and parent.tag == "li" else None)
        if w is not None:
            named.add(w)
    if n_controls > MAX_BAR_LINKS or len(named - MAIL_WORDS) < 2:
        return None
    stats = text_stats(el, max_elements=rules.MAX_ELEMENTS)
    if stats.truncated or stats.chars > MAX_BAR_LOOSE_TEXT + rules.CONTROL_CHARS * n_controls:
        return None
    # (profile links beside counters or labels: "auf Facebook 127.185" is a follow bar; a row
    # of "#" icons carrying no share data or script role is a follow row the template left
    # without its profile addresses)
    return "follow" if 2 * n_follow >= n_controls or not n_scripted else "share"
