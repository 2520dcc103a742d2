"""HTML reader: an article page -> :class:`Document` (body, metadata, ads, related, CTAs).

The page is parsed once, with lxml, into the same tree ``lxml.html.fromstring(raw)``
builds (with the encoding detected by ``extract/encoding.py`` and the parser's
depth limit lifted), and never modified: chrome, hidden and boilerplate subtrees
are skipped while walking. Locators are the XPaths of the source elements in
that tree (on a streamed page, whose segments are moved into place first, their
paths before the move).

Stages: decode -> parse -> chrome (``extract/chrome.py``) -> metadata
(``extract/metadata.py``) -> main content (``extract/content.py``) -> blocks
(``extract/blocks.py``) -> regions outside the body (``extract/regions.py``) -> ids,
locators and positions (``extract/placement.py``).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from lxml import etree

from ..errors import InputError, SyndicateError
from ..extract.author_boxes import without_author_asks
from ..extract.blocks import BlockBuilder, Built
from ..extract.card_shares import TOOL_KINDS, own_keys, without_card_shares
from ..extract.choose import choose
from ..extract.chrome import Found, detect_chrome
from ..extract.chrome_util import ClassesAndIds, classes_and_ids, reading_page
from ..extract.content import Analysis, analyse
from ..extract.cut_ctas import cut_ctas
from ..extract.density import dense_container, readable_chars, widens
from ..extract.image_shares import without_image_tools
from ..extract.inner_lines import inner_lines, place_inside, without_inner_lines
from ..extract.lead_ins import with_lead_ins
from ..extract.metadata import PageMetadata, extract_metadata
from ..extract.offer_lists import as_offers
from ..extract.own_address import own_address
from ..extract.placement import arrange
from ..extract.prompt_lines import with_prompt_lines
from ..extract.regions import detect_regions, without_taken
from ..extract.related_floods import without_floods
from ..extract.related_guards import without_false_related
from ..extract.repair import early_end_tags
from ..extract.rules import boilerplate
from ..extract.sign_up_kinds import settle_sign_up_kinds
from ..extract.streaming import has_streaming, reveal
from ..extract.trace import Skip, collect, emit
from ..extract.trace import enabled as trace_enabled
from ..limits import DEFAULT_LIMITS, Limits
from ..memo import page_read
from ..model import Document
from ..positions import IdAllocator
from ..sanitize import check_page_url
from .tree import long_names, parse_tree, tame_names

if TYPE_CHECKING:
    from ..siteconfig import SiteConfig, SiteRules

    SiteConfigArg = SiteConfig | SiteRules

log = logging.getLogger("syndicate")


#: Below this much body text the class/id rules are assumed to have skipped the article and
#: the page is read again without them (before the density candidate is considered).
MIN_BODY_CHARS = 250

def parse_html(
    html: bytes | str, *, url: str | None = None, limits: Limits = DEFAULT_LIMITS,
    site_config: SiteConfigArg | None = None,
    trace: Callable[[list[Skip]], None] | None = None,
) -> Document:
    """Read an article page into a :class:`Document`.

    ``html`` is the page as bytes (encoding detected: BOM, ``meta charset``,
    then guessed) or text. ``url`` (an absolute http(s) URL) makes links
    absolute (against the page's own address instead when none of the page's links
    names ``url``'s host, as with a proxy's, a mirror's or a placeholder URL:
    ``extract/own_address.py``; ``Document.url`` stays ``url``). Raises
    :class:`~syndicate.InputError` for empty or unreadable input and :class:`~syndicate.InputTooLargeError` past ``limits.max_input_bytes``;
    never any other exception. ``site_config`` (a ``syndicate.siteconfig.SiteConfig``, or
    ``SiteRules`` picked by the URL's host) applies FiveFilters site rules. ``trace``, when
    given, receives the extraction trace (which rule skipped which subtree,
    ``extract/trace.py``); ``SYNDICATE_DEBUG_EXTRACT=1`` logs it.
    """
    try:
        with gc_paused():
            return _parse_html(html, url, limits, site_config, trace)
    finally:
        page_read()  # (every few pages: what they added to the shared caches, past their limits)


def _parse_html(
    html: bytes | str, url: str | None, limits: Limits, site_config: SiteConfigArg | None,
    trace: Callable[[list[Skip]], None] | None,
) -> Document:
    # Surrounding whitespace is a copy-paste accident, not a different URL.
    url = check_page_url(url)
    if site_config is not None:  # the one hook of the site rules (extract/siteconfig_apply.py)
        from ..extract import siteconfig_apply as rules

        cfg = rules.pick_config(site_config, url)  # type: ignore[arg-type]
        if cfg is not None:
            root, origin = _parse_page(rules.apply_replacements(html, cfg), limits)
            try:
                # (the rules' reading resolves locators in the read tree: they are taken back
                # to the input tree once it is done)
                return _to_input(rules.read_with_rules(root, url, limits, cfg, _read, Locator(root)),
                                 root, origin)
            except RecursionError as e:  # pragma: no cover - as below
                raise InputError(f"page structure too deeply nested to read: {e}") from None
    # (no site rule's XPath may ask id(); the long class and id values are tamed by ``_read``,
    # which reads every class and id anyway)
    root, origin = _parse_page(html, limits, ids=False, names=False)
    try:
        return _read(root, url, limits, trace, origin)
    except SyndicateError:
        raise
    except RecursionError as e:  # pragma: no cover - defence in depth against hostile nesting
        raise InputError(f"page structure too deeply nested to read: {e}") from None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a page is read, back on after (if it was on).

    Reading a page keeps a Python object for every element alive until the page is done;
    each few hundred of them set off a collection that walks all young objects, and the
    older ones again and again: a tenth of the reading time, for cycles that reference
    counting frees anyway when the page is dropped. Nested and concurrent reads are safe:
    only the read that turned the collector off turns it back on.
    """
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _parse_page(html: bytes | str, limits: Limits, *, ids: bool = True,
                names: bool = True) -> tuple[etree._Element, InputPaths | None]:
    """The page's tree, with streamed server-rendered segments moved where the page's
    own script puts them (``extract/streaming.py``); ``ids`` and ``names``: as
    ``parse_tree``'s. And, when anything moved, the nodes' paths in the tree as parsed
    (the input tree, the one locators point into), else None."""
    root = parse_tree(early_end_tags(html), limits, ids=ids, names=names)
    # (a segment only moves into a <template>: a page without one needs no search of its
    # raw text; lxml's tag walk in C costs a fraction of that search)
    if next(root.iter("template"), None) is not None and has_streaming(html):
        if not names:
            tame_names(root, limits)  # (the segments move in the tree tamed whole, as ever)
        # (the parents the move changes, noted with their children as parsed: only the
        # nodes a locator names are asked for, not every node of the page)
        origin = InputPaths(root)
        if reveal(root, origin.note):
            return root, origin
    return root, None


def _to_input(doc: Document, root: etree._Element, origin: InputPaths | None) -> Document:
    """``doc`` with its locators (XPaths in the rearranged tree ``root``) turned into the
    same elements' paths in the input tree (``origin``, from ``_parse_page``)."""
    if origin is None:
        return doc
    tree = root.getroottree()
    for item in [*doc.body, *doc.ads, *doc.related, *doc.ctas]:
        loc = item.locator
        if not loc or not loc.startswith("/"):
            continue
        try:
            hit = tree.xpath(loc)
        except etree.XPathError:
            continue
        if isinstance(hit, list) and hit and isinstance(hit[0], etree._Element) \
                and (path := origin.get(hit[0])) is not None:
            item.locator = path
    return doc


def _read(
    root: etree._Element, url: str | None, limits: Limits,
    trace: Callable[[list[Skip]], None] | None = None,
    origin: InputPaths | None = None,
) -> Document:
    """``origin``: the input tree's paths when ``root`` was rearranged (``_parse_page``):
    the locators are written from them."""
    # Every node's Python proxy made once and kept until the page is read: lxml makes a
    # proxy whenever a walk, an ancestor climb or an XPath result reaches a node nothing
    # holds, and frees it again after; the stages below reach most nodes many times.
    _proxies = list(root.iter())
    names = classes_and_ids(_proxies)  # (each node's class, id and tag: the chrome, body and link walks read them)
    if long_names(names, limits):  # (left by ``parse_tree``: found here by their lengths, in C)
        tame_names(root, limits)
        names = classes_and_ids(_proxies)
    # (the walks read each element's class, id or link target from them: ``page_attributes``)
    with reading_page(_proxies, names):
        return _read_page(root, url, limits, trace, origin, _proxies, names)


def _read_page(
    root: etree._Element, url: str | None, limits: Limits,
    trace: Callable[[list[Skip]], None] | None, origin: InputPaths | None,
    _proxies: list[etree._Element], names: ClassesAndIds,
) -> Document:
    """``_read``'s stages, with the page's node list and names read."""
    meta = _metadata(root, url, _proxies, names)
    base = own_address(root, url, meta.canonical_url, meta.declared_url)  # (its own, given another site's URL)
    # (the page's addresses: its own among them when it is neither)
    urls = (url, meta.canonical_url) if base == url or base == meta.canonical_url else (url, meta.canonical_url, base)
    unfilled: list[etree._Element] = []  # (boxes named related holding no links: ``unfilled_boxes``)
    found = _chrome(root, base, _proxies, names, unfilled)
    hard_skip = {f.element for f in found}  # (chrome found by markup: never body)

    title = meta.metadata.title if isinstance(meta.metadata.title, str) else None
    built, analysis, containers = _extract(root, base, limits, hard_skip, soft_skip=True, title=title,
                                           nodes=_proxies, names=names)
    chars = _content_chars(built)
    if chars < MIN_BODY_CHARS:
        # Next to nothing: class/id rules took the article (a page whose every block is
        # classed like chrome). Read it again without them.
        retry = _extract(root, base, limits, hard_skip, soft_skip=False, title=title, nodes=_proxies,
                         names=names)
        retry_chars = _content_chars(retry[0])
        if retry_chars > 2 * max(1, chars):
            (built, analysis, containers), chars = retry, retry_chars
    built, containers = _second_candidate(root, base, limits, analysis, built, containers, title, chars)
    if trace is not None or trace_enabled():
        skips = collect(analysis, root)
        if trace is not None:
            trace(skips)
        if trace_enabled():
            emit(skips)

    found = _regions(root, urls, base, built, found, title, _proxies, names, unfilled)
    # (CTA boxes the body stage cut by name and no region rule reported: after the region pass)
    cut = cut_ctas(analysis.why, found, base)
    if cut:  # (less a card's share tool: a teaser's bar sharing its story, ``card_shares``)
        found.extend(without_card_shares(cut, own_keys(urls), base, title, kinds=TOOL_KINDS))
    body_els = [b.element for b in built]
    found = without_floods(without_false_related(found, base, urls, body_els, analysis.order),
                           base, body_els)
    found = as_offers(found, base, root)  # (a related block of priced or paid cards: an offer list)
    found = without_image_tools(found)
    settle_sign_up_kinds(found, root)  # (a "Subscribe" widget: a paid offer or an e-mail list)
    found = with_prompt_lines(found, {b.element for b in built}, containers)  # (a box's asking line: with it)
    built = without_taken(built, found)
    lead = with_lead_ins(found, [b.element for b in built], base)  # (the heading and lines above a closing action)
    if lead is not None:
        built = without_taken(built, [lead])
    lines = inner_lines(built, found)  # (lines found inside a list or quotation: cut from its text)
    built = without_inner_lines(built, lines, analysis, containers, base, limits, title)
    found = without_author_asks(found, meta.metadata.authors, base)  # (after the body is cut: it stays as it was)
    paths = Locator(root, origin)
    ids = IdAllocator()
    for b in built:
        b.block.id = ids("b")
        b.block.locator = paths(b.element)

    ads, related, ctas = arrange(
        analysis.order, [(b.block, b.order) for b in built], [(f.element if f.report is None else f.report, f.item) for f in found],
        containers, paths, ids)
    if lines:  # (their items placed by the block's text around them)
        place_inside([(f.element, f.item) for f in found], lines, built, analysis)
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
    built: list[Built], containers: list[etree._Element], title: str | None, first: int,
) -> tuple[list[Built], list[etree._Element]]:
    """The guard's second half: when the body holds less than ``SECOND_BELOW`` of the
    page's paragraph text, build the structurally different candidate of
    ``extract/density.py`` (where the paragraph text is, scores ignored) and keep it when
    its body holds ``SECOND_GAIN`` times as much text. ``first``: ``_content_chars(built)``."""
    readable = readable_chars(analysis, root)
    if not readable or first >= boilerplate.SECOND_BELOW * readable:
        return built, containers
    node = dense_container(analysis, root)
    if node is None or node in containers or not widens(node, containers, first):
        return built, containers
    builder = BlockBuilder(analysis, base_url=base, limits=limits, title=title)
    other = builder.build([node])
    if _content_chars(other) >= boilerplate.SECOND_GAIN * max(1, first):
        analysis.why.setdefault(node, "second-candidate")
        return other, [node]
    return built, containers


def _extract(root, base, limits, hard_skip, *, soft_skip: bool, title: str | None = None,  # type: ignore[no-untyped-def]
             nodes: list[etree._Element] | None = None, names: ClassesAndIds | None = None):
    analysis = analyse(root, hard_skip, soft_skip=soft_skip, nodes=nodes, names=names)
    top, containers = choose(analysis, root)
    if top is None:
        return [], analysis, []
    builder = BlockBuilder(analysis, base_url=base, limits=limits, title=title)
    built: list[Built] = builder.build(containers)
    if builder.truncated:
        log.warning("body truncated: %d blocks past limits.max_blocks=%d left out",
                    builder.truncated, limits.max_blocks)
    return built, analysis, containers


def _metadata(root: etree._Element, url: str | None, nodes: list[etree._Element] | None = None,
              names: ClassesAndIds | None = None) -> PageMetadata:
    try:
        return extract_metadata(root, url, nodes=nodes, names=names)
    except SyndicateError:
        raise
    except Exception:  # a metadata bug must not cost the user the article body
        log.exception("metadata extraction failed")
        return PageMetadata()


def _chrome(root: etree._Element, base: str | None,
            nodes: list[etree._Element] | None = None, names: ClassesAndIds | None = None,
            unfilled: list[etree._Element] | None = None) -> list[Found]:
    try:
        return list(detect_chrome(root, base, nodes, names, unfilled))
    except SyndicateError:
        raise
    except Exception:  # a chrome-detection bug must not cost the user the article body
        log.exception("chrome detection failed")
        return []


def _regions(root: etree._Element, urls: tuple[str | None, ...], base: str | None,
             built: list[Built], found: list[Found], title: str | None,
             nodes: list[etree._Element] | None = None, names: ClassesAndIds | None = None,
             unfilled: Sequence[etree._Element] = ()) -> list[Found]:
    try:
        return detect_regions(root, base, urls, [b.element for b in built], found, headline=title,
                              nodes=nodes, names=names, unfilled=unfilled)
    except SyndicateError:
        raise
    except Exception:  # a region bug must not cost the user the article body
        log.exception("region detection failed")
        return found


class Locator:
    """``tree.getpath(el)`` for many elements in linear total time.

    ``getpath`` counts an element's same-tag siblings on each call, which is
    quadratic on pages with many siblings; here each parent's children are
    indexed once and parent paths are memoized. ``origin``: the paths of the input tree
    (when ``root`` was rearranged since), returned for the nodes it holds.
    """

    def __init__(self, root: etree._Element, origin: InputPaths | None = None) -> None:
        self.tree = root.getroottree()
        self._origin = origin
        self._paths: dict[etree._Element, str] = {}
        self._index: dict[etree._Element, dict[etree._Element, str | None]] = {}

    def __call__(self, el: etree._Element) -> str:
        if self._origin is not None and (fixed := self._origin.get(el)) is not None:
            return self._from_segment(el) or fixed
        paths = self._paths
        chain: list[tuple[etree._Element, etree._Element | None]] = []  # (node, its parent): each parent asked for once
        node: etree._Element | None = el
        while node is not None and node not in paths:
            parent = node.getparent()
            chain.append((node, parent))
            node = parent
        for n, parent in reversed(chain):
            if parent is None:
                paths[n] = self.tree.getpath(n)
                continue
            steps = self._index.get(parent)
            if steps is None:
                steps = self._index[parent] = _steps(parent)
            step = steps[n]
            # (a processing instruction, a prefixed or namespaced tag: libxml2's path)
            if step is None or ":" in step or "{" in step:
                paths[n] = self.tree.getpath(n)
            else:
                paths[n] = paths[parent] + "/" + step
        return paths[el]

    def _from_segment(self, el: etree._Element) -> str | None:
        """The input path of the one moved node inside ``el`` that holds all of its text
        (a box whose content a streamed segment filled in: in the input tree the box is
        empty and its content sits in the segment), else None."""
        origin = self._origin
        assert origin is not None
        moved = origin.moved()
        if not moved or el in moved or not isinstance(el.tag, str):
            return None
        inner = [d for d in el.iterdescendants() if d in moved and isinstance(d.tag, str)]
        if not inner:
            return None
        text = " ".join(el.text_content().split())
        full = [d for d in inner if " ".join(d.text_content().split()) == text]
        return origin.get(full[0]) if text and full else None


class InputPaths:
    """The paths ``Locator`` wrote in the tree as parsed, asked for after ``reveal`` moved
    streamed segments in it (``_parse_page``): ``reveal`` calls ``note`` with each parent
    before it changes that parent's children, which keeps them as parsed; every other
    parent's children are as parsed still. Held by the page's reading only."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.tree = root.getroottree()
        #: Each changed parent's children as parsed.
        self._before: dict[etree._Element, list[etree._Element]] = {}
        #: libxml2's last path step of those children whose ``Locator`` step is not
        #: libxml2's (a prefixed or namespaced tag, a processing instruction), as parsed.
        self._odd: dict[etree._Element, str] = {}
        self._up: dict[etree._Element, etree._Element] | None = None  # (their parent as parsed)
        self._moved: set[etree._Element] | None = None
        self._paths: dict[etree._Element, str] = {}
        self._index: dict[etree._Element, dict[etree._Element, str | None]] = {}

    def note(self, parent: etree._Element) -> None:
        """``parent``'s children are about to change (``reveal``'s ``note``)."""
        if parent in self._before:
            return  # (its children as parsed: noted before its first change)
        kids = self._before[parent] = list(parent)
        self._up = self._moved = None
        for kid in kids:
            tag = kid.tag
            if (type(tag) is str and ":" in tag) or (type(tag) is not str and tag is not etree.Comment):
                self._odd[kid] = kid.getroottree().getpath(kid).rpartition("/")[2]

    def _parent(self, node: etree._Element) -> etree._Element | None:
        """``node``'s parent as parsed."""
        up = self._up
        if up is None:
            up = self._up = {kid: parent for parent, kids in self._before.items() for kid in kids}
        parent = up.get(node)
        return node.getparent() if parent is None else parent

    def _steps_of(self, parent: etree._Element) -> dict[etree._Element, str | None]:
        """``_steps`` of ``parent``'s children as parsed."""
        steps = self._index.get(parent)
        if steps is None:
            kids = self._before.get(parent)
            steps = self._index[parent] = _steps(parent if kids is None else kids)
        return steps

    def get(self, el: etree._Element) -> str | None:
        """``el``'s path in the tree as parsed, as ``Locator`` wrote it then; None for a
        node that was not under the root."""
        paths = self._paths
        chain: list[tuple[etree._Element, etree._Element | None]] = []  # (node, its parent as parsed)
        node: etree._Element | None = el
        while node is not None and node not in paths:
            parent = self._parent(node)
            chain.append((node, parent))
            node = parent
        if node is None and chain[-1][0] is not self.root:
            return None  # (not a node of the page's tree)
        for n, parent in reversed(chain):
            if parent is None:
                paths[n] = self.tree.getpath(n)
                continue
            step = self._steps_of(parent)[n]
            if step is None or ":" in step or "{" in step:
                paths[n] = self._getpath(n)
            else:
                paths[n] = paths[parent] + "/" + step
        return paths[el]

    def _getpath(self, n: etree._Element) -> str:
        """libxml2's path of ``n`` in the tree as parsed (``tree.getpath`` then)."""
        steps: list[str] = []
        node = n
        while (parent := self._parent(node)) is not None:
            if parent not in self._before:  # (its siblings as parsed: libxml2's step now)
                steps.append(node.getroottree().getpath(node).rpartition("/")[2])
            else:  # (a plain tag's or a comment's step is libxml2's)
                step = self._odd.get(node)
                steps.append(step if step is not None else self._steps_of(parent)[node])  # type: ignore[arg-type]
            node = parent
        steps.append(self.tree.getpath(node))
        return "/".join(reversed(steps))

    def moved(self) -> set[etree._Element]:
        """The nodes under another parent than in the tree as parsed."""
        if self._moved is None:
            self._parent(self.root)  # (the parents as parsed, mapped)
            assert self._up is not None
            self._moved = {n for n, parent in self._up.items()
                           if (now := n.getparent()) is not None and now is not parent}
        return self._moved


def _steps(parent: Iterable[etree._Element]) -> dict[etree._Element, str | None]:
    """Each child's last path step (``p[2]``, or ``p`` for the only ``p``; ``*[k]`` for a
    prefixed tag; ``comment()[2]``, or ``comment()`` for the only comment, as libxml2 writes
    them); None for a processing instruction or the like. (one pass: a tag's first child is
    renamed ``p[1]`` when a second one turns up; no Counter built per parent)"""
    steps: dict[etree._Element, str | None] = {}
    seen: dict[str, int] = {}
    first: dict[str, etree._Element] = {}
    comments: list[etree._Element] = []  # (a streamed page's many: no ``getpath`` for each)
    k = 0  # (the child's place among the elements: a prefixed tag's step)
    for child in parent:
        tag = child.tag
        if type(tag) is not str:
            if tag is etree.Comment:
                comments.append(child)
            else:
                steps[child] = None
            continue
        k += 1
        if ":" in tag and "{" not in tag:
            # (a prefixed tag of an HTML page, ``<fb:like>``: the step "fb:like" reads as an
            # undeclared namespace prefix in XPath; ``*[k]`` resolves)
            steps[child] = f"*[{k}]"
            continue
        n = seen.get(tag)
        if n is None:
            seen[tag] = 1
            first[tag] = child
            steps[child] = tag
        else:
            if n == 1:
                steps[first[tag]] = tag + "[1]"
            n = seen[tag] = n + 1
            steps[child] = f"{tag}[{n}]"
    if len(comments) == 1:
        steps[comments[0]] = "comment()"
    else:
        for n, comment in enumerate(comments, 1):
            steps[comment] = f"comment()[{n}]"
    return steps
