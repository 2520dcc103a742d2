"""Dates a page shows rather than declares: date lines near the headline, the URL path,
the page's own script data.

Consulted only when the page's structured metadata (JSON-LD, meta tags, microdata,
classed ``<time>`` elements) states no publication date. A date line is a short
text (not running text: its element holds at most :data:`MAX_LINE_CHARS` characters)
near the headline or at the top of the ``<article>``; the words before the date
tell an update ("Updated", "Aktualisiert", "Mis à jour"...) from a publication.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from datetime import datetime

from lxml import etree

from .dates import plausible, to_rfc3339
from .metatext import in_skipped, local_tag, own_text
from .rules import metadata_sources as R

__all__ = ["labelled_dates", "script_date", "text_dates", "url_date"]

#: An element whose text is longer than this is running text, not a date line.
MAX_LINE_CHARS = 200
#: Date lines read (enough to see a listing; the publication date is among the first).
MAX_CANDIDATES = 8
#: Distinct dates under one class name that make a listing (teasers of other articles).
LISTING_DATES = 3
#: A date line's label ("Updated", "Published on") is read from this many characters before
#: the date; when the date's own text has fewer than MIN_LABEL before it, the label is looked
#: for in the elements before it, up to LABEL_LEVELS levels up.
LABEL_CHARS = 40
#: More words than this before the date in its line make a sentence, not a label.
MAX_LABEL_WORDS = 6
MIN_LABEL = 12
#: More words than this after the date in its line make a sentence ("Posted on May 3, 2020
#: by Jane Doe in Politics" is a date line).
MAX_TRAIL_WORDS = 6
LABEL_LEVELS = 3
#: A date line of a listing's class counts as the article's own when it is among the first
#: OWN_DATE_REACH elements from the headline and the listing's next date is LISTING_GAP on.
OWN_DATE_REACH = 20
LISTING_GAP = 60
#: Script characters searched for a date key.
MAX_SCRIPT_CHARS = 3_000_000

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "select", "option",
                   "form", "nav", "footer", "aside"})
_YEAR_OR_CJK = re.compile(r"(?<!\d)(?:199[5-9]|20\d\d)(?!\d)|[年년]")


def _yearish(text: str) -> bool:
    """:data:`_YEAR_OR_CJK` found in ``text``; substring tests first (most texts hold neither
    "19" nor "20", and ``in`` costs a tenth of the pattern's search)."""
    return ("20" in text or "19" in text or "年" in text or "년" in text) and _YEAR_OR_CJK.search(text) is not None
#: A date expression inside a line: numeric with a four-digit year, year first (CJK too),
#: or a month word between or before day and year.
_EXPRESSIONS = re.compile(
    r"(?<!\d)(?:19|20)\d\d\s*(?:[./年-]|년)\s*\d{1,2}\s*(?:[./月-]|월)\s*\d{1,2}(?:\s*[日일])?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?<!\d)\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)\d\d(?:,?\s+\d{1,2}:\d{2})?"
    r"|(?<![\w])\d{1,2}(?:st|nd|rd|th|er|\.|º|°)?\s*(?:de\s+|of\s+)?[^\W\d_]{3,}\.?,?\s*(?:de\s+|del\s+)?(?:19|20)\d\d(?!\d)"
    r"|(?<![\w])[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?!\d)"
)
_UPDATED = re.compile(r"(?:^|[^\w])(?:" + "|".join(re.escape(w) for w in sorted(R.UPDATED_WORDS, key=len, reverse=True))
                      + r")(?:[^\w]|$)", re.I)
#: A clause after the date ("..., the agency has received:"): the date is part of a sentence.
_CLAUSE_AFTER = re.compile(r",\s+[^\W\d_A-Z]\w*(?:\s+\S+){3}")
_PUBLISHED = re.compile(r"(?:^|[^\w])(?:" + "|".join(re.escape(w) for w in sorted(R.PUBLISHED_WORDS, key=len, reverse=True))
                        + r")(?:[^\w]|$)", re.I)
#: Either kind of label (one search instead of two).
_ANY_LABEL = re.compile(r"(?:^|[^\w])(?:" + "|".join(
    re.escape(w) for w in sorted({*R.UPDATED_WORDS, *R.PUBLISHED_WORDS}, key=len, reverse=True)) + r")(?:[^\w]|$)", re.I)
_URL_DATE = re.compile(r"/((?:199[5-9]|20\d\d))[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_-]|\.html?|$)")
#: "/2023/oct/03/", "/2023/october/03/": the month by its English name.
_URL_MONTHS = {m: k for k, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                           "nov", "dec"), 1)}
_URL_NAMED_DATE = re.compile(
    r"/((?:199[5-9]|20\d\d))/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/(0?[1-9]|[12]\d|3[01])(?:[/_-]|\.html?|$)", re.I)
#: The value after a script-data key: ``": "2021-02-03T04:05:06Z"``.
_SCRIPT_VALUE = re.compile(r"""["']?\s*:\s*["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)["']""")


_tag = local_tag


def _skipped(el: etree._Element) -> bool:
    """Inside a script, form, navigation, aside or the page's footer (an article's own
    ``<footer>``, inside its ``<article>`` or ``<main>``, holds its byline and date)."""
    return in_skipped(el, _SKIP, _ARTICLE)


_ARTICLE = frozenset({"article", "main"})


def text_dates(near: Iterable[etree._Element], language: str | None,
               labelled: bool = False, commented: Container[etree._Element] | None = None,
               ) -> tuple[str | None, str | None]:
    """(published, modified) from date lines among ``near`` (the elements around the
    headline, nearest first). Dates of a listing (several dates under one class name:
    teasers of other articles) are left out; the first remaining date not marked as an
    update is the publication date. ``labelled``: only lines whose words before the date
    say what it is ("Posted on", "Published:", "Updated") count (for a scan of the whole
    article, where an unlabelled date may be anything). ``commented``: ``metatext.commented``
    of the page, when the caller has it (the own text of any other element is its ``.text``)."""
    found: list[tuple[str, bool, str, int]] = []
    for at, el in enumerate(near):
        # (_yearish's substring tests inlined: this runs on every element near the headline;
        # the full test follows for the few that pass)
        mine, tail = own_text(el, commented), el.tail
        if not (mine and ("20" in mine or "19" in mine or "年" in mine or "년" in mine)) and not (
                tail and ("20" in tail or "19" in tail or "年" in tail or "년" in tail)):
            continue  # (most elements: one look at each text)
        for text, own in ((mine, True), (tail, False)):
            if not text or len(text) > MAX_LINE_CHARS or not _yearish(text):
                continue
            if own and _tag(el) in _SKIP:
                continue
            match = _EXPRESSIONS.search(text)
            if not match:
                continue
            # the tests on the line's own text first: they cost less than parsing the date
            lead = text[: match.start()]
            if len(lead.split()) > MAX_LABEL_WORDS:  # "The season ends on April 15, 2025": a sentence
                continue
            if _CLAUSE_AFTER.match(text, match.end()) or len(text[match.end():].split()) > MAX_TRAIL_WORDS:
                continue  # "As of July 31, 2025, the agency has ...", "on May 3, 2019 in an article in ..."
            holder = el if own else el.getparent()
            if holder is None:
                continue
            stamp = to_rfc3339(match.group(0), language)
            if own and _tag(el) == "time" and el.get("datetime"):  # the machine-readable value
                stamp = to_rfc3339(el.get("datetime") or "", language) or stamp
            if not stamp or not plausible(stamp) or _is_running_text(holder) \
                    or _skipped(holder) or _in_foreign_block(holder):
                continue
            if len(lead.strip()) < MIN_LABEL:  # "<b>Updated:</b> <time>...": the label is the text before
                before = "".join(el.itertext()) if not own else ""
                lead = (before if len(before) >= LABEL_CHARS else _text_before(el, before)) + lead
            label = lead[-LABEL_CHARS:]
            updated = bool(_UPDATED.search(label))
            if labelled and not (updated or _PUBLISHED.search(label)):
                continue
            found.append((stamp, updated, _kind(holder), at))
        if len(found) >= MAX_CANDIDATES:
            break
    listing: dict[str, set[str]] = {}
    where: dict[str, list[int]] = {}
    for stamp, updated, kind, at in found:
        if not updated:
            listing.setdefault(kind, set()).add(stamp[:10])
            where.setdefault(kind, []).append(at)
    published = modified = None
    for stamp, updated, kind, at in found:
        if kind and len(listing.get(kind, ())) >= LISTING_DATES and not _own_in_listing(at, where[kind]):
            continue
        if updated:
            modified = modified or stamp
        elif published is None:
            published = stamp
    return published, modified


#: Text nodes of the page read by :func:`labelled_dates`.
MAX_LABELLED_SCAN = 20_000


def labelled_dates(root: etree._Element, language: str | None) -> tuple[str | None, str | None]:
    """(published, modified) from labelled date lines anywhere in the page's ``<body>``
    ("Posted on April 13, 2023" at the foot of the article, far from its headline);
    for a page whose headline region shows none."""
    body = root.find("body")
    if body is None:
        return None, None
    # a first look at the serialised text (C-level, no text-node objects): most pages have
    # no label followed by a year; this test lets through every page the exact one below does
    if not _label_word_then_year(etree.tostring(body, method="text", encoding=str, with_tail=False)):
        return None, None
    texts = _PLAIN_TEXTS(body)
    if not _label_then_year(" ".join(texts[:MAX_LABELLED_SCAN])):
        return None, None
    # the text nodes that may hold a year, as strings that know their element (fewer objects
    # than all text nodes; the first MAX_LABELLED_SCAN nodes when the page has more)
    texts = _YEARISH_TEXTS(body) if len(texts) <= MAX_LABELLED_SCAN else _TEXTS(body)[:MAX_LABELLED_SCAN]
    elements: dict[etree._Element, None] = {}  # the elements holding a short text with a year, in order
    for text in texts:
        if len(text) <= MAX_LINE_CHARS and _yearish(text):
            parent = text.getparent()
            if parent is not None and not isinstance(parent.tag, str):  # after a comment: its element's own text
                parent = parent.getparent() if text.is_tail else None
            if parent is not None and _tag(parent) not in _SKIP:
                elements[parent] = None
    return text_dates(elements, language, labelled=True)


#: The first word of every label (a label's words sit in one text node up to its first
#: space) and a year, for :func:`_label_word_then_year`.
_LABEL_FIRST_WORDS = re.compile("|".join(sorted({re.escape(w.split(" ")[0].lower())
                                                 for w in (*R.PUBLISHED_WORDS, *R.UPDATED_WORDS)},
                                                key=len, reverse=True)))
_ANY_YEAR = re.compile(r"199[5-9]|20\d\d|[年년]")


def _label_word_then_year(text: str) -> bool:
    """Whether a label's first word stands shortly before a year in ``text`` (the text of
    the body, text nodes not separated), lower-cased: true wherever :func:`_label_then_year`
    is, read without making the text-node objects it needs. (Only the stretch before each
    year is lower-cased: a copy of a whole page's text beyond ASCII, lower-cased, costs more
    than the scan.)"""
    window = LABEL_CHARS + 20
    for k, start in enumerate(_year_starts(text, alone=False)):
        if k >= MAX_YEARS_SCANNED or _LABEL_FIRST_WORDS.search(text[max(0, start - window):start].lower()):
            return True  # (past the bound: the exact test decides)
    return False


def _year_starts(text: str, alone: bool) -> Iterator[int]:
    """Where the matches of :data:`_ANY_YEAR` (``alone``: of :data:`_YEAR_OR_CJK`, a year
    no digit touches) start in ``text``, in order, as their ``finditer`` gives them. A page's
    whole text: the patterns try every character, ``str.find`` jumps from one "199" or "20"
    to the next (several times cheaper). A text holding 年 or 년 is left to the pattern."""
    if "年" in text or "년" in text:
        yield from (m.start() for m in (_YEAR_OR_CJK if alone else _ANY_YEAR).finditer(text))
        return
    find, size = text.find, len(text)
    nineties, twenties = find("199"), find("20")
    while nineties >= 0 or twenties >= 0:
        at = nineties if twenties < 0 or 0 <= nineties < twenties else twenties
        end = at + 4
        if end > size:
            year = False
        elif at == nineties:
            year = text[end - 1] in "56789"  # 199[5-9]
        else:
            year = text[at + 2:end].isdecimal()  # 20\d\d (``\d`` is what isdecimal() is)
        if year and alone and ((at and text[at - 1].isdecimal()) or text[end:end + 1].isdecimal()):
            year = False
        if year:
            yield at
        resume = end if year else at + 1
        if 0 <= nineties < resume:
            nineties = find("199", resume)
        if 0 <= twenties < resume:
            twenties = find("20", resume)


_PLAIN_TEXTS = etree.XPath(".//text()", smart_strings=False)
#: Text nodes holding what :data:`_YEAR_OR_CJK` needs ("19" or "20" of a year, or 年/년).
_YEARISH_TEXTS = etree.XPath(".//text()[contains(., '19') or contains(., '20') or contains(., '年')"
                             " or contains(., '년')]")
_TEXTS = etree.XPath(".//text()")  # (predicates on parents make libxml2's XPath slower than a Python filter)
#: Years looked at by :func:`_label_then_year`.
MAX_YEARS_SCANNED = 2_000


def _label_then_year(text: str) -> bool:
    """Whether a publication or update label stands shortly before a year somewhere in ``text``."""
    for k, start in enumerate(_year_starts(text, alone=True)):
        if k >= MAX_YEARS_SCANNED:
            break
        window = text[max(0, start - LABEL_CHARS - 20): start]  # (as in _label_word_then_year)
        # the label's first word is one of the window's words: a set test before the pattern
        # (U+0130 lower-cases to two characters: the pattern alone decides there)
        if _LABEL_FIRST.isdisjoint(_WORD.findall(window.lower())) and "\u0130" not in window:
            continue
        if _ANY_LABEL.search(window):
            return True
    return False


_WORD = re.compile(r"\w+")
#: The first word of every label, lower case.
_LABEL_FIRST = frozenset(w.split(" ")[0].lower() for w in (*R.PUBLISHED_WORDS, *R.UPDATED_WORDS))


def _own_in_listing(at: int, positions: list[int]) -> bool:
    """The article's own date line dressed like the teasers' below it: it sits right by the
    headline and the listing starts far after it."""
    return at == positions[0] <= OWN_DATE_REACH and len(positions) > 1 and positions[1] - at >= LISTING_GAP


def _text_before(el: etree._Element, tail: str) -> str:
    """The text before ``el`` in its line (earlier siblings, then the parent's own text, up
    to two levels up): where the label of a date in its own element sits ("Last Updated
    <span>on</span> <span>May 2</span>", "Updated <span>May 2</span>"). Stops at another
    date, whose label it would be."""
    parts = [tail]
    size = len(tail)
    node = el
    for _ in range(LABEL_LEVELS):
        sib = node.getprevious()
        while sib is not None and size < LABEL_CHARS:
            chunk = sib.tail or ""
            if isinstance(sib.tag, str) and _tag(sib) not in _SKIP:
                chunk = "".join(sib.itertext()) + chunk
            if _YEAR_OR_CJK.search(chunk):
                return " ".join(reversed(parts))
            parts.append(chunk)
            size += len(chunk)
            sib = sib.getprevious()
        parent = node.getparent()
        if parent is None or size >= LABEL_CHARS:
            break
        chunk = parent.text or ""
        if _YEAR_OR_CJK.search(chunk):
            break
        parts.append(chunk)
        size += len(chunk)
        node = parent
    return " ".join(reversed(parts))


_CLASS_SPLIT = re.compile(r"[\s_-]+")


def _in_foreign_block(el: etree._Element) -> bool:
    """Inside a teaser card, related list, comment or sidebar (by class-name parts)."""
    for node in (el, *list(el.iterancestors())[:4]):
        cls = node.get("class")
        if cls and R.FOREIGN_DATE_CLASS_PARTS.intersection(_CLASS_SPLIT.split(cls.lower())):
            return True
    return False


def _kind(el: etree._Element) -> str:
    """What makes elements alike in a listing: the class of the element or its parent."""
    for node in (el, el.getparent()):
        if node is not None and node.get("class"):
            return f"{_tag(node)}.{node.get('class')}"
    return ""


_BLOCKS = frozenset({"p", "li", "td", "dd", "blockquote", "figcaption"})


def _is_running_text(el: etree._Element) -> bool:
    """A date inside a paragraph ("On 5 March 2020 the council..."): the element's text, or
    that of the paragraph or list item holding it, is long."""
    block = el
    for node in (el, *list(el.iterancestors())[:3]):
        if _tag(node) in _BLOCKS:
            block = node
            break
    size = 0
    for t in block.itertext():
        size += len(t)
        if size > MAX_LINE_CHARS:
            return True
    return False


def url_date(url: str | None) -> str | None:
    """The date in a URL path ("/2019/11/18/slug", "/2019-11-18/"), as RFC 3339 midnight UTC."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    m = _URL_DATE.search(path) or _URL_NAMED_DATE.search(path)
    if not m:
        return None
    month = int(m[2]) if m[2].isdigit() else _URL_MONTHS[m[2].lower()[:3]]
    try:
        stamp = datetime(int(m[1]), month, int(m[3])).strftime("%Y-%m-%dT00:00:00Z")
    except ValueError:
        return None
    return stamp if plausible(stamp) else None


def script_date(scripts: Iterable[str]) -> str | None:
    """The first ISO publication date under a known key in the page's script data
    (keys found with ``str.find``, a C-level scan; the value then matched in place)."""
    budget = MAX_SCRIPT_CHARS
    for text in scripts:
        budget -= len(text)
        if budget < 0:
            break
        for key in R.SCRIPT_DATE_KEYS:
            at = text.find(key)
            while at != -1:
                m = _SCRIPT_VALUE.match(text, at + len(key))
                if m and text[at - 1:at] in ("\"", "'", "{", ",", " ", "\n"):
                    stamp = to_rfc3339(m.group(1))
                    if stamp and plausible(stamp):
                        return stamp
                at = text.find(key, at + len(key))
    return None
