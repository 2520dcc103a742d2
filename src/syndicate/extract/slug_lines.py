"""A story link standing as its own paragraph: the link's text names its target, the words of
the headline are the words of the URL's slug ("<a href="/2023/05/new-bridge-opens">New
bridge opens</a>"). No label and no capitals needed, the address says it is that story;
what else such a line can be (a caption's link, a promo box, a list of service pages, a
file) is told apart by structure."""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from ..model import Related, RelatedItem
from . import related
from .chrome import Found, HeadedFound
from .chrome_util import norm, previous_element
from .lead_stems import has_lead_stem
from .linklists import above_page, below_page, split_link
from .rules import slug_lines as rules

_WORDS = re.compile(r"[^\W_]+")
_SLUG_SPLIT = re.compile(r"[-_+.,~]+|%20")


def names_target(link_text: str, href: str) -> bool:
    """The link's text names its target's slug: ``rules.MIN_SLUG_WORDS``+ of the slug's
    words are words of the text, and most of them (``rules.MIN_SLUG_SHARE``: a slug may
    add a date or drop a word; the text may add a few, "Learn about ...")."""
    split = split_link(href.strip())
    if split is None:
        return False
    last = next(filter(None, reversed(split[1].split("/"))), "")
    stem, dot, ext = last.rpartition(".")
    if dot and ext.lower() in rules.PAGE_EXTENSIONS:
        last = stem
    slug = {w for w in _SLUG_SPLIT.split(_fold(last)) if w and not w.isdigit()}
    if len(slug) < rules.MIN_SLUG_WORDS:
        return False
    folded = _fold(link_text)
    words = set(_WORDS.findall(folded))
    if not link_text.isascii():
        words.update(_WORDS.findall(_fold(link_text.lower().translate(rules.TRANSLIT))))
    named = len(slug & words)
    return named >= rules.MIN_SLUG_WORDS and named >= rules.MIN_SLUG_SHARE * len(slug)


def _fold(text: str) -> str:
    """Lower case; an accent on a letter of a slug's alphabet dropped ("é" -> "e"; the
    other spelling of slugs, "ö" -> "oe", is tried as well: ``rules.TRANSLIT``)."""
    text = text.lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug_line(el: etree._Element, link_text: str, href: str, base: str | None) -> bool:
    """``el``, a paragraph that is only the link ``href`` (``link_text``), is a story link
    standing as its own paragraph: its text names the target's slug, and the line is none
    of what else a lone named link is: a link to a file, to the page itself (or its first
    page), a picture's caption, a promo set in a box of its own, one of a list of the
    site's other kind of pages (``_other_section_run``)."""
    if not names_target(link_text, href) or file_link(href) or above_page(href, base) \
            or below_page(href, base):
        return False
    return not _caption(el) and not _boxed(el) and not _other_section_run(el, href, base)


def file_link(href: str) -> bool:
    """A link to a file (a PDF report, a picture): no story."""
    split = split_link(href.strip())
    if split is None:
        return False
    last = split[1].rstrip("/").rpartition("/")[2]
    dot = last.rfind(".")
    return dot > 0 and last[dot + 1:].lower() in rules.FILE_EXTENSIONS


def _caption(el: etree._Element) -> bool:
    """The line is a picture's caption: inside a ``figure``, holding a picture, or right
    after an element that is only a picture (its link names the picture's page)."""
    if next(el.iter("img", "picture"), None) is not None:
        return True
    for anc in el.iterancestors():
        if anc.tag in ("figure", "figcaption"):
            return True
    prev = previous_element(el)  # (a comment between picture and caption skipped)
    if prev is None:
        return False
    if prev.tag in ("img", "picture", "figure"):
        return True
    return next(prev.iter("img", "picture"), None) is not None and not norm(prev.text_content())


def own_box(node: etree._Element) -> bool:
    """``node`` is set apart by its own class (``BOX_CLASS_TOKENS``) or inline style (a
    background, a border: ``BOX_STYLE_WORDS``)."""
    if not rules.BOX_CLASS_TOKENS.isdisjoint((node.get("class") or "").split()):
        return True
    style = (node.get("style") or "").lower()
    return any(w in style for w in rules.BOX_STYLE_WORDS)


def _boxed(el: etree._Element) -> bool:
    """The line is set in a box of its own (a background or a border on it, or on a wrapper
    that holds nothing else): a promo (a calculator, an offer), not a line of the text."""
    node: etree._Element | None = el
    for _ in range(rules.BOX_LEVELS):
        if node is None or node.tag == "body":
            return False
        if own_box(node):
            return True
        parent = node.getparent()
        if parent is None or any(x is not node and isinstance(x.tag, str) and norm(x.text_content())
                                 for x in parent):
            return False  # (the wrapper holds other text: the run of paragraphs)
        node = parent
    return False


def _other_section_run(el: etree._Element, href: str, base: str | None) -> bool:
    """The line is one of a run of ``rules.MIN_RUN`` or more lines that each are one link,
    the targets in a section of the site (a first path segment) other than the page's own
    ("/b/a-post" listing "/t/a-therapy", "/t/another"): the site's pages of another kind
    (services, products) listed, not stories."""
    mine = _section(base or "")
    if mine is None or _section(href) in (None, mine):
        return False
    run = 1
    for sibs in (el.itersiblings(preceding=True), el.itersiblings()):
        for sib in sibs:
            if not isinstance(sib.tag, str):
                continue
            target = _only_link(sib)
            if target is None or _section(target) in (None, mine):
                break
            run += 1
    return run >= rules.MIN_RUN


def _only_link(el: etree._Element) -> str | None:
    """The target of a paragraph that is one link and nothing else."""
    if el.tag != "p":
        return None
    links = [a for a in el.iter("a") if a.get("href")]
    if len(links) != 1 or norm(links[0].text_content()) != norm(el.text_content()):
        return None
    return links[0].get("href")


def _section(href: str) -> str | None:
    """The section a page lies in: the first segment of a path of two or more that is no
    slug itself ("/b/mental-health-trends" -> "b"; "/my-post/slide/1" has none)."""
    split = split_link(href.strip()) if href.strip() else None
    if split is None:
        return None
    segments = [x for x in split[1].split("/") if x]
    if len(segments) < 2 or len(_SLUG_SPLIT.split(segments[0])) >= rules.MIN_SLUG_WORDS:
        return None
    return segments[0].lower()


def story_runs(found: list[Found], base: str | None) -> list[Found]:
    """``found`` (in-text link lines) with each run of ``rules.MIN_RUN`` or more lines that
    are one link each (no label beside it; two under a heading), two or more of them found,
    made one related block:
    a list of stories set as paragraphs is one block, every line of it an item (a line
    whose text reads less like its slug too). The block stands at the short heading just
    above the run when there is one (the element a reader sees as the list's head), else
    at its first line."""
    lines = {f.element: f for f in found if isinstance(f.item, Related) and f.element.tag == "p"}
    if len(lines) < 2:
        return found
    taken = {f.element for f in found}
    drop: set[etree._Element] = set()
    merged: dict[etree._Element, Found] = {}
    for el in lines:
        if el in drop or _only_link(el) is None:
            continue
        run = _run_of(el)
        members = [x for x in run if x in lines]
        if len(run) < 2 or len(members) < 2:
            continue
        head = _head_above(run[0])
        head = head if head not in taken else None  # (a heading found as something else)
        if len(run) < rules.MIN_RUN and head is None:
            continue  # (two lines in a row, no heading over them: two lines)
        lead = _lead_above(run[0]) if head is None else None  # (a sentence leading into the run)
        lead = lead if lead not in taken else None
        items: dict[str, RelatedItem] = {}
        for x in run:
            for item in related.items_of(x, base):
                items.setdefault(item.url, item)
        label = head if head is not None else lead
        title = norm(label.text_content()) if label is not None else None
        at = head if head is not None else run[0]  # (the other lines and a lead-in leave the body with it)
        also = tuple(x for x in run if x is not at) + ((lead,) if lead is not None else ())
        merged[run[0]] = HeadedFound(at, Related(id="", title=title, items=list(items.values())), also=also)
        drop.update(members)
    if not merged:
        return found
    out = [f for f in found if f.element not in drop]
    out.extend(merged.values())
    return out


def _run_of(el: etree._Element) -> list[etree._Element]:
    """The paragraphs that are one link each standing together with ``el``, in order."""
    before: list[etree._Element] = []
    after: list[etree._Element] = []
    for sibs, run in ((el.itersiblings(preceding=True), before), (el.itersiblings(), after)):
        for sib in sibs:
            if not isinstance(sib.tag, str):
                continue
            if _only_link(sib) is None:
                break
            run.append(sib)
    return before[::-1] + [el] + after


def _lead_above(el: etree._Element) -> etree._Element | None:
    """A paragraph of a short sentence standing just above ``el``, no link in it, that leads
    into what follows: it ends in a colon or names the invitation ("If you're looking for
    more tips, check out these articles!")."""
    prev = previous_element(el)
    if prev is None or prev.tag != "p" or prev.find(".//a[@href]") is not None:
        return None
    text = norm(prev.text_content())
    if not text or len(text.split()) > rules.MAX_LEAD_SENTENCE_WORDS:
        return None
    return prev if text.endswith(":") or has_lead_stem(text.lower()) else None


def _head_above(el: etree._Element) -> etree._Element | None:
    """A short heading standing just above ``el``: a heading element or a bold paragraph,
    no link in it."""
    prev = previous_element(el)
    if prev is None or prev.find(".//a[@href]") is not None:
        return None
    text = norm(prev.text_content())
    if not text or len(text.split()) > rules.MAX_HEAD_WORDS:
        return None
    if prev.tag in ("h2", "h3", "h4", "h5", "h6"):
        return prev
    bold = "".join(x.text_content() for x in prev.iter("strong", "b"))
    return prev if prev.tag == "p" and norm(bold) == text else None
