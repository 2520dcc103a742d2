"""Elements of the article container -> body blocks of the model.

One rule per element type in ``HANDLERS`` (markdown-it style): ``p`` is a
paragraph, ``h2`` a heading, ``ul`` a list, ``figure`` an image with its
caption, ``iframe`` an embed... Containers (``div``, ``section``...) are
walked with an explicit stack, never recursively, so nesting depth cannot
crash the reader; text and inline elements standing directly in a container
form one paragraph per run. Chrome (ads, related, CTAs, share bars...) is
skipped, never removed: the tree is left exactly as parsed, so each block's
source element keeps the locator it has in ``lxml.html.fromstring(raw)``.

This module is the walk, the skipping of chrome and the inline reading; the
handlers per element type are in ``blockhandlers.py``, the text tests (is
this line chrome?) and text normalisation in ``blocktext.py``, the reading of a run
with skipped parts or nested blocks in ``inlinecopy.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from ..limits import DEFAULT_LIMITS, Limits
from ..model import Block, Heading, Paragraph, Rule
from ..sanitize import inline_content
from .blockhandlers import BlockHandlers
from .blocktext import (
    _SENTENCE_END,
    BLOCKISH,  # noqa: F401  (re-exported: tests import it from here)
    _holds_block,
    _is_ancestor,
    _is_chrome_text,
    _loose_caption,
    _nfc,
    _plain_collapsed,
    _stray_caption,
    _words,
)
from .chrome_util import page_attributes
from .classtokens import matcher
from .content import Analysis
from .element_hints import HEADINGS, MAYBE, raw_hints, tag_of
from .inlinecopy import inline_items
from .rules import boilerplate as rules

_INNER_CHROME = matcher(rules.INNER_CHROME)
_COMMENTS = re.compile(rules.COMMENTS)
#: (sets, not tuples: ``skipped`` tests every element of the article, and a tuple compares
#: the tag with each name in turn)
#: Elements never skipped for a chrome class or id inside the article.
_NEVER_INNER_CHROME = frozenset({"p", "article", "main"})
#: Elements skipped when they are mostly links (a list of links, a link farm).
_LINK_BOXES = frozenset({"div", "section", "ul", "ol", "table", "dl", "span", "form", "center"})


@dataclass
class Built:
    """A body block and where it came from: its source element and document order."""

    block: Block
    element: etree._Element
    order: float


class _Frame:
    """A container of the walk: the element, ``children``, its children still to walk
    (``iter(el)``: resumed after a nested frame), ``run``, the text and inline elements
    gathered since the last block, ``last_order``, and ``split``: a block or skipped child
    broke the element's content into several runs. (A plain class with slots: its
    ``__init__`` compiled with the module, where a dataclass's is made at import and
    interpreted, one for each container of the article.)"""

    __slots__ = ("el", "children", "run", "last_order", "split")

    def __init__(self, el: etree._Element, children: Iterator[etree._Element], last_order: float = 0.0) -> None:
        self.el, self.children, self.last_order = el, children, last_order
        self.run: list[etree._Element | str] = []
        self.split = False


class BlockBuilder(BlockHandlers):
    """Turns the article containers chosen by ``choose.choose`` into blocks."""

    def __init__(
        self,
        analysis: Analysis,
        *,
        base_url: str | None = None,
        limits: Limits = DEFAULT_LIMITS,
        is_skipped: Callable[[etree._Element], bool] | None = None,
        title: str | None = None,
    ) -> None:
        self.a = analysis
        self._title = _words(title) if title else None
        self.base = base_url
        self.limits = limits
        #: Nesting past which inline content is read as its text (half the depth limit).
        self._flat_depth = limits.max_depth // 2
        self._extra_skip = is_skipped
        self.out: list[Built] = []
        self._containers: set[etree._Element] = set()
        self.truncated = 0
        self._total = 0
        self._leads: list[etree._Element] = []
        # (each element's class and id as the page's reader read them for every node: a dict
        # look-up instead of a call into lxml that copies the value out, ``el.get``)
        page = page_attributes()
        self._classes, self._ids = page.classes, page.ids

    # ------------------------------------------------------------------ skipping

    def skipped(self, el: etree._Element) -> bool:
        """True for elements that are not body: chrome, hidden, unmeasured, link farms."""
        a = self.a
        if el in a.skipped or el not in a.text_len:
            return True
        if self._extra_skip is not None and self._extra_skip(el):
            return True
        if el in self._containers:
            return False
        tag = el.tag  # (an element of the page: its name is lower case already)
        cls, ident = self._classes[el], self._ids[el]
        if (cls is not None or ident is not None) and el not in a.kept and self._named_chrome(
                el, cls, ident) and tag not in _NEVER_INNER_CHROME and not (
            a.text_len[el] >= 0.3 * self._total
            and (MAYBE.search(h := f"{cls or ''} {ident or ''}".lower())
                 or (a.link_density(el) < 0.2 and not _COMMENTS.search(h)))
        ):
            a.why.setdefault(el, "inner-chrome:" + (_INNER_CHROME.match(raw_hints(el)) or "caption"))
            return True  # chrome inside the article, unless it is the bulk of the article
        if tag in _LINK_BOXES:
            length = a.text_len[el]
            ld = a.link_density(el)
            if length and ld > (rules.LIST_LINK_DENSITY if tag in ("ul", "ol") else 0.5) \
                    and (length < 1500 or ld > 0.75) and not (
                tag == "table" and next(el.iter("th"), None) is not None
            ) and not self._references(el) and not self._holds_article(el):
                # (a table with column heads is data)
                a.why.setdefault(el, "link-density")
                return True
        return False

    def _holds_article(self, el: etree._Element) -> bool:
        """The guard for the link-density rule: a block holding most of the article's text
        in paragraphs (at least two) is the article, however many links it has."""
        tl = self.a.text_len
        if tl.get(el, 0) < rules.GUARD_SHARE * self._total:
            return False
        n = sum(1 for p in el.iter("p") if tl.get(p, 0) >= rules.MIN_PARAGRAPH_CHARS)
        return n >= 2

    def _references(self, el: etree._Element) -> bool:
        """A list of references (or the section holding it, under its heading): linked
        titles, each item a sentence ending with its source ("<a>Title</a>. Chapter of the
        book X, Publisher."), not a list of links."""
        for _ in range(3):
            if tag_of(el) not in ("ol", "ul"):
                parts = [c for c in el if isinstance(c.tag, str) and tag_of(c) not in HEADINGS]
                if len(parts) != 1:
                    return False
                el = parts[0]
                continue
            if self.a.link_density(el) >= 0.75:
                return False
            items = [li for li in el if tag_of(li) == "li"]
            return len(items) >= 2 and all(
                _SENTENCE_END.search(" ".join("".join(li.itertext()).split())) for li in items)
        return False

    def _wraps_chrome(self, el: etree._Element) -> bool:
        """A paragraph that is nothing but one chrome-classed element (``<p><span
        class="field-label">Release date:</span></p>``)."""
        children = [c for c in el if isinstance(c.tag, str)]
        if not children or len(children) > 2:
            return False
        total = self.a.text_len.get(el, 0)
        return any(
            self._extra_chrome(c) and self.a.text_len.get(c, 0) >= 0.8 * total for c in children
        )

    def _tells_in_paragraphs(self, el: etree._Element) -> bool:
        """An image set whose text is mostly paragraphs (``<p>`` outside captions), at least
        ``rules.MEDIA_SET_TEXT`` characters: a story told in slides, not a gallery's captions."""
        tl = self.a.text_len
        paras = sum(tl.get(p, 0) for p in el.iter("p")
                    if not any(tag_of(x) in ("figcaption", "figure") for x in p.iterancestors()
                               if x is not el and _is_ancestor(el, x)))
        return paras >= rules.MEDIA_SET_TEXT and paras >= 0.6 * tl.get(el, 1)

    def _extra_chrome(self, el: etree._Element) -> bool:
        cls, ident = self._classes[el], self._ids[el]
        if cls is None and ident is None:
            return False
        return self._named_chrome(el, cls, ident)

    def _named_chrome(self, el: etree._Element, cls: str | None, ident: str | None) -> bool:
        """``_extra_chrome`` of an element with a class or an id (``cls``, ``ident``: theirs)."""
        # (class and id apart, the answer for both together: class values repeat and are
        # cached, ids are unique and only asked when the class names nothing)
        hit = (cls and _INNER_CHROME.match(cls)) or (ident and _INNER_CHROME.match(ident)) or None
        if hit is not None:
            if hit in rules.MEDIA_SET:  # an image set, unless it tells the story in paragraphs
                return not self._tells_in_paragraphs(el)
            return True
        # A caption without its image (the image is a sibling, or gone): credits, not text.
        # One written in paragraphs is text (a gallery's slides told in their captions).
        return tag_of(el) != "figure" and _stray_caption(el, f"{cls or ''} {ident or ''}".lower(), "p")

    # ------------------------------------------------------------------ inline content

    def inline(self, el: etree._Element) -> tuple[str, str]:
        """(text, html) of an element's content; nested blocks become line breaks."""
        a = self.a
        needs_copy = (
            el in a.holds_skipped
            or a.height.get(el, 1 if el in a.text_len else 0) > self._flat_depth  # (a leaf's is not stored)
            or (len(el) and _holds_block(el))  # (a leaf holds no block: no call)
        )
        if not needs_copy:
            text, html = inline_content(el, self.base)
        else:
            text, html = self._inline_of([el], contents_of_first=True)
        # (ASCII text is already plain and composed: most text, no call)
        if text.isascii():
            return text, (html if html.isascii() else _nfc(html))
        if html == text and "\ufeff" not in text:
            # (text without markup, most leaves: one NFC for both; ``_plain_collapsed`` of a
            # text without a byte-order mark is its NFC)
            text = _nfc(text)
            return text, text
        return _plain_collapsed(text), (html if html.isascii() else _nfc(html))

    def _inline_of(self, items: list[etree._Element | str], *, contents_of_first: bool = False) -> tuple[str, str]:
        """(text, html) of ``items`` with skipped elements left out, blocks turned into
        ``br`` separated spans and nesting past the depth limit flattened (``inlinecopy.py``)."""
        a, extra = self.a, self._extra_skip
        return inline_items(
            items, base=self.base, max_depth=self._flat_depth,
            skip=(lambda x: x in a.skipped or extra(x)) if extra is not None else a.skipped.__contains__,
            contents_of_first=contents_of_first, loose_caption=_loose_caption)

    # ------------------------------------------------------------------ walking

    def build(self, containers: list[etree._Element]) -> list[Built]:
        """Blocks of ``containers`` (the article's elements, document order)."""
        self._containers = set(containers)
        self._total = sum(self.a.text_len.get(c, 0) for c in containers)
        for container in containers:
            if tag_of(container) == "header":
                self.lead(container)
            elif tag_of(container) in HANDLERS:
                self._handle(container)
            else:
                self._walk(container)
        return _trim(self.out)

    def _walk(self, root: etree._Element) -> None:
        # (attributes and helpers bound once: the loop runs on every child of the article)
        order = self.a.order
        measured = self.a.text_len
        skipped, out, max_blocks = self.skipped, self.out, self.limits.max_blocks
        inline_tags = rules.INLINE_TAGS
        classes = self._classes
        stack = [_Frame(root, iter(root), last_order=order.get(root, 0))]
        _run_text(stack[0], root.text)
        while stack:
            frame = stack[-1]
            # (a for loop over the frame's iterator: no index kept per child; it stops to
            # walk a nested container and goes on where it stopped once that is done)
            for child in frame.children:
                # (tag_of, inlined: libxml2's HTML parser gives element names in lower case)
                tag = child.tag
                if type(tag) is not str:  # a comment or processing instruction: only its tail
                    if (t := child.tail) and (frame.run or not t.isspace()):  # (_run_text, inlined)
                        frame.run.append(t)
                    continue
                if skipped(child):
                    frame.split = True
                    if tag == "header" and child in measured:
                        self._flush(frame)
                        self.lead(child)
                    if (t := child.tail) and (frame.run or not t.isspace()):  # (_run_text, inlined)
                        frame.run.append(t)
                    continue
                frame.last_order = order.get(child, frame.last_order)
                # (a leaf holds no block: no call)
                if (tag in inline_tags or tag == "br") and (not len(child) or not _holds_block(child)):
                    frame.run.append(child)
                    continue
                frame.split = True  # before flushing: the run is only part of the element
                if frame.run:
                    self._flush(frame)
                # (an embed box and a caption box are classed: a div without a class is neither)
                boxed = tag == "div" and classes[child] is not None
                if boxed and self._div_embed(child):
                    pass
                elif boxed and self._caption_box(child):
                    self.figure(child)
                elif (handler := HANDLERS.get(tag)) is not None:  # (_handle, inlined)
                    handler(self, child)
                else:
                    new = _Frame(child, iter(child), last_order=order.get(child, 0))
                    if (t := child.text) and not t.isspace():  # (_run_text, inlined: the run is empty)
                        new.run.append(t)
                    stack.append(new)
                    if len(out) >= max_blocks:
                        self.truncated += 1
                        return
                    break  # (the nested container next)
                if (t := child.tail) and (frame.run or not t.isspace()):  # (_run_text, inlined)
                    frame.run.append(t)
                if len(out) >= max_blocks:
                    self.truncated += 1
                    return
            else:  # (every child walked)
                stack.pop()
                if frame.run:
                    self._flush(frame)
                if stack:
                    _run_text(stack[-1], frame.el.tail)

    def _flush(self, frame: _Frame) -> None:
        run = frame.run
        if not run:
            return
        frame.run = []
        for x in run:  # (a run of nothing but whitespace between blocks is no paragraph)
            if not isinstance(x, str) or not x.isspace():
                break
        else:
            return
        first = next((x for x in run if not isinstance(x, str)), None)
        order = self.a.order.get(first, frame.last_order) if first is not None else frame.last_order + 0.5
        # (a run is flushed before its frame's end only when a block or a skipped child
        # splits the element: otherwise it is the whole element)
        if not frame.split:
            text, html = self.inline(frame.el)  # the whole element is one paragraph
        else:
            text, html = self._inline_of(run)
            text = _plain_collapsed(text)
        links = sum(self.a.link_len.get(x, 0) for x in run if not isinstance(x, str))
        if not text or _is_chrome_text(text, links / max(1, len(text.replace(" ", "")))):
            return
        self._emit(Paragraph(id="", text=text, html=html), frame.el, order)

    def _emit(self, block: Block, el: etree._Element, order: float | None = None) -> None:
        if len(self.out) >= self.limits.max_blocks:
            self.truncated += 1
            return
        self.out.append(Built(block, el, self.a.order.get(el, 0) if order is None else order))

    def _handle(self, el: etree._Element) -> None:
        HANDLERS[tag_of(el) or ""](self, el)

HANDLERS: dict[str, Callable[[BlockBuilder, etree._Element], None]] = {
    "p": BlockBuilder.paragraph,
    **{f"h{n}": BlockBuilder.heading for n in range(1, 7)},
    "ul": BlockBuilder.list_,
    "ol": BlockBuilder.list_,
    "dl": BlockBuilder.list_,
    "blockquote": BlockBuilder.quote,
    "pre": BlockBuilder.code,
    "table": BlockBuilder.table,
    "figure": BlockBuilder.figure,
    "img": BlockBuilder.image,
    "picture": BlockBuilder.image,
    "iframe": BlockBuilder.iframe,
    "hr": BlockBuilder.rule,
}


def _trim(out: list[Built]) -> list[Built]:
    """Drop rules and headings left dangling at the ends (their section was chrome)."""
    while out and isinstance(out[-1].block, (Heading, Rule)) and not _reads_as_text(out[-1].block):
        out.pop()
    while out and isinstance(out[0].block, Rule):
        out.pop(0)
    return out


def _reads_as_text(block: Block) -> bool:
    """A heading that is a sentence or two (a closing line set in bold type), not a title."""
    text = getattr(block, "text", "")
    return len(text) >= 40 and _SENTENCE_END.search(text) is not None


def _run_text(frame: _Frame, text: str | None) -> None:
    """``text`` added to the frame's run; whitespace alone starts none (the line breaks between
    blocks, most texts met: a run of nothing but whitespace is no paragraph, and whitespace
    before a run's first element is stripped with the run's text, so it need not be kept)."""
    if text and (frame.run or not text.isspace()):
        frame.run.append(text)
