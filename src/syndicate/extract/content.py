"""Main-content detection: the page measured and scored, to find which part is the article.

One iterative (non-recursive) pass over the tree measures every element:
text length, link text length, commas, subtree height, document order. Text
"paragraph units" (``p``, ``pre``, ``td``... and block containers holding
text of their own) give a score to their ancestors, the way Readability
does; each candidate's score is weighed by its tag, its class/id hints
(``element_hints.class_weight``, words in ``rules/boilerplate.py``) and its link density.
The best candidate, with its high-scoring siblings, is the article container (``choose.py``;
widened to the wrapper of its sections by ``sections.merge_sections``). Subtrees found as
chrome elsewhere are never measured; hidden, guarded-tag and class/id-chrome subtrees
(``element_hints``) are measured and dropped afterwards unless they hold most of the page
(the "never lose the article" guard, ``_drop_deferred``). Skipped, not removed: the tree
stays as parsed and locators stay valid. ``Analysis.why`` records the rule of each skip.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field
from itertools import chain, compress

from lxml import etree
from lxml.etree import PI, Comment, Entity

from .chrome_util import ClassesAndIds, classes_and_ids
from .collapsed import collapsed_panel
from .element_hints import (
    NEVER_UNLIKELY,
    UNLIKELY,
    class_weight,
    hiding_class,
    hints,
    is_sidebar,
    not_article,
    style_hides,
    unlikely_hints,
)
from .rules import boilerplate as rules
from .sections import body_wrapper

# (attribute names are given to lxml as bytes, ``el.get(b"class")``: a str name is encoded
# anew on every look-up; the value comes back as str all the same)
_TAG_WEIGHT = {
    "div": 5, "article": 10, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}
_COMMAS = (",", "，", "、", "،")
#: Skipped with their subtree and never measured (guarded tags are measured, then decided).
_PLAIN_SKIP_TAGS = rules.SKIP_TAGS - rules.GUARDED_TAGS
#: The same, and the tags of the nodes that are no elements (comments, processing
#: instructions, entities): the walk tells both apart from the elements it measures in one test.
_PLAIN_SKIP_NODES: frozenset[object] = _PLAIN_SKIP_TAGS | {Comment, PI, Entity}


def _side_column(el: etree._Element, a: Analysis, soft: set[etree._Element]) -> bool:
    """A sidebar holding more text than the article: chrome all the same when it stands beside
    a main column (a sibling with text that is not chrome) and holds no headline."""
    if not is_sidebar(hints(el)) or next(el.iter("h1"), None) is not None:
        return False
    parent = el.getparent()
    if parent is None:
        return False
    return any(sib is not el and sib not in soft and isinstance(sib.tag, str)
               and a.text_len.get(sib, 0) >= 0.25 * a.text_len.get(el, 0) for sib in parent)


def _text_len(s: str) -> int:
    """Characters of ``s`` that are not whitespace. A printable text's only whitespace is
    the space (every other whitespace character is a control or a separator, which
    ``isprintable`` refuses): counted without splitting it into words, most text nodes."""
    return len(s) - s.count(" ") if s.isprintable() else len("".join(s.split()))


def _commas(s: str) -> int:
    # (an ``in`` test before each ``count``: most text holds none of them, and ``count``
    # parses its arguments from a tuple, several times the cost of the test)
    n = s.count(",") if "," in s else 0
    if not s.isascii():  # (_COMMAS[1:], counted without a generator: it runs on every text node)
        if "，" in s:
            n += s.count("，")
        if "、" in s:
            n += s.count("、")
        if "،" in s:
            n += s.count("،")
    return n


@dataclass
class Analysis:
    """Measures of every element that was not skipped (keyed by element)."""

    text_len: dict[etree._Element, int] = field(default_factory=dict)
    #: (``link_len`` and ``inline_len`` hold no zero: read them with ``.get(el, 0)``; most
    #: elements hold no link text, and many no text of their own)
    link_len: dict[etree._Element, int] = field(default_factory=dict)
    #: Subtree height of the elements with children (a measured leaf's, 1, is not stored).
    height: dict[etree._Element, int] = field(default_factory=dict)
    order: dict[etree._Element, int] = field(default_factory=dict)
    #: Elements skipped as chrome or non-content (their subtree was not measured).
    skipped: set[etree._Element] = field(default_factory=set)
    #: Elements with a skipped element somewhere below them.
    holds_skipped: set[etree._Element] = field(default_factory=set)
    scores: dict[etree._Element, float] = field(default_factory=dict)
    #: Text of the paragraph units below each element (article-like text).
    good_len: dict[etree._Element, int] = field(default_factory=dict)
    #: Text of the element outside its block-level children (its own paragraph text).
    inline_len: dict[etree._Element, int] = field(default_factory=dict)
    #: Why each element was skipped, or deferred ("hidden", "tag:button", "class/id:menu",
    #: "chrome", "side-column"), for the extraction trace (``extract/trace.py``).
    why: dict[etree._Element, str] = field(default_factory=dict)
    #: Deferred subtrees that a skip rule would have dropped but the guard kept (they hold
    #: most of the page's text), with the rule.
    kept: dict[etree._Element, str] = field(default_factory=dict)
    #: Deferred subtrees dropped (their own rule, or inside one dropped).
    skipped_deferred: set[etree._Element] = field(default_factory=set)

    def link_density(self, el: etree._Element) -> float:
        """Share of the element's text that sits inside links (0 when it has no text)."""
        total = self.text_len.get(el, 0)
        return self.link_len.get(el, 0) / total if total else 0.0


#: The elements with a ``hidden`` or ``style`` attribute (found in C: two ``el.get`` calls
#: on every element cost several times this walk; the ``/..`` step gives the elements
#: themselves, without a string result made for each attribute).
_FLAGGED = etree.XPath("/descendant::*/@hidden/.. | /descendant::*/@style/..")


def analyse(
    root: etree._Element,
    hard_skip: Container[etree._Element],
    *,
    soft_skip: bool = True,
    nodes: list[etree._Element] | None = None,
    names: ClassesAndIds | None = None,
) -> Analysis:
    """Measure and score the page in one iterative pass.

    ``hard_skip`` holds the elements that are never content (chrome found elsewhere;
    tested with ``in``); with ``soft_skip`` class/id and element-type chrome is skipped too.
    ``nodes``: ``list(root.iter())``, when the caller holds it already, and ``names`` its
    ``chrome_util.classes_and_ids`` (the chrome pass reads them too).
    """
    a = Analysis()
    text_len, link_len, height, order = a.text_len, a.link_len, a.height, a.order
    inline_len = a.inline_len
    units: list[tuple[etree._Element, int, int, etree._Element | None]] = []
    counter = 0
    inline_tags = rules.INLINE_TAGS
    skip_tags, plain_skip = rules.SKIP_TAGS, _PLAIN_SKIP_NODES
    para_tags = rules.PARAGRAPH_TAGS
    chrome_tags = rules.CHROME_TAGS
    min_chars = rules.MIN_PARAGRAPH_CHARS
    unlikely = UNLIKELY.match
    hidden_style = style_hides
    hiding = hiding_class

    # Hidden subtrees, guarded element types (rules.GUARDED_TAGS) and, with soft_skip,
    # chrome by class/id are measured like the rest and only dropped afterwards, unless
    # they hold most of the page: broken markup leaves the article inside a <header> or a
    # <button>, server-rendered pages stream it into a hidden wrapper a script reveals.
    soft: list[etree._Element] = []
    why = a.why
    skipped = a.skipped
    holds_skipped = a.holds_skipped
    guarded_tags = rules.GUARDED_TAGS
    reason_tags = guarded_tags | chrome_tags  # (the tags that give a reason by themselves)
    outer: dict[etree._Element, etree._Element | None] = {}
    deferred: list[etree._Element] = []  # (the deferred elements open around the walk)
    d_top: etree._Element | None = None  # (``deferred[-1]``, kept at hand: read at every element's end)
    # One walk in lxml's C iterator over every node, in document order (cheaper than
    # iterwalk's events). The measures of the open element live in local variables
    # (``c_*``) and those of its ancestors on a stack: when a node's parent is not the open
    # element, the open elements up to its parent have ended (post-order, innermost first),
    # and each adds its measures and its tail to its parent's, so no element's children are
    # visited twice. Skipped subtrees are passed over (``dead``: their nodes' parents are
    # skipped or dead). Comments and processing instructions only add their tail; a final
    # ``None`` closes what is still open.
    top = root.getparent()
    if nodes is None:
        nodes = list(root.iter())
    classes, ids, tags = classes_and_ids(nodes) if names is None else names
    # Each node's parent, and the next node's: a node is a leaf (``not len(el)``) when the
    # next one is not its child (lxml's ``len`` counts the children anew on every call).
    # (lxml's method mapped in C: no Python frame step per node)
    parents = list(map(etree._Element.getparent, nodes))
    next_parents = parents[1:]
    next_parents.append(top)  # (the last node's next one: the page's end)
    flagged = set(_FLAGGED(root))
    dead: set[etree._Element] = set()
    stack: list[tuple] = []
    c_el: etree._Element | None = top
    c_tag = ""
    c_holds = False
    c_commas = c_total = c_links = c_block = c_tallest = 0
    # (the lists zipped as they are and one final row, no element, after them: a row costs
    # one iterator step more, not one for each list)
    for el, parent, next_parent, cls, ident, tag in chain(
            zip(nodes, parents, next_parents, classes, ids, tags, strict=True),
            ((None, top, None, None, None, None),)):
        # (most nodes are children of the open element: no test of ``dead``, nothing ends)
        if parent is not c_el and parent in dead:  # inside a skipped subtree: never measured
            if next_parent is el:  # (a leaf is no node's parent: not recorded)
                dead.add(el)
            continue
        while c_el is not parent:
            done = c_el
            if done is d_top:
                soft_anc: etree._Element | None = deferred.pop()
                d_top = deferred[-1] if deferred else None
            else:
                soft_anc = d_top
            # Post-order: children measured.
            total = c_total
            text_len[done] = total
            links = total if c_tag == "a" else c_links
            if links:
                link_len[done] = links
            n_commas = c_commas
            h = height[done] = c_tallest + 1
            own = total - c_block
            if own:
                inline_len[done] = own
            holds = c_holds
            if holds:
                holds_skipped.add(done)
            is_inline = c_tag in inline_tags  # (looked up here once, not kept on the stack)
            # (own <= total: an element with less text than a paragraph is no unit, most
            # elements ended here; one test first)
            if total >= min_chars and not is_inline and (own >= min_chars or c_tag in para_tags):
                units.append((done, total if c_tag in para_tags else own, n_commas, soft_anc))
            (c_el, c_tag, c_holds, c_commas, c_total, c_links, c_block, c_tallest) = stack.pop()
            # (into the parent: this element's measures and its tail, the parent's own text)
            tail = done.tail
            if tail and not tail.isspace():
                c_total += len(tail) - tail.count(" ") if tail.isprintable() else len("".join(tail.split()))
                c_commas += (tail.count(",") if "," in tail else 0) if tail.isascii() else _commas(tail)
            c_total += total
            c_links += links
            c_commas += n_commas
            c_block += total - own if is_inline else total
            if h > c_tallest:
                c_tallest = h
            if holds:
                c_holds = True
        if el is None:
            break
        # (``tag``, ``cls`` and ``ident``: read for the whole page at once, shared with the chrome
        # walk; libxml2's HTML parser gives every element name in lower case: no .lower())
        if tag in plain_skip or el in hard_skip:  # (with the non-elements: one test for most nodes)
            if type(tag) is not str:
                if not (tag is Comment or tag is PI):
                    continue  # (entities count nothing; a comment's tail is its parent's text)
            else:
                order[el] = counter
                counter += 1
                skipped.add(el)
                if tag not in skip_tags:
                    why[el] = "chrome"
                if next_parent is el:  # (a leaf is no node's parent: not recorded)
                    dead.add(el)
                # (its tail is still its parent's text; the parent now holds a skip)
                c_holds = True
            tail = el.tail
            if tail and not tail.isspace():
                c_total += len(tail) - tail.count(" ") if tail.isprintable() else len("".join(tail.split()))
                c_commas += (tail.count(",") if "," in tail else 0) if tail.isascii() else _commas(tail)
            continue
        order[el] = counter
        counter += 1
        reason = None
        if not cls and not ident and tag not in reason_tags and el not in flagged:
            pass  # (most elements: no class, id, hiding attribute or guarded/chrome tag, no reason below)
        elif tag in guarded_tags:
            reason = "tag:" + tag
        elif (
            # is_hidden(el), inlined: it runs on every element (a hiding class first, its answer
            # remembered per class string, then the attributes of the few elements in
            # ``flagged``: one set look-up each)
            (cls and hiding(cls) and tag.lower() not in NEVER_UNLIKELY)
            or (el in flagged and (el.get(b"hidden") is not None
                                   or ((style := el.get(b"style")) and hidden_style(style))))
        ) and not collapsed_panel(el):
            reason = "hidden"
        elif soft_skip:
            # is_unlikely(el, tag) and unlikely_match(el), inlined: one match per element
            if tag in chrome_tags:
                reason = "tag:" + tag
            elif tag not in NEVER_UNLIKELY:
                hit = (cls and unlikely(cls)) or (ident and unlikely(ident))
                if hit and el.get(b"itemprop") != "articleBody" and unlikely_hints(
                    f"{cls or ''} {ident or ''}".lower()
                ):
                    reason = "class/id:" + hit
        if next_parent is not el:  # (not len(el))
            # A leaf (half the elements): measured and added to its parent here, never
            # opened (nothing comes between its start and its end: every dict and list
            # gets its entries in the same order).
            if reason is not None:
                why[el] = reason
                soft.append(el)
                outer[el] = d_top
            text = el.text
            if text and not text.isspace():
                total = len(text) - text.count(" ") if text.isprintable() else len("".join(text.split()))
                n_commas = (text.count(",") if "," in text else 0) if text.isascii() else _commas(text)
                text_len[el] = inline_len[el] = total
                if tag == "a":
                    links = link_len[el] = total
                else:
                    links = 0
                if total >= min_chars and tag not in inline_tags:
                    units.append((el, total, n_commas, el if reason is not None else d_top))
                c_total += total
                c_links += links
                c_commas += n_commas
                if tag not in inline_tags:
                    c_block += total
            else:  # (no text, as most leaves: nothing to add to the parent's measures)
                text_len[el] = 0
            tail = el.tail
            if tail and not tail.isspace():
                c_total += len(tail) - tail.count(" ") if tail.isprintable() else len("".join(tail.split()))
                c_commas += (tail.count(",") if "," in tail else 0) if tail.isascii() else _commas(tail)
            if not c_tallest:
                c_tallest = 1
            continue
        if reason is not None:
            why[el] = reason
            soft.append(el)
            outer[el] = d_top
            deferred.append(el)
            d_top = el
        stack.append((c_el, c_tag, c_holds, c_commas, c_total, c_links, c_block, c_tallest))
        c_el, c_tag, c_holds = el, tag, False
        c_links = c_block = c_tallest = 0
        # (_text_len and _commas inlined: they run on every text node; the element's own
        # text and its children's tails go straight into its total)
        text = el.text
        if text and not text.isspace():  # (most text nodes are indentation: skip them fast)
            c_total = len(text) - text.count(" ") if text.isprintable() else len("".join(text.split()))
            c_commas = (text.count(",") if "," in text else 0) if text.isascii() else _commas(text)
        else:
            c_total = c_commas = 0

    _drop_deferred(a, soft, outer, text_len.get(root, 0))
    if gone := a.skipped_deferred:  # (the set bound once, and no filter when nothing was dropped)
        units = [u for u in units if u[3] is None or u[3] not in gone]
    _score(a, units, root)
    return a


#: The rules (``Analysis.why``) of subtrees that were never visible: hidden, or a guarded tag.
_INVISIBLE_RULES = frozenset({"hidden", *("tag:" + t for t in rules.GUARDED_TAGS)})


def _drop_deferred(
    a: Analysis, deferred: list[etree._Element], outer: dict[etree._Element, etree._Element | None],
    page: int,
) -> None:
    """Drop the deferred subtrees (hidden, guarded tags, class/id chrome) unless they hold
    more than ``rules.GUARD_SHARE`` of the page's text: the guard that never loses the
    article. Hidden and guarded-tag subtrees are decided first, against the whole page,
    and their text taken back out of their ancestors' measures (they were never visible);
    class/id chrome is then decided against the visible text. A subtree inside a dropped
    one is dropped with it (``a.skipped_deferred``)."""
    text_len, link_len = a.text_len, a.link_len
    why = a.why
    share = rules.GUARD_SHARE
    gone = a.skipped_deferred
    # (the rules of hidden and guarded-tag subtrees as a set: the deferred elements' rules are
    # looked up and tested in C, no Python step for each of the page's hundreds)
    invisible = list(compress(deferred, map(_INVISIBLE_RULES.__contains__, map(why.__getitem__, deferred))))
    visible_page = page
    for el in invisible:
        anc = outer[el]
        if anc is not None and anc in gone:
            gone.add(el)
            continue
        if text_len.get(el, 0) > share * page and not not_article(el):
            a.kept[el] = why[el]
            continue
        gone.add(el)
        t, links = text_len.get(el, 0), link_len.get(el, 0)
        if anc is None or anc not in gone:
            visible_page -= t
            if t or links:
                # (climbed with getparent: an iterancestors iterator costs more than most climbs)
                x = el.getparent()
                while x is not None:
                    if x in text_len:
                        text_len[x] -= t
                        if links:  # (an element around link text holds some: its entry is there)
                            link_len[x] -= links
                    x = x.getparent()
    soft_set = set(deferred).difference(invisible)
    # Class/id chrome is weighed against the text outside the page's own chrome elements
    # (header, nav, footer, aside): a long menu must not make the article look small.
    chrome_text = sum(
        text_len.get(el, 0) for el in soft_set
        if why[el].startswith("tag:") and outer[el] is None
        and text_len.get(el, 0) <= share * visible_page
    )
    body_page = max(visible_page - chrome_text, 1)
    for el in deferred:
        anc = outer[el]
        if el in gone:
            continue
        if anc is not None and anc in gone:
            gone.add(el)
            continue
        if el not in soft_set:
            continue
        limit = (body_page if text_len.get(el, 0) >= rules.GUARD_BODY_MIN_CHARS
                 and not why[el].startswith("tag:") else visible_page)
        # (the headline block of a wrapper the guard kept is the article's own header)
        own_header = anc is not None and anc in a.kept and next(el.iter("h1"), None) is not None
        if ((text_len.get(el, 0) <= share * limit and not own_header) or not_article(el)
                or _side_column(el, a, soft_set)) and not body_wrapper(a, el):
            gone.add(el)
        else:
            a.kept[el] = why[el]
    skipped, holds_skipped = a.skipped, a.holds_skipped
    skipped.update(gone)
    for el in gone:
        anc = el.getparent()  # (most climbs stop at once: no iterancestors iterator)
        while anc is not None and anc not in holds_skipped:
            holds_skipped.add(anc)
            anc = anc.getparent()


#: What a paragraph unit's score is divided by for its parent (None: given whole) and each
#: ancestor above it, up to the fifth.
_LEVEL_SHARES = (None, 2, 6, 9, 12)


def _score(a: Analysis, units: list, root: etree._Element) -> None:
    scores = a.scores
    text_len, link_len = a.text_len, a.link_len
    for el, length, n_commas, _ in units:
        score = 1 + n_commas + min(length // 100, 3)
        node = el
        for share in _LEVEL_SHARES:  # (the parent and four more ancestors)
            node = node.getparent()
            if node is None:
                break
            old = scores.get(node)
            if old is None:
                # Class hints only count for elements with some text of their own: a title
                # block called "page-title" must not outweigh the article.
                weight = class_weight(node) if text_len.get(node, 0) >= 200 else 0
                old = _TAG_WEIGHT.get(node.tag, 0) + weight  # (ancestors: elements)
            scores[node] = old + (score if share is None else score / share)
    for el in scores:  # (a.link_density(el), inlined: the same expression)
        total = text_len.get(el, 0)
        scores[el] *= 1 - (link_len.get(el, 0) / total if total else 0.0)
    # Paragraph text below each element (units that read as text, not as link lists).
    # Bottom-up: each unit's length goes to its parent, each chain is climbed only up to an
    # element already reached, then the sums flow to the parents children-first (reverse
    # document order). Only ``.get`` reads ``good_len``, so its key order does not matter.
    good = a.good_len
    up: dict[etree._Element, etree._Element | None] = {}
    order = a.order
    for el, length, _, _ in units:
        total = text_len.get(el, 0)
        if total and link_len.get(el, 0) / total >= 0.3:  # (a.link_density(el) >= 0.3)
            continue
        node = el.getparent()
        if node is None:
            continue
        good[node] = good.get(node, 0) + length
        # (elements above the analysed root, if any, are not measured: the climb stops)
        while node is not None and node not in up and node in order:
            parent = up[node] = node.getparent()
            node = parent
    for node in sorted(up, key=order.__getitem__, reverse=True):
        parent = up[node]
        if parent in up:
            good[parent] = good.get(parent, 0) + good.get(node, 0)
