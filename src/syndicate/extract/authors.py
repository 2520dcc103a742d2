"""Author names: cleaned from metadata values, or read from the byline near the headline.

A byline value becomes a list of people: lead-in words ("By", "Von", "Por", "Par",
"Door"...) removed, "A, B and C" split, job titles ("Jane Roe, Security Expert") and
credentials ("MD") dropped, CMS accounts and placeholders ("admin", "{{author}}",
``page.head.author``) refused. An organisation's byline is kept whole ("Fire Brigade
Musterstadt, Water Rescue Unit" is one author).

When the page's metadata names no author (or only the site itself), the byline is read
from the page: near the headline ``<h1>``, in document order, the first element that is
``rel=author``, a link to an author page (``/author/jane-doe``), classed as a byline
(``author``, ``c-byline__name``...), or a short text starting with a lead-in word.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from itertools import compress, islice
from typing import TYPE_CHECKING

from lxml import etree

from ..memo import memo
from .chrome_util import PageAttributes, page_attributes
from .metatext import in_skipped, local_tag, norm, own_text, text
from .rules import metadata_sources as R
from .rules.chrome_patterns import words_needed

if TYPE_CHECKING:
    from .metapage import PageNames

__all__ = ["byline_names", "clean_names", "far_byline_names", "site_like"]

#: Most authors kept.
MAX_AUTHORS = 20
#: A byline element's text is at most this long.
MAX_BYLINE_CHARS = 150
#: An author box (the name, then a biography) is at most this long.
MAX_AUTHOR_BOX = 1_000
_SECTIONS = frozenset({"article", "section", "main", "body", "html", "aside"})

_URLISH = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|org|net)\b", re.I)
_HARD_SPLIT = re.compile(r"\s*[;|•·]\s*")
# Lower-case conjunctions only: "Sarah E. Needleman", "Bruce Y. Lee" are one name each.
_SPLIT_NAMES = re.compile(r"\s+(?:&|and|And|AND|und|et|y|e|og|och|en|i|und)\s+")
#: Lower-case words allowed inside a personal name ("Ursula von der Leyen").
_NAME_PARTICLES = frozenset({
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
    "ter", "la", "le", "bin", "ibn", "al", "el", "zu", "y",
})
_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(p) for p in sorted(R.BYLINE_PREFIXES, key=len, reverse=True))
                     + r")\b\s*:?\s*", re.I)
#: A line that starts with a lead-in word and a capitalised word: "By Jane Doe", "Von Max".
_BYLINE_TEXT = re.compile(r"^\s*(?:" + "|".join(re.escape(p) for p in sorted(R.BYLINE_PREFIXES, key=len, reverse=True)
                          if len(p) > 2 or p in ("by", "di")) + r")\s*:?\s+(?=[^\W\d_])", re.I)
#: A dotted template path left in the page ("page.head.extra.author").
_TEMPLATE_PATH = re.compile(r"^[a-z_]+(?:\.[a-z_]+){2,}$", re.I)
#: Credentials after a name: "MD", "PhD", "RN", "FOMA".
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,6}|Ph\.?\s?D\.?|M\.?D\.?|Dr\.?|Jr\.?|Sr\.?|[A-Z]\.?[A-Z]\.?[A-Z]?\.?)$")
_CLASS_SPLIT = re.compile(r"[\s_-]+")
#: A CMS login: lower case, no space, parts joined by dots or underscores.
_HANDLE = re.compile(r"^[a-z0-9]+(?:[._][a-z0-9]+)+$")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "form",
                   "select", "option", "button", "head", "title", "h1"})
_AUTHOR_PATH = re.compile(r"/(?:" + "|".join(sorted(R.AUTHOR_PATH_SEGMENTS)) + r")/[^/?#]+", re.I)
#: ``_AUTHOR_PATH`` without IGNORECASE, for a lower-cased ASCII address: the same matches
#: (the segments are lower case), without a case-folded try of every segment at each "/".
_AUTHOR_PATH_LOWER = re.compile(_AUTHOR_PATH.pattern)
#: A byline class part anywhere in a lower-cased class string: the parts grouped by first
#: letter, a part holding another left to that one (fewer alternatives tried per character).
_CLASS_HINT = words_needed("|".join(sorted(R.BYLINE_CLASS_PARTS))) or re.compile("|".join(sorted(R.BYLINE_CLASS_PARTS)))


@memo(16384)
def _class_hinted(cls: str) -> bool:
    """A class attribute naming a byline part (pages repeat their class strings)."""
    return _CLASS_HINT.search(cls.lower()) is not None
_WORDS = re.compile(r"[^\W\d_]+")
#: Words of the label before a date in a byline line ("Updated on", "Published:").
_LABEL_WORDS = frozenset(w for phrase in (*R.UPDATED_WORDS, *R.PUBLISHED_WORDS, "on", "at", "by", "am", "le", "el")
                         for w in phrase.split())
#: A text piece ending in a lead-in word ("Beitrag von", "Posted by").
_LEADS_IN = re.compile(r"\s(?:" + "|".join(re.escape(p) for p in R.BYLINE_PREFIXES if " " not in p) + r")$", re.I)
#: A date in a byline line, with the separator before it ("- Mar 27, 2024", "4 August 2010").
_DATE_PART = re.compile(
    r"\s*(?:[-–—|•·,]\s*)?(?:"
    r"(?<![\w])[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?!\d)"
    r"|(?<![\w])\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20)\d\d(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d(?!\d)"
    r")")


def looks_like_name(value: str) -> bool:
    """One to five words, each capitalised or a name particle: a person, not "Fire Brigade of X and Y"."""
    words = value.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w in _NAME_PARTICLES or not w[:1].isalpha()
                                       for w in words)


def _words(value: str) -> set[str]:
    return {w.lower() for w in _WORDS.findall(value)}


def _is_org(value: str) -> bool:
    return bool(_words(value) & R.ORG_WORDS)


def _is_role(value: str) -> bool:
    return bool(_words(value) & R.ROLE_WORDS) and not _is_org(value)


def split_names(value: str) -> list[str]:
    """"A, B and C" -> three names, only when every part looks like a person's name;
    an organisation's name is kept whole, job titles and credentials are dropped."""
    parts: list[str] = []
    for chunk in _HARD_SPLIT.split(value):
        if _is_org(chunk.split(",", 1)[0]) and not _SPLIT_NAMES.search(chunk):
            parts.append(chunk)  # "Fire Brigade Musterstadt, Water Rescue Unit": one author
            continue
        pieces = [p.strip() for c in chunk.split(",") for p in _SPLIT_NAMES.split(c)]
        pieces = [p for p in pieces if p]
        if len(pieces) > 1:
            # "Jane Roe, MD", "Paul Frew, Home and Digital Security Expert": the person only
            kept = [p for p in pieces if not _CREDENTIAL.match(p) and not _is_role(p)]
            if kept and len(kept) < len(pieces) and all(looks_like_name(p) for p in kept):
                pieces = kept
        if len(pieces) > 1 and all(looks_like_name(p) for p in pieces):
            # "Jane Roe, London, John Doe": one-word parts beside full names are places.
            if any(" " in p for p in pieces):
                pieces = [p for p in pieces if " " in p]
            parts.extend(pieces)
        elif len(pieces) == 1:
            parts.append(pieces[0])
        else:
            parts.append(chunk)
    return parts


def _surname_first(value: str) -> str:
    """"Roy, Aniruddha" -> "Aniruddha Roy" (one comma, a word or two on each side)."""
    if value.count(",") != 1:
        return value
    last, first = (p.strip() for p in value.split(","))
    if 0 < len(last.split()) <= 2 and 0 < len(first.split()) <= 3 and looks_like_name(last) \
            and looks_like_name(first) and not _CREDENTIAL.match(first):
        return f"{first} {last}"
    return value


def clean_names(raw: Iterable[object], strict: bool, surname_first: bool = False) -> list[str]:
    """Author names: prefixes ("By ") removed, lists split, URLs and junk dropped, deduplicated.

    ``strict`` (byline text from the page body) also rejects parts that do not
    look like a name: digits, more than five words, no capital letter.
    ``surname_first``: each value is one "Last, First" name.
    """
    out: list[str] = []
    seen: set[str] = set()
    for value in list(raw)[: MAX_AUTHORS * 2]:
        cleaned = text(value, 200)
        if not cleaned or _URLISH.search(cleaned) or _TEMPLATE_PATH.match(cleaned):
            continue
        cleaned = _PREFIX.sub("", cleaned).strip(" ,:-–—|")
        pieces = [_surname_first(cleaned)] if surname_first else split_names(cleaned)
        for part in pieces:
            name = _PREFIX.sub("", part.strip(" ,:-–—|·")).strip(" ,:-–—|·")
            if not name or len(name) > 100 or _URLISH.search(name) or name.startswith("@") \
                    or not any(ch.isalpha() for ch in name) or _HANDLE.match(name):
                continue  # a URL, an account number or a CMS login ("jane.doe", "j_doe")
            if strict and (any(ch.isdigit() or ch in "/@()" for ch in name)
                           or not (looks_like_name(name) or _is_org(name))
                           or _words(name) <= R.NOT_NAME_WORDS):
                continue
            key = name.lower()
            if key in R.PLACEHOLDER_AUTHORS or _words(name) & {"admin", "administrator", "webmaster"}:
                continue
            if key not in seen:
                seen.add(key)
                out.append(name)
            if len(out) >= MAX_AUTHORS:
                return out
    return out


def site_like(names: list[str], sites: set[str]) -> bool:
    """Whether every name is the site's or publisher's own ("USA TODAY" on usatoday.com)."""
    return bool(names) and all(any(s and (s in norm(n) or norm(n) in s) for s in sites if len(s) > 3)
                               for n in names)


_tag = local_tag


def author_path(href: str) -> bool:
    """``_AUTHOR_PATH`` is in ``href`` (links are mostly ASCII: searched lower-cased)."""
    if href.isascii():
        return _AUTHOR_PATH_LOWER.search(href.lower()) is not None
    return _AUTHOR_PATH.search(href) is not None


def _is_byline_element(el: etree._Element, by_link: bool = True, page: PageAttributes | None = None,
                       tag: object = None) -> bool:
    """``page``: ``page_attributes()``, ``tag``: ``el.tag``, when the caller, asking of
    many elements, has them (the page's names, link targets: look-ups, no copy out of lxml)."""
    if page is None:
        page = page_attributes()
    # (attribute names as bytes: lxml looks them up without encoding a str each time)
    rel = el.get(b"rel")
    if rel and "author" in rel.lower().split():
        return True
    # "/author/jane-doe": the segment names the kind, a slug follows
    if by_link and (el.tag if tag is None else tag) == "a":
        href = page.hrefs[el]
        if href and author_path(href):
            return True
    cls, ident = page.classes[el], page.ids[el]
    # (class and id asked apart: no part spans both, and a page's class strings repeat
    # where its ids do not; most elements: a cached look-up or two, no splitting)
    if not ((cls is not None and _class_hinted(cls)) or (ident is not None and _class_hinted(ident))):
        return False
    names = f"{cls or ''} {ident or ''}"
    parts = set(_CLASS_SPLIT.split(names.lower()))
    return bool(parts & R.BYLINE_CLASS_PARTS) and not parts & R.BYLINE_CLASS_EXCLUDE


#: An element whose ``<footer>`` is the article's own (a ``<main>`` often wraps the whole site).
_ARTICLE = frozenset({"article"})


def _skipped(el: etree._Element) -> bool:
    """Inside a script, form, navigation or the page's footer; an article's own ``<footer>``
    (inside its ``<article>``) holds its byline."""
    return in_skipped(el, _SKIP, _ARTICLE)


#: A line that is only a lead-in ("Written by", "By:"): the name is in the next element.
_LABEL_ONLY = re.compile(r"^(?:" + "|".join(re.escape(p) for p in sorted(R.BYLINE_PREFIXES, key=len, reverse=True)
                         if " " in p or p in ("by", "author", "autor", "auteur")) + r")\s*:?$", re.I)
_LONGEST_LABEL = max(map(len, R.BYLINE_PREFIXES)) + 2
#: Every lead-in word, lower case: ``_LABEL_ONLY`` and ``_BYLINE_TEXT`` match only a text
#: that starts with one of them.
_LEAD_INS = tuple(sorted(p.lower() for p in R.BYLINE_PREFIXES))
#: The lead-ins by their first two letters (every lead-in has two or more: a one-letter one
#: would never be looked up under a text's first two).
_LEAD_INS_BY_START = {start: tuple(p for p in _LEAD_INS if p[:2] == start) for start in {p[:2] for p in _LEAD_INS}}
assert all(len(p) >= 2 for p in _LEAD_INS), "a one-letter byline lead-in: _may_lead_in must look it up by one letter"


def _may_lead_in(own: str) -> bool:
    """False when the stripped text ``own`` cannot match ``_LABEL_ONLY`` or ``_BYLINE_TEXT``:
    an ASCII text not starting with a lead-in word, any case (most texts near a headline;
    the two case-folded alternations cost far more). Beyond ASCII, case folding pairs more
    characters than lower() does: the patterns decide."""
    if not own.isascii():
        return True
    # (only the lead-ins sharing the text's first two letters: most texts share them with none,
    # told by one look-up instead of a try of every lead-in)
    starts = _LEAD_INS_BY_START.get(own[:2].lower())
    return starts is not None and own[:_LONGEST_LABEL].lower().startswith(starts)


def _has_elements(el: etree._Element) -> bool:
    return any(isinstance(child.tag, str) for child in el)


def _labelled_name(label: etree._Element) -> list[str]:
    """The name in the element right after a lead-in label, when it is a short line of names."""
    nxt = label.getnext()
    for _ in range(2):  # past an avatar: "Written by: <picture>...</picture> <span>Jane Doe</span>"
        if nxt is None or not isinstance(nxt.tag, str) or "".join(nxt.itertext()).strip():
            break
        nxt = nxt.getnext()
    return _element_name(nxt) if nxt is not None and not _in_comments(label) else []


def _only_child_text(el: etree._Element, child: etree._Element) -> bool:
    """Whether ``child`` holds all of ``el``'s text but its leading label (and a date after it)."""
    rest = (child.tail or "") + " " + " ".join("".join(c.itertext()) + (c.tail or "") for c in child.itersiblings())
    # Each date ``_DATE_PART`` takes out holds a year ("19" or "20" and two digits) and at
    # most two whole runs of letters (a month, a day's "st"). So the words beyond the labels
    # decide most texts without the date search, which is slow on the long runs of
    # whitespace such a text often holds (its leading ``\s*`` retried at every space of a
    # run): none, yes; more than the dates can hold, no (after a few words of an article).
    spare = 2 * (rest.count("19") + rest.count("20"))
    others = 0
    for word in _WORDS.finditer(rest):
        if word.group().lower() not in _LABEL_WORDS:
            others += 1
            if others > spare:
                return False
    # "by <span>Jane Doe</span> on <span>Jan 22, 2025</span>": a date and its label may follow
    return not others or not (_words(_DATE_PART.sub(" ", rest)) - _LABEL_WORDS)


def _element_name(el: etree._Element) -> list[str]:
    """The names an element holds when it is a short line of names."""
    if not isinstance(el.tag, str) or _tag(el) in _SKIP:
        return []
    items = [c for c in el if isinstance(c.tag, str) and _tag(c) == "li"]
    if items:  # "<ul class='comma-separated-list'><li>A</li><li>B</li></ul>": one name an item
        content = ", ".join(" ".join("".join(li.itertext()).split()) for li in items)
    else:
        content = " ".join(" ".join(t for t in el.itertext() if t).split())
    if not content or len(content) > MAX_BYLINE_CHARS // 2 or _in_comments(el):
        return []
    return clean_names([content], True)


def _in_comments(el: etree._Element) -> bool:
    """Inside a comment, reply or teaser block (class or id parts, up to eight levels up)."""
    for node in list(el.iterancestors())[:8]:
        names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if names.strip() and R.FOREIGN_DATE_CLASS_PARTS.intersection(_CLASS_SPLIT.split(names)):
            return True
    return False


def _names_before_date(el: etree._Element) -> list[str]:
    """The names in a byline element that also holds the date ("<span>Jane Doe</span>
    <span>December 17, 2025</span>", "By Jane Doe - Mar 27, 2024"): the first text piece
    before the date (else after it) that is a name; labels ("Updated on") are no names."""
    pieces = [" ".join(t.split()) for t in el.itertext()]
    pieces = [t for t in pieces if t.strip(" -–—|•·,:")]
    at = next((k for k, t in enumerate(pieces) if _DATE_PART.search(t)), len(pieces))
    head, tail = _DATE_PART.split(pieces[at], maxsplit=1) if at < len(pieces) else ("", "")
    # one word before the date in its own text is its weekday ("Sat, 20 Dec, 2025")
    before = [*pieces[:at], head if len(head.split()) > 1 else ""]
    # "Beitrag | von | r23", "Written by | Jane Doe | Reviewed by | ...": the name follows the first lead-in
    lead = min((k for k, t in enumerate(before) if _LEADS_IN.search(" " + t.strip(" -–—|•·,:»"))), default=-1)
    before = before[lead + 1:]
    for piece in (*before, " ".join([tail, *pieces[at + 1:]])):
        piece = piece.strip(" -–—|•·,:»")
        if piece and not _words(piece) <= _LABEL_WORDS:
            found = clean_names([piece], True)
            if found:
                return found
    return []


def byline_names(near: list[etree._Element], commented: Container[etree._Element] | None = None) -> list[str]:
    """The byline among ``near`` (the elements around the headline, nearest first), as
    names; [] when there is none. ``commented``: ``metatext.commented`` of the page, when
    the caller has it (the own text of any other element is its ``.text``)."""
    page = page_attributes()
    for el in near:
        tag = el.tag
        if tag in _SKIP:
            continue
        marked = _is_byline_element(el, True, page, tag)
        own = (own_text(el, commented) or "").strip()
        lead_in = bool(own) and _may_lead_in(own)
        if lead_in and len(own) <= _LONGEST_LABEL and _LABEL_ONLY.match(own):
            if not _has_elements(el):
                found = _labelled_name(el)  # "<div>Written by</div><div>Jane Doe</div>"
                if found:
                    return found
                continue
            # "<p>by <span>Jane Doe</span></p>": the label, then the name in the only child
            child = next((c for c in el if isinstance(c.tag, str)), None)
            if child is not None and el.text and el.text.strip() and _only_child_text(el, child):
                found = _element_name(child)
                if found and not _skipped(el):
                    return found
                continue
        if not marked and not (lead_in and len(own) <= MAX_BYLINE_CHARS and _BYLINE_TEXT.match(own)):
            continue
        content = " ".join(" ".join(t for t in el.itertext() if t).split())
        if marked and MAX_BYLINE_CHARS < len(content) <= MAX_AUTHOR_BOX and not _skipped(el) \
                and _tag(el) not in _SECTIONS:
            # an author box: the name, then a biography
            first = next((" ".join(t.split()) for t in el.itertext() if t.strip()), "")
            found = clean_names([first], True) if len(first) <= MAX_BYLINE_CHARS // 3 else []
            if found:
                return found
            continue
        if not content or len(content) > MAX_BYLINE_CHARS or _skipped(el):
            continue
        if not marked:  # "By Jane Doe" in a line of its own: the text after the lead-in
            content = _BYLINE_TEXT.sub("", content, count=1)
        elif _DATE_PART.search(content):  # "Jane Doe December 17, 2025": the name only
            found = _names_before_date(el)
            if found:
                return found
            continue
        found = clean_names([content], True)
        if found:
            return found
    return []


#: Elements of the page's ``<body>`` looked at by :func:`far_byline_names`.
MAX_FAR_ELEMENTS = 20_000
#: The ``rel`` values of an element and its descendants (the attributes, then their
#: elements: cheaper in libxml2 than a predicate on every element).
_RELS = etree.XPath("descendant-or-self::*/@rel")


def _marked(root: etree._Element, names: PageNames | None = None) -> Iterable[etree._Element]:
    """Elements with rel=author or a class hinting at a byline (a Python walk: faster here
    than libxml2's XPath with attribute predicates). ``names``: the page's node list and
    class values (``metapage.PageNames``), when the caller has them."""
    body = root.find("body")
    if body is None:
        return
    span = names.span(body) if names is not None else None
    if span is not None and span[1] - span[0] <= MAX_FAR_ELEMENTS:
        # (the body's slice of the page's lists: each distinct class asked once, the hinted
        # nodes picked in C; the few ``rel`` values found by libxml2, no ``get`` per element)
        start, end = span
        classes = names.classes[start:end]  # type: ignore[union-attr]
        nodes = names.nodes[start:end]  # type: ignore[union-attr]
        hinted = {c for c in set(classes) if c is not None and _class_hinted(c)}
        rels = {a.getparent() for a in _RELS(body) if "author" in a}
        if not rels:
            yield from compress(nodes, map(hinted.__contains__, classes))
            return
        yield from (el for el, cls in zip(nodes, classes, strict=True) if cls in hinted or el in rels)
        return
    classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
    for el in islice(body.iter(etree.Element), MAX_FAR_ELEMENTS):  # type: ignore[arg-type]
        cls = classes[el]
        if (cls is not None and _class_hinted(cls)) or "author" in (el.get(b"rel") or ""):
            yield el


def far_byline_names(root: etree._Element, names: PageNames | None = None) -> list[str]:
    """A byline far from the headline (an author line under the article): the names of the
    elements marked as bylines anywhere in the page, when they all name the same people
    (different names make a listing of other articles' authors) and none is in a comment,
    teaser or the page's footer."""
    found: list[str] | None = None
    for el in _marked(root, names):
        # a link to an author page alone ("/profile/..." on a social site) is too weak this far out
        if not _is_byline_element(el, by_link=False) or _skipped(el) or _in_comments(el):
            continue
        content = " ".join(" ".join(t for t in el.itertext() if t).split())
        if not content or len(content) > MAX_BYLINE_CHARS // 2 or _DATE_PART.search(content):
            continue
        names = clean_names([content], True)
        if not names:
            continue
        if found is None:
            found = names
        elif {n.lower() for n in names} != {n.lower() for n in found} \
                and not {n.lower() for n in names} <= {n.lower() for n in found}:
            return []  # several bylines: a listing
    return found or []
