"""A "Read more:" prompt the chrome pass took for a call to action that is the label of a line
of the text linking one story of the site ("<h4><strong>READ MORE: </strong><a>Will ChatGPT
Eliminate the College Admissions Essay?</a></h4>"): the line is a related block of one item,
a lead-in and its link set apart, no call to action. The line is told by
``linklines.link_line`` (a related label before a headline linking another article of the
site); a card's "Read more" link, or a prompt in a box of several links, stays a CTA."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .linklines import link_line


def read_more_lines(found: Sequence[Found], hosts: frozenset[str], base: str | None) -> list[Found]:
    """``found`` with each "Read more:" prompt (a ``read_more`` CTA) that labels a story line
    of the text replaced by that line's related block (see the module)."""
    out: list[Found] = []
    for f in found:
        item = f.item
        if isinstance(item, CallToAction) and item.kind == "read_more" \
                and (line := _labelled_line(f.element, hosts, base)) is not None:
            out.append(line)
        else:
            out.append(f)
    return out


def _labelled_line(prompt: etree._Element, hosts: frozenset[str], base: str | None) -> Found | None:
    """The related block of the line ``prompt`` labels: its nearest block ancestor (a few
    levels up, the prompt no link of its own), if ``link_line`` reads it as a label and one
    story link; reported on the wrapper (a blockquote) holding nothing but that line."""
    if prompt.tag == "a" or next(prompt.iterancestors("a"), None) is not None:
        return None  # (a card's "Read more" link: its card, no line)
    node = prompt
    for _ in range(_CLIMB):
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
        if node.tag in _LINE_TAGS:
            break
    else:
        return None
    found = link_line(node, hosts, base)
    if found is None:
        return None
    while (parent := node.getparent()) is not None and parent.tag in _WRAPPERS and _only_child(parent, node):
        node = parent  # (a quote set around the line: the line set apart)
    return Found(node, found.item)


def _only_child(parent: etree._Element, node: etree._Element) -> bool:
    """``node`` is ``parent``'s one element and no words stand beside it."""
    if len(parent) != 1 or (parent.text and not parent.text.isspace()):
        return False
    return not node.tail or node.tail.isspace()


#: Levels climbed from a prompt to its line ("h4 > em > span > strong").
_CLIMB = 4
#: Tags of a line of the text a prompt may label.
_LINE_TAGS = frozenset({"p", "div", "blockquote", "h2", "h3", "h4", "h5", "h6", "li"})
#: Tags that may wrap such a line alone, setting it apart.
_WRAPPERS = frozenset({"blockquote", "aside"})
