"""Text and element tests for the block builder (``blocks.py``): is this text page chrome
(a chrome line, a byline, a promo, a caption credit), is a list item a teaser cut short,
does an element hold a block; and the normalisation of block text (whitespace, NFC).
Plain functions of a text or one element, no state of the walk."""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from ..memo import memo
from .chrome_text import ad_label, reads_as_phrase
from .element_hints import hints, tag_of
from .rules import boilerplate as rules
from .rules.chrome_patterns import literal_search

_CHROME_LINE = re.compile(rules.CHROME_LINES, re.I)
_BYLINE = re.compile(rules.BYLINE, re.I)
_CAPTION_TAIL = re.compile(rules.CAPTION_TAIL, re.I)
_CAPTION_HEAD = re.compile(rules.CAPTION_HEAD, re.I)
_PROMO = re.compile(rules.PROMO, re.I)
# One scan for any of the keywords instead of a substring test per keyword.
_PROMO_KEYWORDS = literal_search(rules.PROMO_KEYWORDS)  # (only whether one is there is used)
# Each phrase apart, tried only when one of its own keywords is there.
_PROMO_PHRASES = tuple((keys, re.compile(phrase, re.I).search) for phrase, keys in rules.PROMO_PHRASES)
#: Characters ``re.I`` matches to ASCII letters though ``str.lower`` does not make them those
#: letters (dotted and dotless i, long s, Kelvin sign): a text holding one is searched with
#: the whole pattern, as the keyword tests could miss its match.
_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_CAPTION = re.compile(rules.CAPTION)
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)]*$")
_DATELINE = re.compile(rules.DATELINE, re.I)
_TEASER_CUT = re.compile(rules.TEASER_CUT)
#: ``rules.REPORTING_CREDIT``'s kinds apart: the ones opening with "(", "additional" or
#: "reporting", and the one holding "contributed" anywhere (whose ``.*`` tries every
#: character of a text).
_CREDIT_OPENING = re.compile(rules.REPORTING_CREDIT_OPENING, re.I)
_CREDIT_CONTRIBUTED = re.compile(rules.REPORTING_CREDIT_CONTRIBUTED, re.I)
_DIGITS = re.compile(r"^\s*(\d{1,5})(?:px)?\s*$")
#: Last characters (whitespace stripped) a ``CAPTION_TAIL`` match can end with: ")" or the
#: "e"/"s" of "file(s)", as ``re.I`` matches them (U+017F is a long s).
_CAPTION_TAIL_ENDS = frozenset(")eEsS\u017f")
#: First characters of a ``REPORTING_CREDIT`` match opening with "(", "additional" or
#: "reporting"; the other kind holds "contributed" (U+0130/U+0131 match its "i" under ``re.I``).
_CREDIT_STARTS = frozenset("(aArR")
_WORD = re.compile(r"\w+")

#: Block-level elements: anything not inline breaks a paragraph run.
BLOCKISH = (
    "p", "div", "section", "article", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td",
    "th", "blockquote", "pre", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "footer", "aside", "main", "address", "center", "form", "fieldset", "hr",
)
_BLOCKISH_SET = frozenset(BLOCKISH)
#: Up to this many descendants are tested one by one; past it lxml's tag matcher is cheaper.
_FEW_DESCENDANTS = 24
#: What makes a caption-classed element a picture with its caption, not a stray credit.
_MEDIA = ("img", "picture", "iframe")


def _holds_block(el: etree._Element) -> bool:
    """``el`` has a block-level descendant (``BLOCKISH``). (Most elements asked are leaves or
    hold a few inline elements: a loop over them costs less than building lxml's matcher.)"""
    if not len(el):
        return False
    for n, node in enumerate(el.iterdescendants()):
        if node.tag in _BLOCKISH_SET:
            return True
        if n >= _FEW_DESCENDANTS:
            return next(el.iterdescendants(*BLOCKISH), None) is not None
    return False


def _is_chrome_text(text: str, link_density: float) -> bool:
    """Paragraph text that is page chrome whatever its markup says."""
    if link_density > 0.8:
        return True
    if link_density > 0.5 and len(text) < 120 and not _SENTENCE_END.search(text) and (
        (1 - link_density) * len(text) < 20
    ):
        return True  # a link or two standing alone: navigation, not a sentence with links
    return len(text) < _CHROME_TEXT_MAX and reads_as_chrome(text)


#: Longest text any of the checks of ``reads_as_chrome`` looks at.
_CHROME_TEXT_MAX = max(300, rules.PROMO_MAX_CHARS)


@memo(4096)
def reads_as_chrome(text: str) -> bool:
    """Whether a line reads as page chrome by its words alone (the text-only checks of
    ``_is_chrome_text``, also used by the text reader); cached, as pages repeat their chrome
    lines ("Advertisement", "Share", "Read more") many times."""
    # (the checks are pure and only or-ed: cheaper ones, and ones sharing work, come first;
    # most texts, paragraphs of the article, pass through them all)
    n = len(text)
    if n >= _CHROME_TEXT_MAX:
        return False
    # ("Advertisement", "Related: ...", "Subscribe to our newsletter", "Facebook"...)
    if n < 200 and reads_as_phrase(text, ad_labels=n < 100):
        return True
    # (CHROME_LINES bounds its own length: a source line may run on after "Quelle:")
    if n < 100 and _CHROME_LINE.fullmatch(text):
        return True
    if n < 50 and (_BYLINE.fullmatch(text) or _DATELINE.search(text)):
        return True
    low = text.lower()
    if n < 300 and (_caption_tail(text) or _CAPTION_HEAD.match(text) or _reporting_credit(text, low)):
        return True
    return n < rules.PROMO_MAX_CHARS and _is_promo(text, low)  # "Follow us on Twitter", "Download our app"...


def _caption_tail(text: str) -> bool:
    """``CAPTION_TAIL`` found; a test of the last character first spares most paragraphs
    the search (every alternative is anchored at the end, or needs a "©")."""
    return (text.rstrip()[-1:] in _CAPTION_TAIL_ENDS or "\u00a9" in text) \
        and _CAPTION_TAIL.search(text) is not None


def _reporting_credit(text: str, low: str | None = None) -> bool:
    """``REPORTING_CREDIT`` matches (``low``: ``text`` lower-cased, when the caller has it);
    each kind behind its own test: the first character, or one substring test (a text
    opening with "A" is not searched for "contributed" throughout)."""
    if text[:1] in _CREDIT_STARTS and _CREDIT_OPENING.match(text) is not None:
        return True
    return ("contributed" in (low if low is not None else text.lower())
            or (not text.isascii() and ("\u0130" in text or "\u0131" in text))) \
        and _CREDIT_CONTRIBUTED.match(text) is not None


def _is_promo(text: str, low: str | None = None) -> bool:
    """A ``PROMO`` phrase is in ``text`` (``low``: ``text`` lower-cased, when the caller has it)."""
    if low is None:
        low = text.lower()
    if _PROMO_KEYWORDS.search(low) is None:
        return False
    if not text.isascii() and _FOLDS.search(text) is not None:
        return _PROMO.search(text) is not None
    # (one phrase at a time, each behind its keywords: a common keyword such as "tel" costs
    # one short search, not the whole alternation at every position; plain loops, no
    # generator made per phrase)
    for keys, search in _PROMO_PHRASES:
        for k in keys:
            if k in low:
                if search(text) is not None:
                    return True
                break
    return False


def _is_teaser(li: etree._Element, text: str) -> bool:
    """A list item that is a teaser of another page: it opens with a linked title and its
    excerpt is cut short ("... more", "… Wikipedia")."""
    if not _TEASER_CUT.search(text[-rules.TEASER_TAIL_CHARS:]):
        return False
    first = li.xpath(".//text()[normalize-space()][1]")
    if not first:
        return False
    node = first[0].getparent()
    if not first[0].is_text:
        node = node.getparent()  # a tail belongs to the element around its element
    while node is not None and node is not li:
        if tag_of(node) == "a":
            return True
        node = node.getparent()
    return False


def _is_chrome_item(text: str) -> bool:
    """A list item that is page chrome ("Print this page", "Permalink ...", a teaser cut
    short before "more"). Dates and bylines stay: a timeline's items look like them."""
    if len(text) < 60 and (_CHROME_LINE.fullmatch(text) or ad_label(text)):
        return True
    return len(text) < rules.PROMO_MAX_CHARS and _is_promo(text)


def _pre_text(el: etree._Element) -> str:
    """Text of preformatted code, a ``<br>`` read as the line break it shows (code pasted
    by editors comes as lines joined with ``<br>``)."""
    if next(el.iter("br"), None) is None:
        return "".join(el.itertext())
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                parts.append("\n")
            elif isinstance(node.tag, str) and node.text:
                parts.append(node.text)
        elif node is not el and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _plain(text: str) -> str:
    """Plain text, whitespace collapsed. Soft hyphens and zero-width spaces stay as the
    source has them (they are part of its text, and both benchmarks' ground truth keeps
    them); a byte-order mark inside text is junk and goes."""
    if text.isascii():
        return text
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    return _nfc(" ".join(text.split()))


def _plain_collapsed(text: str) -> str:
    """``_plain`` of a text whose whitespace is already collapsed (``inline_content``'s):
    only a byte-order mark calls for collapsing again."""
    if text.isascii():
        return text
    if "\ufeff" in text:
        return _plain(text)
    return _nfc(text)


def _nfc(text: str) -> str:
    """Unicode NFC: composed characters, as readers and both benchmarks' ground truth
    have them ("e" + combining acute -> "é")."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _words(text: str) -> str:
    """Lower-cased words of a text: headline and title compared whatever their punctuation."""
    return " ".join(_WORD.findall(text.lower()))


def _loose_caption(el: etree._Element) -> bool:
    """A caption-classed element without its image inside a run of inline content (an
    inline image box ``<span class="image"><img></span><span class="caption">``): credits
    and picture text, not a sentence of the paragraph it is glued to."""
    h = hints(el)  # ("" for an element without a class or id: no caption by name)
    return bool(h) and _stray_caption(el, h)


def _stray_caption(el: etree._Element, h: str, *also: str) -> bool:
    """Caption-classed (``h``: its hints) and holding no picture (nor any of ``also``)."""
    return _CAPTION.search(h) is not None and next(el.iter(*_MEDIA, *also), None) is None


def _is_ancestor(anc: etree._Element, el: etree._Element) -> bool:
    return any(a is anc for a in el.iterancestors())


def _int(value: str | None) -> int | None:
    if not value:
        return None
    m = _DIGITS.match(value)
    return int(m.group(1)) if m else None
