"""The article's containers, chosen once the page is scored (``content.analyse``): the
Readability-style choice of the best candidate, climbed to the wrapper of the article's
parts (``sections.merge_sections``), with the siblings that score or read like its text and
the lead above it (``leads``)."""

from __future__ import annotations

from lxml import etree

from .content import Analysis
from .element_hints import HEADINGS, tag_of
from .leads import leads
from .rules import boilerplate as rules
from .sections import merge_sections


def choose(a: Analysis, root: etree._Element) -> tuple[etree._Element | None, list[etree._Element]]:
    """(top candidate, containers of the article in document order) — Readability's choice."""
    scores = a.scores
    ranked = sorted(
        (el for el in scores if tag_of(el) not in ("html",)), key=scores.__getitem__, reverse=True
    )
    if not ranked:
        # No paragraph long enough to score (a very short page): all of it is the article.
        body = root.find("body") if tag_of(root) == "html" else None
        top = body if body is not None else root
        if top in a.skipped or top not in a.text_len:
            return None, []
        return top, [top]
    top = ranked[0]
    top_score = scores[top]
    # Several near-best candidates under one ancestor: the ancestor is the article.
    alternatives = [el for el in ranked[1:5] if scores[el] >= 0.75 * top_score]
    if len(alternatives) >= 3:
        ancestors = list(top.iterancestors())
        for anc in ancestors:
            if tag_of(anc) in ("body", "html"):
                break
            inside = sum(1 for alt in alternatives if _is_ancestor(anc, alt))
            if inside >= 3:
                top = anc
                break
    # An ancestor scoring nearly as well holds more of the article than this one part of it.
    for el in ranked[1:5]:
        if scores[el] >= rules.ANCESTOR_SHARE * top_score and _is_ancestor(el, top):
            top = el
            break
    # Climb while the parent scores better (the article's wrapper, not one column of it).
    last = scores.get(top, 0.0)
    threshold = last / 3
    parent = top.getparent()
    while parent is not None and tag_of(parent) not in ("body", "html"):
        if parent not in scores:
            parent = parent.getparent()
            continue
        ps = scores[parent]
        if ps < threshold:
            break
        if ps > last:
            top = parent
            break
        last = ps
        parent = parent.getparent()
    # A lone child: its parent is the container. An article split into several blocks
    # (sections, paged columns): climb while the parent holds clearly more paragraph text
    # and is still mostly paragraphs.
    good = a.good_len
    if tag_of(top) in ("ol", "ul", "dl") and top.getparent() is not None:
        # A list is part of an article (a listicle's items, a paper's references), never
        # all of it: start from the block around it.
        top = top.getparent()
    parent = top.getparent()
    while parent is not None and tag_of(parent) not in ("body", "html"):
        # (a section's heading does not count: it belongs with the section's content)
        lone = sum(1 for c in parent if isinstance(c.tag, str) and c not in a.skipped
                   and c.tag not in HEADINGS) == 1
        mine, theirs = good.get(top, 0), good.get(parent, 0)
        if not lone and (
            theirs < 1.3 * mine or theirs < 0.6 * a.text_len.get(parent, 1)
            or a.link_density(parent) > 0.3
        ):
            break
        top = parent
        parent = top.getparent()
    top = merge_sections(a, top)

    top_score = scores.get(top, 0.0)
    parent = top.getparent()
    if parent is None:
        return top, [top]
    threshold = max(10.0, top_score * 0.2)
    top_class = top.get("class")
    containers = []
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib in a.skipped:
            if tag_of(sib) == "header" and sib in a.text_len and tag_of(parent) != "body":
                containers.append(sib)  # the article's own header: its lead paragraph
            continue
        if sib is top:
            containers.append(sib)
            continue
        bonus = top_score * 0.2 if top_class and sib.get("class") == top_class else 0.0
        if sib in scores and scores[sib] + bonus >= threshold:
            containers.append(sib)
        elif (
            tag_of(sib) == "p"
            or a.inline_len.get(sib, 0) >= 0.9 * a.text_len.get(sib, 1)
            or (not containers or top not in containers)
            and a.good_len.get(sib, 0) >= 0.9 * a.text_len.get(sib, 1)
        ):  # (text blocks before the article container: its lead)
            # A paragraph beside the article (a standfirst, a lead): part of it if it reads
            # like text, not like links.
            length = a.text_len.get(sib, 0)
            ld = a.link_density(sib)
            if length > 80 and ld < 0.25:
                containers.append(sib)
            elif 0 < length <= 80 and ld == 0 and sib.text_content().rstrip().endswith("."):
                containers.append(sib)
    return top, leads(a, top, containers) + containers


def _is_ancestor(anc: etree._Element, el: etree._Element) -> bool:
    node = el.getparent()
    while node is not None:
        if node is anc:
            return True
        node = node.getparent()
    return False
