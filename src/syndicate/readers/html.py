"""HTML reader: an article page -> :class:`Document` (body, metadata, ads, related, CTAs).

The page is parsed once, with lxml, into the same tree ``lxml.html.fromstring(raw)``
builds (with the encoding detected by ``extract/encoding.py`` and the parser's
depth limit lifted), and never modified: chrome, hidden and boilerplate subtrees
are skipped while walking. Locators are the XPaths of the source elements in
that tree.

Stages: decode -> parse -> chrome (``extract/chrome.py``) -> metadata
(``extract/metadata.py``) -> main content (``extract/content.py``) -> blocks
(``extract/blocks.py``) -> ids, locators and positions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from ..errors import InputError, SyndicateError
from ..extract.blocks import BlockBuilder, Built
from ..extract.chrome import Found, detect_chrome
from ..extract.content import Analysis, analyse, choose, tag_of
from ..extract.density import dense_container, readable_chars
from ..extract.metadata import PageMetadata, extract_metadata
from ..extract.rules import boilerplate
from ..extract.sections import linked_headlines
from ..extract.trace import Skip, collect, emit
from ..extract.trace import enabled as trace_enabled
from ..limits import DEFAULT_LIMITS, Limits
from ..model import Document
from ..positions import IdAllocator, place
from ..sanitize import check_page_url
from .tree import parse_tree

if TYPE_CHECKING:
    from ..siteconfig import SiteConfig, SiteRules

    SiteConfigArg = SiteConfig | SiteRules

log = logging.getLogger("syndicate")


#: Below this much body text the class/id rules are assumed to have skipped the article and
#: the page is read again without them (before the density candidate is considered).
MIN_BODY_CHARS = 250

_OUTSIDE_TAGS = frozenset({"header", "nav", "footer", "aside"})
_OUTSIDE_HINTS = re.compile(
    r"sidebar|side-bar|footer|header|masthead|navbar|\bnav\b|navigation|\bmenu|widget-area|"
    r"site-nav|top-bar|topbar|bottom-bar"
)


def parse_html(
    html: bytes | str, *, url: str | None = None, limits: Limits = DEFAULT_LIMITS,
    site_config: SiteConfigArg | None = None,
    trace: Callable[[list[Skip]], None] | None = None,
) -> Document:
    """Read an article page into a :class:`Document`.

    ``html`` is the page as bytes (encoding detected: BOM, ``meta charset``,
    then guessed) or text. ``url`` (an absolute http(s) URL) makes links
    absolute. Raises :class:`~syndicate.InputError` for empty or unreadable
    input and :class:`~syndicate.InputTooLargeError` past ``limits.max_input_bytes``;
    never any other exception. ``site_config`` (a ``syndicate.siteconfig.SiteConfig``, or
    ``SiteRules`` picked by the URL's host) applies FiveFilters site rules. ``trace``, when
    given, receives the extraction trace (which rule skipped which subtree,
    ``extract/trace.py``); ``SYNDICATE_DEBUG_EXTRACT=1`` logs it.
    """
    # Surrounding whitespace is a copy-paste accident, not a different URL.
    url = check_page_url(url)
    if site_config is not None:  # the one hook of the site rules (extract/siteconfig_apply.py)
        from ..extract import siteconfig_apply as rules

        cfg = rules.pick_config(site_config, url)  # type: ignore[arg-type]
        if cfg is not None:
            root = parse_tree(rules.apply_replacements(html, cfg), limits)
            try:
                return rules.read_with_rules(root, url, limits, cfg, _read, Locator(root))
            except RecursionError as e:  # pragma: no cover - as below
                raise InputError(f"page structure too deeply nested to read: {e}") from None
    root = parse_tree(html, limits)
    try:
        return _read(root, url, limits, trace)
    except SyndicateError:
        raise
    except RecursionError as e:  # pragma: no cover - defence in depth against hostile nesting
        raise InputError(f"page structure too deeply nested to read: {e}") from None


def _read(
    root: etree._Element, url: str | None, limits: Limits,
    trace: Callable[[list[Skip]], None] | None = None,
) -> Document:
    meta = _metadata(root, url)
    base = url or meta.canonical_url
    found = _chrome(root, base)
    chrome_els = {f.element for f in found}

    hard_skip = chrome_els.__contains__  # (a C-level call per element, not a Python one)

    title = meta.metadata.title if isinstance(meta.metadata.title, str) else None
    built, analysis, containers = _extract(root, base, limits, hard_skip, soft_skip=True, title=title)
    if _content_chars(built) < MIN_BODY_CHARS:
        # Next to nothing: class/id rules took the article (a page whose every block is
        # classed like chrome). Read it again without them.
        retry = _extract(root, base, limits, hard_skip, soft_skip=False, title=title)
        if _content_chars(retry[0]) > 2 * max(1, _content_chars(built)):
            built, analysis, containers = retry
    built, containers = _second_candidate(root, base, limits, analysis, built, containers, title)
    if trace is not None or trace_enabled():
        skips = collect(analysis, root)
        if trace is not None:
            trace(skips)
        if trace_enabled():
            emit(skips)

    paths = Locator(root)
    ids = IdAllocator()
    for b in built:
        b.block.id = ids("b")
        b.block.locator = paths(b.element)

    order = analysis.order
    missing = [f.element for f in found if f.element not in order]
    if missing:
        order = {el: i for i, el in enumerate(root.iter())}
    article = _common_ancestor(containers)
    first = built[0].order if built else None
    last = built[-1].order if built else None
    sequence: list[tuple[float, int, object]] = [(b.order, 1, b.block) for b in built]
    outside: set[int] = set()
    for f in found:
        pos = float(order.get(f.element, 0))
        sequence.append((pos, 0, f.item))
        if _is_outside(f.element, article, pos, first, last):
            outside.add(id(f.item))
    sequence.sort(key=lambda t: (t[0], t[1]))
    ads, related, ctas = [], [], []
    prefix = {"AdSlot": ("ad", ads), "Related": ("rel", related), "CallToAction": ("cta", ctas)}
    for _, kind, obj in sequence:
        if kind == 0:
            p, bucket = prefix[type(obj).__name__]
            obj.id = ids(p)  # type: ignore[attr-defined]
            bucket.append(obj)
    for f in found:
        f.item.locator = paths(f.element)
    place([obj for _, _, obj in sequence], outside=frozenset(outside))  # type: ignore[misc]
    return Document(
        url=url,
        canonical_url=meta.canonical_url,
        metadata=meta.metadata,
        body=[b.block for b in built],
        ads=ads,
        related=related,
        ctas=ctas,
    )


def _content_chars(built: list[Built]) -> int:
    """How much the body holds: its text, and its figures' captions (a gallery's content,
    though not running text)."""
    return sum(len(b.block.plain_text()) or len(getattr(b.block, "caption", None) or "") for b in built)


def _second_candidate(
    root: etree._Element, base: str | None, limits: Limits, analysis: Analysis,
    built: list[Built], containers: list[etree._Element], title: str | None,
) -> tuple[list[Built], list[etree._Element]]:
    """The guard's second half: when the body holds less than ``SECOND_BELOW`` of the
    page's paragraph text, build the structurally different candidate of
    ``extract/density.py`` (where the paragraph text is, scores ignored) and keep it when
    its body holds ``SECOND_GAIN`` times as much text."""
    readable = readable_chars(analysis, root)
    first = _content_chars(built)
    if not readable or first >= boilerplate.SECOND_BELOW * readable:
        return built, containers
    node = dense_container(analysis, root)
    if node is None or node in containers or not _widens(node, containers):
        return built, containers
    builder = BlockBuilder(analysis, base_url=base, limits=limits, title=title)
    other = builder.build([node])
    if _content_chars(other) >= boilerplate.SECOND_GAIN * max(1, first):
        analysis.why.setdefault(node, "second-candidate")
        return other, [node]
    return built, containers


def _widens(node: etree._Element, containers: list[etree._Element]) -> bool:
    """The density candidate may only widen the first body to an ancestor that is not a
    list of teasers: elsewhere on the page, paragraph text is often other stories'."""
    if tag_of(node) in ("ul", "ol", "body", "html") or linked_headlines(node) >= 2:
        return False
    return all(c is node or node in set(c.iterancestors()) for c in containers)


def _extract(root, base, limits, hard_skip, *, soft_skip: bool, title: str | None = None):  # type: ignore[no-untyped-def]  # type: ignore[no-untyped-def]
    analysis = analyse(root, hard_skip, soft_skip=soft_skip)
    top, containers = choose(analysis, root)
    if top is None:
        return [], analysis, []
    builder = BlockBuilder(analysis, base_url=base, limits=limits, title=title)
    built: list[Built] = builder.build(containers)
    if builder.truncated:
        log.warning("body truncated: %d blocks past limits.max_blocks=%d left out",
                    builder.truncated, limits.max_blocks)
    return built, analysis, containers


def _metadata(root: etree._Element, url: str | None) -> PageMetadata:
    try:
        return extract_metadata(root, url)
    except SyndicateError:
        raise
    except Exception:  # a metadata bug must not cost the user the article body
        log.exception("metadata extraction failed")
        return PageMetadata()


def _chrome(root: etree._Element, base: str | None) -> list[Found]:
    try:
        return list(detect_chrome(root, base))
    except SyndicateError:
        raise
    except Exception:  # a chrome-detection bug must not cost the user the article body
        log.exception("chrome detection failed")
        return []


def _common_ancestor(containers: list[etree._Element]) -> etree._Element | None:
    if not containers:
        return None
    if len(containers) == 1:
        return containers[0]
    return containers[0].getparent()


def _is_outside(
    el: etree._Element, article: etree._Element | None, pos: float,
    first: float | None, last: float | None,
) -> bool:
    """Page chrome away from the article (header, sidebar, footer) rather than around it."""
    if article is None:
        return True
    # Elements, not id()s: a set of ids keeps no proxy alive, and a new proxy gets a new id.
    article_line = set(article.iterancestors())
    article_line.add(article)
    node: etree._Element | None = el
    while node is not None and node not in article_line:
        tag = tag_of(node)
        parent = node.getparent()
        # An <article>'s own header/footer is around it; sidebars are still told by what is above.
        own = tag in ("header", "footer") and parent is not None and tag_of(parent) == "article"
        if tag in _OUTSIDE_TAGS and not own:
            return True
        hint = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if hint.strip() and _OUTSIDE_HINTS.search(hint):
            return True
        node = node.getparent()
    if node is article:
        return False
    if first is not None and last is not None and first <= pos <= last:
        return False
    # Beside the article within its wrapper: around it; up at page level: outside.
    return node is None or tag_of(node) in ("body", "html")


class Locator:
    """``tree.getpath(el)`` for many elements in linear total time.

    ``getpath`` counts an element's same-tag siblings on each call, which is
    quadratic on pages with many siblings; here each parent's children are
    indexed once and parent paths are memoized.
    """

    def __init__(self, root: etree._Element) -> None:
        self.tree = root.getroottree()
        self._paths: dict[etree._Element, str] = {}
        self._index: dict[etree._Element, dict[etree._Element, str]] = {}

    def __call__(self, el: etree._Element) -> str:
        chain = []
        node: etree._Element | None = el
        while node is not None and node not in self._paths:
            chain.append(node)
            node = node.getparent()
        for n in reversed(chain):
            parent = n.getparent()
            tag = n.tag
            if not isinstance(tag, str) or ":" in tag or "{" in tag:
                self._paths[n] = self.tree.getpath(n)
                continue
            if parent is None:
                self._paths[n] = self.tree.getpath(n)
                continue
            steps = self._index.get(parent)
            if steps is None:
                steps = self._index[parent] = _steps(parent)
            self._paths[n] = self._paths[parent] + "/" + steps[n]
        return self._paths[el]


def _steps(parent: etree._Element) -> dict[etree._Element, str]:
    counts: dict[str, int] = {}
    for child in parent:
        if isinstance(child.tag, str):
            counts[child.tag] = counts.get(child.tag, 0) + 1
    seen: dict[str, int] = {}
    steps = {}
    for child in parent:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        n = seen[tag] = seen.get(tag, 0) + 1
        steps[child] = f"{tag}[{n}]" if counts[tag] > 1 else tag
    return steps
