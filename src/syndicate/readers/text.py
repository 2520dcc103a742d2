"""Reader for text a scraper already flattened: plain text or Markdown.

The input may be just the article or a whole page dump (menus, teasers, share
bars, cookie notices, footers). Steps:

1. lines and their features (``text_lines``; Markdown syntax by ``markdown``);
2. the article region and its body lines (``text_regions``);
3. roles (this module): every line is body, chrome found by the phrase tables
   shared with the HTML reader (ad labels and leftovers, related headings and
   their items, CTA prompts and share targets), a teaser list (Markdown links
   to the site's own articles: a related block), or dropped navigation. The
   title is the heading or title-like line just above the region.

Locators are ``line:N`` (1-based source lines). ``doc.text()`` is plain text.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from typing import Literal
from urllib.parse import urlsplit

from ..errors import InputError
from ..extract import chrome_text as chrome
from ..extract.language import detect_text_language
from ..extract.rules.text_lines import (
    AROUND_LINES,
    LANGUAGE_CHARS,
    MAX_ITEM_WORDS,
    MAX_TITLE_WORDS,
    MIN_ITEM_WORDS,
    MIN_TEASER_ITEMS,
    MIN_TEASER_WORDS,
    MIN_TITLE_WORDS,
    NO_SPACE_SCALE,
    TITLE_LOOKBACK,
)
from ..limits import DEFAULT_LIMITS, Limits
from ..memo import page_read
from ..model import (
    AdSlot,
    Block,
    CallToAction,
    Document,
    Heading,
    ListBlock,
    ListItem,
    Metadata,
    Paragraph,
    Quote,
    Related,
    RelatedItem,
)
from ..positions import IdAllocator, place
from ..sanitize import check_page_url, safe_url
from .markdown import looks_like_markdown
from .text_lines import Line, read_lines
from .text_regions import Region, find_region
from .text_repair import repair_mojibake

#: Characters at a line's end that can hold an ad-image leftover (``spot_img``).
LEFTOVER_TAIL = 48
#: Longest line the chrome phrase tests look at (a "Read also: headline" line).
CHROME_MAX_WORDS = 3 * chrome.MAX_LABEL_WORDS

# A year or a separator of bylines and datelines: such a line is not the title.
_DATELINE = re.compile(r"\b(?:1[89]|20)\d\d\b|\s[|·•]\s")

TextFormat = Literal["auto", "text", "markdown"]
Chrome = AdSlot | Related | CallToAction


def _split_leftover(text: str) -> tuple[str, str | None]:
    """``chrome.split_leftover``, run on the line's tail only: leftovers are short and end
    the line, and the pattern is slow over a whole paragraph."""
    if len(text) > LEFTOVER_TAIL and chrome.split_leftover(text[-LEFTOVER_TAIL:])[1] is None:
        return text, None
    return chrome.split_leftover(text)


def _looks_like_title(line: Line) -> bool:
    words = line.words or len(line.text.split())
    return 0 < words <= MAX_TITLE_WORDS and not (
        line.text.endswith(".") and not line.text.endswith("...")) and line.link_density < 0.5


def _looks_like_headline(text: str) -> bool:
    words = len(text.split())
    return MIN_ITEM_WORDS <= words <= MAX_ITEM_WORDS and text[-1] not in ".:;,"


def _find_title(lines: list[Line], region: Region, no_space: bool) -> int | None:
    """Index of the title line: above the region (a heading first), or the first line."""
    if not region.found:
        return 0 if len(lines) > 1 and _looks_like_title(lines[0]) else None
    first_body = region.body[0] if region.body else region.start
    low = max(0, first_body - TITLE_LOOKBACK)
    candidates = [i for i in range(low, first_body)
                  if _looks_like_title(lines[i]) and chrome.classify(lines[i].text) is None
                  and not lines[i].copyright]
    headings = [i for i in candidates if lines[i].kind == "heading"]
    if headings:
        return min(headings, key=lambda i: (lines[i].level, first_body - i))
    wordy = [i for i in candidates if lines[i].words >= MIN_TITLE_WORDS
             or (no_space and len(lines[i].text) >= NO_SPACE_SCALE * MIN_TITLE_WORDS)]
    # A byline or dateline ("By J. Smith | 4 March 2024") sits between title and text.
    plain = [i for i in wordy if not _DATELINE.search(lines[i].text)]
    return plain[-1] if plain else (wordy[-1] if wordy else None)


def _site_host(lines: list[Line], url: str | None) -> str | None:
    if url:
        return urlsplit(url).netloc.lower()
    hosts = Counter(urlsplit(u).netloc.lower() for line in lines for _, u in line.links
                    if u.startswith("http"))
    return hosts.most_common(1)[0][0] if hosts else None


def _teaser_runs(lines: list[Line], skip: set[int], host: str | None) -> dict[int, int]:
    """Runs of headline links to the site's own pages (Markdown): first index -> last index."""
    def teaser(i: int) -> bool:
        line = lines[i]
        if i in skip or not line.links or line.link_density < 0.8:
            return False
        if len(line.text.split()) < MIN_TEASER_WORDS:
            return False
        target = urlsplit(line.links[0][1]).netloc.lower()
        return not target or target == host

    runs: dict[int, int] = {}
    i = 0
    while i < len(lines):
        if teaser(i):
            j = i
            while j + 1 < len(lines) and (teaser(j + 1) or (
                    j + 2 < len(lines) and not lines[j + 1].links and teaser(j + 2))):
                j += 1
            if sum(teaser(k) for k in range(i, j + 1)) >= MIN_TEASER_ITEMS:
                runs[i] = j
            i = j + 1
        else:
            i += 1
    return runs


def parse_text(text: str, *, url: str | None = None, format: TextFormat = "auto",
               limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read flattened text (plain or Markdown) into a :class:`Document`.

    ``format`` is ``"text"``, ``"markdown"`` or ``"auto"`` (Markdown when the text carries
    enough link or heading syntax). Raises :class:`syndicate.InputError` for input that is
    not text, an unknown format, or text over ``limits.max_input_bytes``.
    """
    if isinstance(text, bytes):
        raise InputError("parse_text() takes str; decode bytes first or use parse()")
    if not isinstance(text, str):
        raise InputError(f"parse_text() takes str, not {type(text).__name__}")
    if format not in ("auto", "text", "markdown"):
        raise InputError(f"format must be 'auto', 'text' or 'markdown', not {format!r}")
    url = check_page_url(url)
    limits.check_size(len(text), what="text")
    text = repair_mojibake(text.replace("\x00", ""))
    markdown = format == "markdown" or (format == "auto" and looks_like_markdown(text))
    dump = read_lines(text, markdown)
    lines = dump.lines
    region = find_region(dump)
    try:
        return _Builder(lines, region, url, markdown, dump.no_space).build()
    finally:
        page_read()  # (every few pages: what they added to the shared caches, past their limits)


class _Builder:
    """Gives every line its role and assembles the document."""

    def __init__(self, lines: list[Line], region: Region, url: str | None, markdown: bool,
                 no_space: bool) -> None:
        self.lines, self.region, self.url, self.markdown = lines, region, url, markdown
        self.no_space = no_space
        self.new_id = IdAllocator()
        self.sequence: list[Block | Chrome] = []
        self.body: list[Block] = []
        self.ads: list[AdSlot] = []
        self.related: list[Related] = []
        self.ctas: list[CallToAction] = []
        self.outside: set[int] = set()
        # _plain_before[k]: lines before index k that match no chrome phrase.
        self._plain_before = [0]
        for line in lines:
            self._plain_before.append(self._plain_before[-1] + (line.chrome is None))

    def _far(self, i: int) -> bool:
        """Chrome well away from the article region: page chrome, placed ``outside``."""
        if not self.region.found:
            return False
        # Count the lines in between that are no chrome phrase (menus, teasers, share
        # targets): a chain of labels and prompts below the article is still "after" it.
        plain = self._plain_before
        if i < self.region.start:
            return plain[self.region.start] - plain[i + 1] > AROUND_LINES
        if i > self.region.end:
            return plain[i] - plain[self.region.end + 1] > AROUND_LINES
        return False

    def _add(self, i: int, item: Chrome) -> None:
        self.sequence.append(item)
        if self._far(i):
            self.outside.add(id(item))

    def _item(self, line: Line) -> RelatedItem:
        link = safe_url(line.links[0][1], self.url) if line.links else None
        return RelatedItem(title=line.text, url=link)

    def build(self) -> Document:
        lines, region = self.lines, self.region
        title_at = _find_title(lines, region, self.no_space)
        body_at = set(region.body) - {title_at}
        teasers = (_teaser_runs(lines, body_at, _site_host(lines, self.url))
                   if self.markdown else {})
        open_related: Related | None = None  # collecting headline items
        open_share: CallToAction | None = None  # collecting share targets
        previous: object | None = None
        open_list: ListBlock | None = None
        teaser_end = -1

        for i, line in enumerate(lines):
            if i == title_at:
                previous, open_related, open_share, open_list = None, None, None, None
                continue
            locator = f"line:{line.number}"
            text = line.text
            rest, leftover = _split_leftover(text)
            # Chrome phrases are short: long lines skip the (many) phrase tests.
            short = line.words <= CHROME_MAX_WORDS
            # One combined match first: most lines are no label, heading or prompt at all.
            known = bool(rest) and (line.chrome if rest is text else chrome.classify(rest)) is not None
            label = chrome.ad_label(rest) if known else None
            if leftover is not None and not rest and isinstance(previous, AdSlot):
                previous.attributes["leftover"] = leftover
                continue
            if label is not None or (leftover is not None and not rest):
                slot = AdSlot(id=self.new_id("ad"), locator=locator, label=label)
                if leftover:
                    slot.attributes["leftover"] = leftover
                self.ads.append(slot)
                self._add(i, slot)
                previous, open_related, open_share, open_list = slot, None, None, None
                continue
            if leftover is not None:  # text with a leftover glued on: keep the text
                text = rest

            # A related heading the shared tables know, or a closing mark of that kind
            # ("Ähnliche Beiträge", "Das könnte Dich auch interessieren").
            heading = chrome.related_heading(text) if known else None
            if heading or (line.mark == "related" and i not in body_at):
                block = Related(id=self.new_id("rel"), locator=locator, title=heading or text)
                self.related.append(block)
                self._add(i, block)
                previous, open_related, open_share, open_list = block, block, None, None
                continue
            if short and (":" in text or "：" in text) and (prefixed := chrome.related_prefix(text)):
                heading, item_title = prefixed
                item = RelatedItem(title=item_title, url=self._item(line).url)
                block = Related(id=self.new_id("rel"), locator=locator, title=heading, items=[item])
                self.related.append(block)
                self._add(i, block)
                previous, open_related, open_share, open_list = block, None, None, None
                continue
            if known and (kind := chrome.cta_kind(text)):
                link = safe_url(line.links[0][1], self.url) if line.links else None
                cta = CallToAction(id=self.new_id("cta"), locator=locator, kind=kind, text=text,
                                   url=link)
                self.ctas.append(cta)
                self._add(i, cta)
                previous, open_related, open_list = cta, None, None
                open_share = cta if kind in ("share", "follow") else None
                continue
            if open_share is not None and short and chrome.social_network(text):
                open_share.text = f"{open_share.text} {text}"
                continue
            if open_related is not None and not line.copyright and _looks_like_headline(text) and (
                    not self.markdown or line.links or i not in body_at):
                item = self._item(line)
                item.title = text
                open_related.items.append(item)
                continue
            if i in teasers:
                teaser_end = teasers[i]
                head = lines[i - 1] if i > 0 else None
                title = (head.text if head is not None and not head.links and i - 1 not in body_at
                         and len(head.text.split()) <= 8 and i - 1 != title_at else None)
                block = Related(id=self.new_id("rel"), locator=locator, title=title)
                self.related.append(block)
                self._add(i, block)
                previous, open_related, open_share, open_list = block, block, None, None
                block.items.append(self._item(line))
                continue
            if i <= teaser_end and open_related is not None:
                if line.links:
                    open_related.items.append(self._item(line))
                continue

            if i not in body_at:
                open_related, open_list = None, None
                continue
            block_ = self._block(line, locator, open_list)
            if block_ is None:  # an item added to the open list
                continue
            open_list = block_ if isinstance(block_, ListBlock) else None
            self.body.append(block_)
            self.sequence.append(block_)
            previous, open_related, open_share = block_, None, None

        place(self.sequence, outside=frozenset(self.outside))
        title = lines[title_at].text if title_at is not None else None
        # Text carries no declared language: it is detected from the body, as the HTML
        # reader does for pages that declare none.
        language = detect_text_language(" ".join(
            b.text for b in self.body if isinstance(b, Paragraph | Quote))[:LANGUAGE_CHARS])
        metadata = Metadata(title=title, language=language,
                            language_detected=language is not None)
        return Document(url=self.url, metadata=metadata, body=self.body,
                        ads=self.ads, related=self.related, ctas=self.ctas)

    def _block(self, line: Line, locator: str, open_list: ListBlock | None) -> Block | None:
        """The body block for ``line``; None when it joined ``open_list``."""
        escaped = html_lib.escape(line.text, quote=False)
        new_id = self.new_id
        if line.kind == "heading":
            return Heading(id=new_id("b"), locator=locator, level=min(max(line.level, 1), 6),
                           text=line.text, html=escaped)
        if line.kind == "item":
            if open_list is not None:
                open_list.items.append(ListItem(text=line.text, html=escaped))
                return None
            return ListBlock(id=new_id("b"), locator=locator,
                             items=[ListItem(text=line.text, html=escaped)])
        if line.kind == "quote":
            return Quote(id=new_id("b"), locator=locator, text=line.text, html=escaped)
        return Paragraph(id=new_id("b"), locator=locator, text=line.text, html=escaped)
