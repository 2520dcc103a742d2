"""Call-to-action boxes the body stage cut but no region rule reported.

The body stage leaves out, inside the article container, subtrees whose class/id names a
call to action (``analysis.why`` rule ``inner-chrome:cta``: "cta", "fluid-cta-module",
"_ctaButtons_x1"). The region pass looks for CTAs by their own markers (forms, share
links, conversion targets) and so misses a plain promo button ("Book now", "Kredite
vergleichen") whose target names nothing. The cut is evidence, not proof: the box is a
CTA only when its own structure confirms it, one action (one target, one or two short
link labels) and little text around it (a pitch, not a list of stories).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from lxml import etree

from .chrome import Found
from .chrome_util import norm, tag_of, text_stats
from .conversion_links import label_kind, link_label, target_kind
from .ctas import build_cta
from .rules import cut_regions as rules
from .rules.chrome_patterns import NO_PAGE_HREF


def cut_ctas(
    why: Mapping[etree._Element, str], found: Sequence[Found], base: str | None,
) -> list[Found]:
    """The CTA boxes among the subtrees ``why`` records as cut by ``rules.CTA_RULE`` that no
    item of ``found`` holds or lies in, outermost first (document order is the caller's)."""
    cut = [el for el, rule in why.items() if rule == rules.CTA_RULE]
    if not cut:
        return []
    line: set[etree._Element] = set()  # found items and their ancestors
    inside: set[etree._Element] = set()  # found items
    for f in found:
        for el in (f.element, f.report):
            if el is not None:
                inside.add(el)
                line.add(el)
                line.update(el.iterancestors())
    cut_set = set(cut)
    out: list[Found] = []
    for el in cut:
        if el in line or any(x in cut_set or x in inside for x in el.iterancestors()):
            continue  # (a box inside another cut box, or one a rule already reported)
        kind = _action(el)
        if kind is not None:
            out.append(Found(el, build_cta(el, kind, base)))
    return out


def _action(el: etree._Element) -> str | None:
    """The CTA kind of box ``el`` when it is one action: all its links go to one page
    target, each with a short label, and its text beside them is a short pitch."""
    stats = text_stats(el, max_elements=rules.MAX_ELEMENTS)
    if stats.truncated or stats.chars > rules.MAX_CHARS:
        return None
    links = list(_links(el.iter("a")))
    if not links or len(links) > rules.MAX_LINKS:
        return None
    hrefs = {(a.get("href") or "").strip() for a in links}
    if len(hrefs) != 1:
        return None  # several targets: a list or a menu, not one action
    href = hrefs.pop()
    if not href or href[0] in "#?" or href[:11].lower().startswith(NO_PAGE_HREF):
        return None
    if any(not (label := link_label(a)) or len(label.split()) > rules.MAX_LABEL_WORDS for a in links):
        return None  # a linked headline or sentence: a teaser, not a button
    if next(el.iter("form", "input", "iframe"), None) is not None:
        return None  # (a form is the form widgets' job)
    return target_kind(href) or label_kind(links[0], href) or "other"


def _links(nodes: Iterable[etree._Element]) -> Iterable[etree._Element]:
    for a in nodes:
        if tag_of(a) == "a" and norm(a.get("href")):
            yield a
