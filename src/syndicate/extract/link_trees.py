"""A list nested in a link-labelled entry of another list is a branch of a link tree, not a
related block of its own.

An archive widget (years -> months -> posts), a category tree, a sitemap: each entry of the
outer list is a link or a toggle ("2025", "January", "► 2019 (13)") with its sub-list below
it. The tree as a whole is too big to be one block, and each sub-list passes as a list of
article links when judged alone: one sidebar archive gave dozens of "related" blocks titled
"January" ... "December". The tree is judged once, at its top (the region walk meets the
top first); its branches are not blocks.

A list under a heading (a widget of a sidebar laid out as ``<ul><li><h2>…</h2><ul>``) or
under prose (a step of the article's own list) is no branch: the entry's lead must be a
link or a control with a short label, standing directly in the entry.
"""

from __future__ import annotations

from lxml import etree

from .rules.link_trees import LEAD_TAGS, LIST_TAGS, MAX_LABEL_CHARS


def tree_branch(el: etree._Element) -> bool:
    """``el`` (a ``ul``/``ol``) sits directly in a list entry whose own lead, before it, is a
    link or a toggle with a short label: a branch of a link tree."""
    entry = el.getparent()
    if entry is None or entry.tag != "li":
        return False
    outer = entry.getparent()
    if outer is None or outer.tag not in LIST_TAGS:
        return False
    lead = False
    chars = len((entry.text or "").strip())
    for child in entry:
        if child is el:
            break
        tag = child.tag
        if type(tag) is not str:
            continue  # (a comment)
        if tag in LIST_TAGS:
            continue  # (an earlier branch of the same node: a year's other months)
        if tag in LEAD_TAGS:
            lead = True
        chars += len("".join(child.itertext()).strip()) + len((child.tail or "").strip())
        if chars > MAX_LABEL_CHARS:
            return False  # prose before the list: a step of a text, not a node's label
    return lead
