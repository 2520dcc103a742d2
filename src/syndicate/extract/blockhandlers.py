"""The per-element handlers of the block builder: one method per element type (``p``,
headings, lists, ``blockquote``, ``pre``, ``table``, ``figure``, images, ``iframe``,
``hr``), each turning one element of the article into its body block. Mixed into
``blocks.BlockBuilder``, which walks the containers and maps tags to these methods
(``blocks.HANDLERS``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from ..embedhosts import provider_of_url
from ..model import (
    Block,
    Code,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Table,
    TableCell,
)
from ..sanitize import safe_url
from .blocktext import (
    _CAPTION,
    _CHROME_LINE,
    _SENTENCE_END,
    _int,
    _is_ancestor,
    _is_chrome_item,
    _is_chrome_text,
    _is_teaser,
    _plain,
    _pre_text,
    _words,
)
from .chrome_text import related_heading, related_prefix
from .chrome_util import previous_element
from .element_hints import tag_of
from .leads import key_points
from .rules import boilerplate as rules
from .rules import embeds as embed_rules
from .rules.chrome_patterns import literal_search

if TYPE_CHECKING:
    from ..limits import Limits
    from .blocks import Built
    from .content import Analysis

_LANG_CLASS = re.compile(r"(?:^|\s)(?:language|lang)-([\w+#.-]{1,30})")
_SRCSET_FIRST = re.compile(r"^\s*(\S+)")
_IMAGE_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-url", "data-lazy", "src")
_MAX_CELLS = 5000
#: Whether a class string holds a token of ``embed_rules.DIV_PROVIDERS`` (as a substring).
_DIV_TOKENS = literal_search([token for _, token, _ in embed_rules.DIV_PROVIDERS]).search
#: Block children that make a <dd> a container rather than a list item's text.
_BLOCK_IN_DD = ("p", "div", "section", "article", "table", "ul", "ol", "blockquote", "h2", "h3", "h4")


class BlockHandlers:
    """The handlers of ``BlockBuilder`` (a mixin: the walk, skipping and inline reading
    are the builder's own)."""

    if TYPE_CHECKING:
        a: Analysis
        base: str | None
        limits: Limits
        out: list[Built]
        _title: str | None
        _leads: list[etree._Element]
        #: Each element's class and id (``chrome_util.page_attributes``: read for the page at once).
        _classes: dict[etree._Element, str | None]
        _ids: dict[etree._Element, str | None]

        def skipped(self, el: etree._Element) -> bool: ...
        def inline(self, el: etree._Element) -> tuple[str, str]: ...
        def _walk(self, root: etree._Element) -> None: ...
        def _emit(self, block: Block, el: etree._Element, order: float | None = None) -> None: ...
        def _references(self, el: etree._Element) -> bool: ...
        def _extra_chrome(self, el: etree._Element) -> bool: ...
        def _wraps_chrome(self, el: etree._Element) -> bool: ...

    def lead(self, header: etree._Element) -> None:
        """The article's header: only its lead paragraph (standfirst) is body; the title,
        byline and date are metadata."""
        for el in header.iter("p", "h2", "ul"):
            if el in self.a.skipped or el not in self.a.text_len or self._extra_chrome(el):
                continue
            if tag_of(el) == "ul":
                if key_points(self.a, el) and not any(_is_ancestor(x, el) for x in self._leads):
                    self._leads.append(el)
                    self.list_(el)  # the story's key points, set under the headline
                continue
            length = self.a.inline_len.get(el, 0)
            if length < rules.MIN_LEAD_CHARS or length < 0.9 * self.a.text_len[el]:
                continue
            if self.a.link_density(el) > 0.3 or any(_is_ancestor(x, el) for x in self._leads):
                continue
            text, html = self.inline(el)
            if text and not _is_chrome_text(text, 0.0):
                self._leads.append(el)
                self._emit(Paragraph(id="", text=text, html=html), el)

    def _headline_before(self, el: etree._Element) -> etree._Element | None:
        """A headline ``h1`` earlier in the page than ``el`` (a site's linked logo is none)."""
        order = self.a.order.get(el, 0)
        for h1 in el.getroottree().getroot().iter("h1"):
            pos = self.a.order.get(h1)
            if pos is None:
                continue  # (inside chrome that was never measured)
            if h1 is el or pos >= order:
                return None
            if h1 in self.a.text_len and self.a.text_len[h1] and self.a.link_density(h1) < 0.5:
                return h1
        return None

    def paragraph(self, el: etree._Element) -> None:
        if len(el) and self._wraps_chrome(el):  # (a leaf wraps nothing: no call)
            return
        text, html = self.inline(el)
        if not text:
            for img in el.iter("img"):
                self.image(img, figure=el)
            return
        if _is_chrome_text(text, self.a.link_density(el)):
            return
        self._emit(Paragraph(id="", text=text, html=html), el)

    def heading(self, el: etree._Element) -> None:
        text, html = self.inline(el)
        if not text or related_heading(text) or related_prefix(text) or _CHROME_LINE.fullmatch(text):
            return
        level = int(tag_of(el)[1])  # type: ignore[index]
        if level == 1 and not any(isinstance(b.block, Paragraph) for b in self.out) and (
            self._headline_before(el) is None
        ):
            return  # the headline: metadata, not body (unless the page has had one already)
        if self._title and _words(text) == self._title and not any(
            isinstance(b.block, Paragraph) and _SENTENCE_END.search(b.block.text) for b in self.out
        ):
            return  # the headline set in another heading level (only a kicker above it)
        if self.a.link_density(el) > 0.8 and level > 1 and len(text) < 80:
            return  # a teaser's linked title
        self._emit(Heading(id="", level=level, text=text, html=html), el)

    def list_(self, el: etree._Element) -> None:
        if tag_of(el) == "dl" and any(
            tag_of(c) == "div" or (tag_of(c) == "dd" and next(c.iterchildren(*_BLOCK_IN_DD), None) is not None)
            for c in el
        ):
            # A description list used as a layout (groups wrapped in divs, whole articles in
            # a <dd>): its parts are containers, not list items.
            self._walk(el)
            return
        items = []
        chrome = teasers = 0
        for li in self._list_items(el):
            if self.skipped(li):
                continue
            text, html = self.inline(li)
            if text and _is_chrome_item(text):
                chrome += 1
            elif text:
                items.append(ListItem(text=text, html=html))
                teasers += _is_teaser(li, text)
        if chrome and chrome >= len(items):
            return  # mostly chrome: what is left are its labels ("Date", a teaser's title)
        if teasers >= 2 and 2 * teasers >= len(items):
            return  # a list of teasers (other articles, other entries): not this article
        if self.a.link_density(el) >= rules.RELATED_LIST_LINK_DENSITY and self._after_related_heading(el):
            return  # the links under a "More stories" heading: a related block
        if not items:
            for img in el.iter("img"):
                self.image(img)
            return
        if self.a.link_density(el) > rules.LIST_LINK_DENSITY and not self._references(el):
            self.a.why.setdefault(el, "link-density")
            return
        if len(items) == 1 and _is_chrome_text(items[0].text, self.a.link_density(el)):
            return
        self._emit(ListBlock(id="", ordered=tag_of(el) == "ol", items=items), el)

    def _list_items(self, el: etree._Element) -> list[etree._Element]:
        """The items of a list, with those of a list written straight inside it (``<ul><li>
        ...</li><ul><li>...</li></ul></ul>``, as some editors nest sub-lists) in place."""
        out: list[etree._Element] = []
        for child in el:
            tag = tag_of(child)
            if tag in ("li", "dt", "dd"):
                out.append(child)
            elif tag in ("ul", "ol") and not self.skipped(child):
                out.extend(self._list_items(child))
            elif tag in ("div", "p", "section", "article") and self.a.text_len.get(child, 0):
                out.append(child)  # (an item written without its <li>)
        return out

    def _after_related_heading(self, el: etree._Element) -> bool:
        prev = previous_element(el)
        if prev is None or self.a.text_len.get(prev, 0) > 80:
            return False
        return related_heading(" ".join(prev.itertext())) is not None

    def quote(self, el: etree._Element) -> None:
        classes = set((self._classes[el] or "").split())
        for provider, token, attr in embed_rules.BLOCKQUOTE_PROVIDERS:
            if token in classes:
                url = safe_url(el.get(attr), self.base) if attr else None
                if url is None:
                    links = [safe_url(a.get("href"), self.base) for a in el.iter("a")]
                    links = [u for u in links if u]
                    url = links[-1] if links else None
                text = None
                if provider in embed_rules.TEXT_PROVIDERS:
                    words = [_plain(p.text_content()) for p in el.iter("p")]
                    text = "\n".join(w for w in words if w) or None
                self._emit(Embed(id="", provider=provider, url=url, text=text), el)
                return
        text, html = self.inline(el)
        if not text or _is_chrome_text(text, self.a.link_density(el)):
            return
        self._emit(Quote(id="", text=text, html=html, cite=safe_url(el.get("cite"), self.base)), el)

    def code(self, el: etree._Element) -> None:
        text = _pre_text(el).strip("\n")
        if not text.strip():
            return
        language = None
        for node in (el, next(el.iter("code"), None)):
            if node is not None:
                m = _LANG_CLASS.search(node.get("class") or "")
                if m:
                    language = m.group(1)
                    break
        self._emit(Code(id="", text=text, language=language), el)

    def table(self, el: etree._Element) -> None:
        rows_el = [tr for tr in el.iter("tr")]
        nested = next(el.iterdescendants("table"), None) is not None
        cells = sum(len(tr) for tr in rows_el)
        single = len(rows_el) <= 1 or all(len(tr) <= 1 for tr in rows_el)
        if nested or single or cells > _MAX_CELLS or any(
            self.a.text_len.get(td, 0) > 600 for tr in rows_el for td in tr
        ):
            self._walk(el)  # a layout table: its cells are containers
            return
        rows: list[list[TableCell]] = []
        for tr in rows_el:
            row = []
            for td in tr:
                tag = tag_of(td)
                if tag not in ("td", "th"):
                    continue
                text, html = self.inline(td)
                row.append(TableCell(text=text, html=html, header=tag == "th"))
            if any(c.text for c in row):
                rows.append(row)
        if not rows:
            return
        caption_el = next(el.iter("caption"), None)
        caption = self.inline(caption_el)[0] if caption_el is not None else None
        self._emit(Table(id="", rows=rows, caption=caption or None), el)

    def _caption_box(self, el: etree._Element) -> bool:
        """A ``div`` that is a figure in all but name (WordPress ``wp-caption``): one image
        and a caption-classed element, little text."""
        if not _CAPTION.search(self._classes[el] or "") or self.a.text_len.get(el, 0) > 400:
            return False
        if self.a.height.get(el, 0) > 6:
            return False  # a figure is shallow (and deep nesting must stay linear to walk)
        return len(list(el.iter("img"))) == 1 and self._caption_of(el) is not None

    def _caption_of(self, el: etree._Element) -> etree._Element | None:
        cap = next(el.iter("figcaption"), None)
        if cap is not None or tag_of(el) == "figure":
            return cap
        classes = self._classes
        return next((c for c in el.iterdescendants() if isinstance(c.tag, str) and c.tag != "img"
                     and _CAPTION.search(classes[c] or "") and next(c.iter("img"), None) is None),
                    None)

    def figure(self, el: etree._Element) -> None:
        # (an <img> after a <source> is parsed inside the <source>, which is never read: the
        # <picture> around them stands for the image)
        if self._swallowed_paragraphs(el):
            self._walk(el)  # broken markup: the figure never closed and took the text in
            return
        img = next((i for i in el.iter("img", "picture") if not self.skipped(i)), None)
        cap_el = self._caption_of(el)
        # The figure's own caption, even when classed "caption" (which is chrome elsewhere).
        caption = self.inline(cap_el)[0] if cap_el is not None and cap_el not in self.a.skipped else None
        if img is not None:
            self.image(img, figure=el, caption=caption or None)
            return
        frame = next(el.iter("iframe"), None)
        if frame is not None:
            self.iframe(frame)
            return
        self._walk(el)

    def _swallowed_paragraphs(self, el: etree._Element) -> bool:
        """A figure holding paragraphs of running text outside its caption (at least two,
        ``rules.MEDIA_SET_TEXT`` characters, more than the caption): the article's text,
        which an unclosed ``<figure>`` or ``<a>`` in the markup nested inside it."""
        if tag_of(el) != "figure":
            return False
        tl = self.a.text_len
        paras = [p for p in el.iter("p") if tl.get(p, 0) >= rules.MIN_PARAGRAPH_CHARS
                 and not any(tag_of(x) == "figcaption" for x in p.iterancestors() if _is_ancestor(el, x))]
        chars = sum(tl.get(p, 0) for p in paras)
        return len(paras) >= 2 and chars >= rules.MEDIA_SET_TEXT and chars >= 0.5 * tl.get(el, 0)

    def image(self, el: etree._Element, *, figure: etree._Element | None = None,
              caption: str | None = None) -> None:
        if tag_of(el) == "picture":
            inner = next(el.iter("img"), None)
            if inner is None:
                return
            figure, el = figure if figure is not None else el, inner
        src = None
        for attr in _IMAGE_ATTRS:
            value = el.get(attr)
            if value and not value.strip().lower().startswith("data:"):
                src = safe_url(value, self.base)
                if src:
                    break
        if src is None:
            m = _SRCSET_FIRST.match(el.get("data-srcset") or el.get("srcset") or "")
            src = safe_url(m.group(1), self.base) if m else None
        if src is None:
            return
        width, height = _int(el.get("width")), _int(el.get("height"))
        if (width is not None and width <= 2) or (height is not None and height <= 2):
            return  # tracking pixel
        alt = (el.get("alt") or "").strip() or None
        self._emit(
            ImageBlock(id="", src=src, alt=alt, caption=caption, width=width, height=height,
                       kind="figure" if caption else "image"),
            figure if figure is not None else el,
        )

    def iframe(self, el: etree._Element) -> None:
        src = el.get("src") or el.get("data-src") or el.get("data-lazy-src") or ""
        url = safe_url(src, self.base)
        if not url:
            return
        provider = provider_of_url(url)  # by host, never by a search in host+path
        if provider is not None:
            self._emit(Embed(id="", provider=provider, url=url, title=el.get("title") or None), el)

    def rule(self, el: etree._Element) -> None:
        self._emit(Rule(id=""), el)

    def _div_embed(self, el: etree._Element) -> bool:
        classes = self._classes[el]
        # (a substring search first: most divs name no provider, and their class lists are long)
        if not classes or _DIV_TOKENS(classes) is None:
            return False
        tokens = set(classes.split())
        for provider, token, attr in embed_rules.DIV_PROVIDERS:
            if token in tokens:
                self._emit(Embed(id="", provider=provider, url=safe_url(el.get(attr), self.base)), el)
                return True
        return False
