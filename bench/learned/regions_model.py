"""EXPERIMENT (not part of the package): a learned second chance for related blocks and
calls to action the rules left out. See README.md beside this file for the figures.

After the region pass (``regions.py``) has found what its rules know, the page's remaining
regions outside the body — elements holding links, a form or a button, not inside or
around anything already found, not holding a body block — are described by a fixed row of
structural numbers (:data:`FEATURES`: link counts and kinds, form fields, text and link
text, headings and whether their words hit the project's phrase tables, class/id hits of
the project's token tables, where the region stands relative to the body, sibling
repetition) and scored by a small model trained on the labelled pages
(``model_data.py`` beside this file, written by ``train.py``). A region scored above
the model's threshold is reported as a related block or a CTA, the best-scored first, none
inside or around another.

The model is a data table (boosted shallow trees: feature index, threshold, branches, leaf
values); scoring is a few comparisons per tree in plain Python. ``install()`` wraps the
reader's region pass (``syndicate.readers.html.detect_regions``) so that ``syndicate.parse``
reports the model's picks too; the package itself is unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from lxml import etree

import syndicate.readers.html as reader
from syndicate.extract import ctas as cta_rules
from syndicate.extract.chrome import Found
from syndicate.extract.chrome_text import cta_kind, related_heading
from syndicate.extract.chrome_util import norm, text_content
from syndicate.extract.comment_sections import comment_named
from syndicate.extract.linklists import link_facts, site_hosts
from syndicate.extract.region_names import EDGE, MENU, area_of, heading_before, not_related_class
from syndicate.extract.related import build_related, is_related_class, is_sponsored_class
from syndicate.model import AdSlot, CallToAction, Related

try:
    import model_data as model  # (bench/learned on sys.path)
except ImportError:  # pragma: no cover
    from . import model_data as model  # type: ignore[no-redef]

#: Elements that may be a candidate region.
_CAND_TAGS = frozenset({
    "div", "section", "aside", "ul", "ol", "nav", "footer", "header", "form", "p", "table",
    "dl", "figure", "article", "center", "span", "li",
})
_SKIP = frozenset({
    "head", "script", "style", "noscript", "template", "title", "meta", "link", "svg", "math",
    "select", "option", "textarea", "video", "audio", "picture", "source", "img", "iframe",
})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
#: A region holding more links than this is a page area, no widget.
MAX_LINKS = 60
#: Nodes of a candidate read for its features (a larger one is described by its first ones).
MAX_NODES = 800
#: Levels below a list entry (an element with 2+ siblings of its tag and class) before an
#: element may be a candidate again.
ENTRY_LEVELS = 4
#: Tags an entry may have (None: any; a paragraph or a sidebar widget repeats its tag and
#: class without being a card of a listing).
ENTRY_TAGS: frozenset[str] | None = frozenset({"li", "figure", "article", "dd", "tr"})
#: Picks per page and category at most.
MAX_PICKS = 2
#: Candidates per page (the first in document order).
MAX_CANDIDATES = 400
KINDS = ("newsletter", "subscribe", "share", "follow", "comments", "contact", "donate", "app",
         "other", "read_more")
_AREA_TAGS = ("header", "footer", "nav", "aside", "form")

FEATURES = (
    "log_nodes", "log_chars", "link_share", "log_links", "log_urls", "art_share", "log_articles",
    "log_headlines", "log_art_img", "log_social", "share_share", "follow_share", "log_nopage",
    "log_mailto", "log_img", "log_iframe", "log_inputs", "email_input", "password", "textarea",
    "log_buttons", "forms", "log_li", "log_headings", "log_p", "long_p",
    "head_related", "head_cta", "before_related", "before_cta", "text_cta",
    *(f"kind_text_{k}" for k in KINDS[:9]),
    "cls_related", "cls_sponsored", "cls_cta", *(f"cls_{k}" for k in KINDS[:8]), "cls_comment",
    "cls_not_related", "area_menu", "area_edge",
    "pos_before", "pos_after", "pos_between", "in_column", "climb", "depth",
    *(f"in_{t}" for t in _AREA_TAGS), "log_children", "same_children", "log_same_siblings",
    "avg_link_words",
)
_IDX = {name: i for i, name in enumerate(FEATURES)}

#: Set by ``dataset.py``: called with (root, body, found, hosts, candidates) for every page read.
RECORD: Callable[..., None] | None = None


_RULES_ONLY = reader.detect_regions


def install(use_model: bool = True) -> None:
    """Wrap the reader's region pass: the rules' regions, then (``use_model``) the model's
    picks among what is left; ``RECORD`` sees every page's candidates either way."""
    def detect_regions(root, base, urls, body, found):  # type: ignore[no-untyped-def]
        out = _RULES_ONLY(root, base, urls, body, found)
        hosts = site_hosts(root, *urls)
        picks = second_chance(root, body, out, hosts, base)
        return out + picks if use_model else out

    reader.detect_regions = detect_regions


def _log(n: float) -> float:
    return math.log1p(n)


def second_chance(root: etree._Element, body: Sequence[etree._Element], found: Sequence[Found],
                  hosts: frozenset[str], base: str | None) -> list[Found]:
    """The related blocks and CTAs the model finds among the regions nothing else took."""
    if not model.RELATED and not model.CTA and RECORD is None:
        return []
    cands = candidates(root, body, found, hosts)
    if RECORD is not None:
        RECORD(root, body, found, hosts, cands)
    picks: list[tuple[float, int, etree._Element, list[float], str]] = []
    for i, (el, row) in enumerate(cands):
        rel = _score(model.RELATED, row) if model.RELATED else -99.0
        cta = _score(model.CTA, row) if model.CTA else -99.0
        if rel >= model.RELATED_CUT and rel - model.RELATED_CUT >= cta - model.CTA_CUT:
            picks.append((rel - model.RELATED_CUT, i, el, row, "related"))
        elif cta >= model.CTA_CUT:
            picks.append((cta - model.CTA_CUT, i, el, row, "cta"))
    if not picks:
        return []
    picks.sort(key=lambda p: (-p[0], p[1]))
    chosen: set[etree._Element] = set()
    around: set[etree._Element] = set()  # ancestors of the chosen
    out = []
    taken = {"related": 0, "cta": 0}
    for _, _, el, row, what in picks:
        if taken[what] >= MAX_PICKS or el in around or any(a in chosen for a in el.iterancestors()):
            continue
        taken[what] += 1
        chosen.add(el)
        around.update(el.iterancestors())
        if what == "related":
            out.append(Found(el, build_related(el, base)))
        else:
            out.append(Found(el, cta_rules.build_cta(el, _kind(row), base)))
    return out


def _score(trees: tuple, row: list[float]) -> float:
    """The model's margin for ``row``: the sum of each tree's leaf (a tree is a tuple of
    nodes ``(feature, threshold, left, right)``, a leaf ``(-1, value, 0, 0)``)."""
    if trees[0] == "linear":  # a linear model: ("linear", bias, ((feature, weight), ...))
        return trees[1] + sum(w * row[j] for j, w in trees[2])
    total = 0.0
    for tree in trees:
        node = tree[0]
        while node[0] >= 0:
            node = tree[node[2] if row[node[0]] <= node[1] else node[3]]
        total += node[1]
    return total


def _kind(row: list[float]) -> str:
    """The CTA kind of a region the model took for a CTA: the kind its links, fields and
    words name (``model.KIND_TREES``' vote), else ``other``."""
    best, kind = -1e9, "other"
    for k, trees in model.KIND_TREES:
        s = _score(trees, row)
        if s > best:
            best, kind = s, k
    return kind


def candidates(root: etree._Element, body: Sequence[etree._Element], found: Sequence[Found],
               hosts: frozenset[str]) -> list[tuple[etree._Element, list[float]]]:
    """The regions outside the body and outside what was found, with their feature rows."""
    claimed: set[etree._Element] = set(body)
    for f in found:
        claimed.add(f.element)
        if f.report is not None:
            claimed.add(f.report)
    line: set[etree._Element] = set()
    for el in claimed:
        for anc in el.iterancestors():
            if anc in line:
                break
            line.add(anc)
    # The body's column: the lowest element holding every body block.
    held: dict[etree._Element, int] = {}
    for el in body:
        for anc in el.iterancestors():
            held[anc] = held.get(anc, 0) + 1
    column = None
    if body:
        column = next((a for a in body[0].iterancestors() if held.get(a, 0) == len(body)), None)
    column_depth = sum(1 for _ in column.iterancestors()) if column is not None else 0
    body_set = set(body)
    first_body = last_body = -1
    out: list[tuple[etree._Element, int, int]] = []  # (element, order, depth)
    facts: dict = {}
    order = 0
    # (element, depth, levels below a list entry: an element with 2+ siblings of its tag and
    # class, a card of a listing or gallery, is no region, nor what lies just below it)
    stack: list[tuple[etree._Element, int, int]] = [(root, 0, ENTRY_LEVELS)]
    while stack:
        el, depth, below = stack.pop()
        tag = el.tag
        if type(tag) is not str:
            continue
        order += 1
        if el in body_set:
            if first_body < 0:
                first_body = order
            last_body = order
            continue
        if el in claimed:
            continue
        tag = tag.lower()
        if tag in _SKIP:
            continue
        if below >= ENTRY_LEVELS and el not in line and tag in _CAND_TAGS and len(out) < MAX_CANDIDATES \
                and _has_content(el):
            out.append((el, order, depth))
        sigs: dict[tuple[str, str | None], int] = {}
        kids = [c for c in el if type(c.tag) is str]
        for c in kids:
            sig = (c.tag, c.get("class"))
            sigs[sig] = sigs.get(sig, 0) + 1
        for c in reversed(kids):
            entry = sigs[(c.tag, c.get("class"))] >= 3 and (ENTRY_TAGS is None or c.tag in ENTRY_TAGS)
            stack.append((c, depth + 1, 0 if entry else below + 1))
    rows = []
    for el, at, depth in out:
        row = _row(el, hosts, facts)
        if row is None:
            continue
        i = _IDX
        row[i["pos_before"]] = float(first_body >= 0 and at < first_body)
        row[i["pos_after"]] = float(last_body >= 0 and at > last_body)
        row[i["pos_between"]] = float(first_body >= 0 and first_body < at < last_body)
        row[i["depth"]] = float(depth)
        climb = 0
        tags = set()
        junction = None
        for anc in el.iterancestors():
            t = anc.tag
            if type(t) is str:
                tags.add(t.lower())
            if junction is None:
                climb += 1
                if anc in held:
                    junction = anc
        if junction is not None and column is not None:
            # levels the candidate's lowest ancestor on the body's line stands above the column
            row[i["climb"]] = float(min(climb, 10))
            row[i["in_column"]] = float(column_depth - (depth - climb))
        for t in _AREA_TAGS:
            row[i[f"in_{t}"]] = float(t in tags)
        rows.append((el, row))
    return rows


def _has_content(el: etree._Element) -> bool:
    """Some link, form, button or frame below ``el``, and not too many links."""
    n = 0
    for x in el.iter("a", "form", "button", "iframe", "input"):
        if x.tag == "a":
            if x.get("href") is None:
                continue
            n += 1
            if n > MAX_LINKS:
                return False
        else:
            return True
    return n > 0


def _row(el: etree._Element, hosts: frozenset[str], facts: dict) -> list[float] | None:
    i = _IDX
    row = [0.0] * len(FEATURES)
    nodes = chars = link_chars = links = articles = headlines = art_img = social = shares = 0
    follows = nopage = mailto = imgs = iframes = inputs = email = password = textarea = 0
    buttons = forms = lis = headings = ps = long_p = 0
    kind_text = dict.fromkeys(KINDS, 0)
    urls = set()
    head_text = None
    link_words = 0
    for node in el.iter():
        tag = node.tag
        if type(tag) is not str:
            continue
        nodes += 1
        if nodes > MAX_NODES:
            break
        tag = tag.lower()
        if tag in _INVISIBLE:
            continue
        if node.text:
            chars += len(node.text.strip())
        if node is not el and node.tail:
            chars += len(node.tail.strip())
        if tag == "a":
            href = node.get("href")
            if href is None:
                continue
            links += 1
            href = href.strip()
            if href.startswith(("#", "javascript:", "JavaScript:")):
                nopage += 1
            elif href.startswith("mailto:"):
                mailto += 1
            so = cta_rules.share_or_follow(href) if href else None
            if so is not None:
                social += 1
                if so == "share":
                    shares += 1
                else:
                    follows += 1
            got = facts.get(node)
            if got is None:
                got = facts[node] = link_facts(node, hosts)
            key, article, length, image, headline = got
            link_chars += length
            if key is not None:
                urls.add(key)
            if article:
                articles += 1
                headlines += headline
                art_img += image
            text = norm(text_content(node))
            if text:
                link_words += len(text.split())
                if len(text) <= 60:
                    k = cta_kind(text)
                    if k in kind_text:
                        kind_text[k] += 1
        elif tag == "img":
            imgs += 1
        elif tag == "iframe":
            iframes += 1
        elif tag == "input":
            typ = (node.get("type") or "").lower()
            if typ not in ("hidden", "submit", "button", "image"):
                inputs += 1
            if typ == "email" or "mail" in (node.get("name") or "").lower():
                email = 1
            if typ == "password":
                password = 1
            if typ in ("submit", "image"):
                buttons += 1
        elif tag == "textarea":
            textarea = 1
        elif tag == "button":
            buttons += 1
            text = norm(text_content(node))
            if text and len(text) <= 60:
                k = cta_kind(text)
                if k in kind_text:
                    kind_text[k] += 1
        elif tag == "form":
            forms += 1
        elif tag == "li":
            lis += 1
        elif tag in _HEADINGS:
            headings += 1
            if head_text is None:
                head_text = norm(text_content(node))
        elif tag == "p":
            ps += 1
            n = len(norm(text_content(node)))
            if n > long_p:
                long_p = n
        elif tag in ("label", "strong", "b", "span", "legend") and not len(node):
            text = norm(node.text)
            if text and len(text) <= 60:
                k = cta_kind(text)
                if k in kind_text:
                    kind_text[k] += 1
    row[i["log_nodes"]] = _log(nodes)
    row[i["log_chars"]] = _log(chars)
    row[i["link_share"]] = min(1.0, link_chars / chars) if chars else 0.0
    row[i["log_links"]] = _log(links)
    row[i["log_urls"]] = _log(len(urls))
    row[i["art_share"]] = articles / links if links else 0.0
    row[i["log_articles"]] = _log(articles)
    row[i["log_headlines"]] = _log(headlines)
    row[i["log_art_img"]] = _log(art_img)
    row[i["log_social"]] = _log(social)
    row[i["share_share"]] = shares / links if links else 0.0
    row[i["follow_share"]] = follows / links if links else 0.0
    row[i["log_nopage"]] = _log(nopage)
    row[i["log_mailto"]] = _log(mailto)
    row[i["log_img"]] = _log(imgs)
    row[i["log_iframe"]] = _log(iframes)
    row[i["log_inputs"]] = _log(inputs)
    row[i["email_input"]] = float(email)
    row[i["password"]] = float(password)
    row[i["textarea"]] = float(textarea)
    row[i["log_buttons"]] = _log(buttons)
    row[i["forms"]] = float(min(forms, 3))
    row[i["log_li"]] = _log(lis)
    row[i["log_headings"]] = _log(headings)
    row[i["log_p"]] = _log(ps)
    row[i["long_p"]] = _log(long_p)
    row[i["avg_link_words"]] = link_words / links if links else 0.0
    if head_text:
        row[i["head_related"]] = float(related_heading(head_text) is not None)
        k = cta_kind(head_text)
        row[i["head_cta"]] = float(k is not None)
        if k in kind_text:
            kind_text[k] += 1
    before = heading_before(el)
    if before:
        row[i["before_related"]] = float(related_heading(before) is not None)
        k = cta_kind(before)
        row[i["before_cta"]] = float(k is not None)
        if k in kind_text:
            kind_text[k] += 1
    if chars and chars <= 120:
        k = cta_kind(norm(text_content(el)))
        row[i["text_cta"]] = float(k is not None)
        if k in kind_text:
            kind_text[k] += 1
    for k in KINDS[:9]:
        row[i[f"kind_text_{k}"]] = float(min(kind_text[k], 3))
    # class/id of the element and its parent: hits of the project's tables
    parent = el.getparent()
    for node in (el, parent) if parent is not None else (el,):
        cls, eid = node.get("class"), node.get("id")
        if not cls and not eid:
            continue
        hint = f"{cls or ''} {eid or ''}".lower()
        if is_related_class(hint):
            row[i["cls_related"]] = 1.0
        if is_sponsored_class(hint):
            row[i["cls_sponsored"]] = 1.0
        k = cta_rules.class_kind(hint)
        if k is not None:
            row[i["cls_cta"]] = 1.0
            if f"cls_{k}" in i:
                row[i[f"cls_{k}"]] = 1.0
        if comment_named(node):
            row[i["cls_comment"]] = 1.0
        if not_related_class(node):
            row[i["cls_not_related"]] = 1.0
        area = area_of(node, node.tag.lower() if isinstance(node.tag, str) else "")
        if area == MENU:
            row[i["area_menu"]] = 1.0
        elif area == EDGE:
            row[i["area_edge"]] = 1.0
    children = [c for c in el if isinstance(c.tag, str)]
    row[i["log_children"]] = _log(len(children))
    if children:
        sigs: dict[tuple[str, str | None], int] = {}
        for c in children:
            s = (c.tag, c.get("class"))
            sigs[s] = sigs.get(s, 0) + 1
        row[i["same_children"]] = max(sigs.values()) / len(children)
    if parent is not None:
        sig = (el.tag, el.get("class"))
        row[i["log_same_siblings"]] = _log(sum(1 for c in parent if c is not el and (c.tag, c.get("class")) == sig))
    return row


def kinds_of(found: Sequence[Found]) -> list[str]:  # pragma: no cover - bench helper
    """What each found item is ("related", "cta:<kind>", "ad")."""
    return ["ad" if isinstance(f.item, AdSlot) else "related" if isinstance(f.item, Related)
            else f"cta:{f.item.kind}" if isinstance(f.item, CallToAction) else "?" for f in found]


