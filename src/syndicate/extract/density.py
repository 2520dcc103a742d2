"""A second, structurally different body candidate: where the page's paragraph text is.

The first candidate (``choose.choose``) is Readability-style: the best-scoring element
and its siblings. When the body it yields is small against the page's readable text, the
article was probably split away from it (a page builder, odd nesting) or a rule skipped
part of it. This candidate ignores scores: from the page root it descends, while one
child alone holds at least ``rules.DENSE_SHARE`` of the page's paragraph text
(``Analysis.good_len``: text in paragraph units, not link lists), into that child. The
element where it stops is the smallest one holding most of the readable text.
"""

from __future__ import annotations

from lxml import etree

from .content import Analysis
from .element_hints import tag_of
from .rules import boilerplate as rules
from .sections import linked_headlines


def readable_chars(a: Analysis, root: etree._Element) -> int:
    """The page's paragraph text (characters of its paragraph units that are not link
    lists, outside skipped subtrees)."""
    return a.good_len.get(root, 0)


def dense_container(a: Analysis, root: etree._Element) -> etree._Element | None:
    """The smallest element holding at least ``rules.DENSE_SHARE`` of the page's paragraph
    text, or None for a page without paragraph text."""
    good = a.good_len
    total = good.get(root, 0)
    if not total:
        return None
    need = rules.DENSE_SHARE * total
    node = root
    while True:
        best = None
        for child in node:
            if isinstance(child.tag, str) and child not in a.skipped and good.get(child, 0) >= need:
                best = child
                break
        if best is None:
            break
        node = best
    if tag_of(node) == "html":
        body = node.find("body")
        node = body if body is not None else node
    return node


def widens(node: etree._Element, containers: list[etree._Element], first: int) -> bool:
    """The density candidate ``node`` may only widen the first body (``containers``, whose
    blocks hold ``first`` characters) to an ancestor of it, never a list (``ul``, ``ol``)
    or the whole page. Around a first body that is an article of its own (at least
    ``rules.SECOND_ARTICLE_CHARS``), a list of posts (headlines that link to their own
    pages) is other stories, not more of this one; around a smaller first body (one card of
    a listing: a course, a webcam, a product) the listing is the page's content."""
    if tag_of(node) in ("ul", "ol", "body", "html"):
        return False
    if first >= rules.SECOND_ARTICLE_CHARS and linked_headlines(node) >= 2:
        return False
    return all(c is node or node in set(c.iterancestors()) for c in containers)
