"""The article's title: an ``<h1>`` marked as the headline or equal to the social-card
title, else the displayed ``<h1>`` when it is a version of the metadata headline, else JSON-LD ``headline`` > ``og:title``/meta > microdata > ``<title>``, with
the site's name cut off ("Headline | Site", "Site - Headline") and a short label after a
final spaced dash ("Headline – Infographic"). Used by :mod:`syndicate.extract.metadata`."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Any

from lxml import etree

from ..sanitize import inline_content
from .classtokens import ClassMatcher
from .jsonld import JsonLd
from .metapage import Page, in_article_scope
from .metatext import norm as _norm
from .metatext import text as _text
from .rules import metadata_sources as R

__all__ = ["page_title", "site_names"]


_ELLIPSIS = ("…", "...")


def page_title(page: Page, ld: JsonLd, article: dict[str, Any] | None, webpage: dict[str, Any] | None,
           site_name: str | None, base: str | None) -> str | None:
    shown = _without_kickers(page)
    if shown is not page.h1:
        page = replace(page, h1=shown)
    title = _page_title(page, ld, article, webpage, site_name, base)
    return _cut_dash_label(title) if title else None


_KICKER = ClassMatcher(word=R.KICKER_WORDS)


def _without_kickers(page: Page) -> list[str]:
    """The ``<h1>`` texts without the kicker a page sets inside its ``<h1>`` above the
    headline ("<h1><span class=dachzeile>Nach Corona-Lockerungen</span> <span>Autohäuser
    rechnen ...</span></h1>"); ``page.h1`` itself when none has one."""
    out = page.h1
    for k, el in enumerate(page.h1_elements):
        if len(page.h1[k]) > R.MAX_HEADLINE_CHARS:
            continue  # an <h1> around a whole page (broken markup): not a headline to read
        for sub in islice(el.iterdescendants(), R.MAX_HEADLINE_PARTS):
            if not isinstance(sub.tag, str) or not _KICKER.match(f"{sub.get('class') or ''} {sub.get('id') or ''}"):
                continue
            kicker = inline_content(sub)[0]
            rest = page.h1[k].replace(kicker, "", 1).strip(" :|-–—") if kicker else ""
            if kicker and len(_words(rest)) >= 2:
                out = out[:] if out is page.h1 else out
                out[k] = rest
            break
    return out


def _page_title(page: Page, ld: JsonLd, article: dict[str, Any] | None, webpage: dict[str, Any] | None,
                site_name: str | None, base: str | None) -> str | None:
    sites = site_names(site_name, base)
    raw: list[Any] = [*ld.values(article, R.JSONLD_TITLE)[:1], *page.meta_all(R.TITLE_META),
                      *page.itemprops.get("title", []), page.title]
    candidates = [_strip_site(t, sites, page.h1) for t in map(_text, raw) if t]
    stated = [c for c in candidates if c and _norm(c) not in sites]  # what the page's metadata says
    candidates.extend(t for t in (_text(h) for h in page.h1[:1]) if t)
    candidates.extend(_strip_site(t, sites, page.h1)
                      for t in map(_text, ld.values(webpage, ("headline", "name"))[:1]) if t)
    candidates = [c for c in candidates if c and _norm(c) not in sites]
    if not candidates:
        return None
    title = candidates[0]
    marked = _markedheadline(page, sites)
    if marked:
        return marked
    agreed = _agreed_headline(page, sites)
    if agreed:
        return agreed
    shown = _displayedheadline(page.h1, stated, sites, page.h1_elements)
    if shown:
        return shown
    if _cut_short(title):  # a headline cut to a length limit: find it whole
        stem = _norm(title.rstrip(".… "))
        for other in candidates[1:]:
            if len(other) > len(title) and _norm(other).startswith(stem) and not _cut_short(other):
                return other
    return title


def _cut_short(title: str) -> bool:
    """Whether ``title`` was cut to a length limit: it ends with an ellipsis, or a bracket
    it opens is never closed ("... Find Solutions (Including")."""
    return title.endswith(_ELLIPSIS) or title.count("(") > title.count(")") \
        or title.count("[") > title.count("]")


def _agreed_headline(page: Page, sites: set[str]) -> str | None:
    """The ``<h1>`` whose text is also the page's social-card title (``og:title``,
    ``twitter:title``): two sources written apart that agree on the headline readers see,
    where the JSON-LD ``headline`` or ``<title>`` is often a wording for search engines."""
    cards: dict[str, str] = {}
    for key in R.CARD_TITLE_META:
        for t in page.meta.get(key, ()):
            cards.setdefault(_norm(t), t)
    for text in page.h1[:5]:
        clean = _text(text)
        if clean and len(_words(clean)) >= 2 and _norm(clean) in cards and _norm(clean) not in sites:
            card = _text(cards[_norm(clean)])
            if card and _all_caps(clean) and not _all_caps(card):
                clean = card  # the headline set in capitals: the card has the author's case
            return _cut_labels(clean)  # (as a displayed headline: "Headline | Opinion")
    return None


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne"})


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold().replace("’", "'")) if len(w) > 1 or w.isdigit()}


def _markedheadline(page: Page, sites: set[str]) -> str | None:
    """An ``<h1>`` the page marks as its article's headline (microdata ``itemprop=headline``):
    what readers see, where ``og:title`` and ``<title>`` are often worded for search."""
    for el, text in zip(page.h1_elements, page.h1, strict=True):
        props = (el.get("itemprop") or "").lower().split()
        if "headline" in props and len(_words(text)) >= 2 and _norm(text) not in sites \
                and len(text) <= 400 and in_article_scope(el):
            return text
    return None


def _displayedheadline(h1: list[str], candidates: list[str], sites: set[str],
                       elements: list[etree._Element] | None = None) -> str | None:
    """The ``<h1>`` over the article when it is a version of the metadata headline.

    Sites often give search engines and social cards a different wording
    (``og:title``, JSON-LD ``headline``) from the headline readers see; the
    displayed one wins when an ``<h1>`` shares at least half its words with one
    of the metadata candidates (which keeps logo, section and widget ``<h1>`` out).
    """
    best: tuple[float, str] | None = None  # (share of words in common, the headline to return)
    for k, heading in enumerate(h1[:5]):
        text = _text(heading)
        if not text or _norm(text) in sites or len(text) > 400:
            continue
        words = _words(text)
        if len(words) < 2:
            continue
        segments = [_norm(p) for p in _SEP.split(candidates[0])] if candidates else []
        if len(segments) > 1 and _norm(text) in segments and \
                max(len(p) for p in segments) > len(_norm(text)) and \
                not (_norm(text) == segments[0] and len(words) >= 4 and not _is_site(text, sites)):
            continue  # the <h1> is the short part of "Headline | Site Name": the site's name
        # (the first part of "Headline | Opinion", "Headline – a longer tagline" is the headline)
        for cand in candidates[:1]:
            other = _words(cand)
            if not other or len(words) > 2 * len(other) + 4:
                continue
            common = len(words & other)
            share = common / min(len(words), len(other))
            if common >= 2 and share >= R.H1_OVERLAP and (best is None or share > best[0]):
                if elements and k < len(elements) and _without_parts(elements[k], cand):
                    best = share, cand  # the <h1> is the headline plus a date, a source, a label beside it
                elif _all_caps(text) and not _all_caps(cand):
                    best = share, cand  # a headline set in capitals: the metadata has its wording and case
                else:
                    best = share, _cut_labels(text)
    # of several <h1> (a blog's name, then the post's), the one closest to the metadata headline
    return best[1] if best else None


def _all_caps(text: str) -> bool:
    """Whether ``text`` is written in capitals only ("BEST DRIP COFFEE MAKERS"): a display
    style, where a metadata title in mixed case keeps the author's wording and case."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= R.CAPS_MIN_LETTERS and all(ch.isupper() for ch in letters)


def _without_parts(heading: etree._Element, headline: str) -> bool:
    """Whether ``headline`` is the ``<h1>``'s text without some of its leading or trailing
    text nodes ("<h1>Headline <span>Posted on May 3, 2024</span></h1>", "<h1><span>Blog:</span>
    Headline</h1>"): markup the page put beside its headline."""
    parts = [t for t in heading.itertext() if t.strip()]
    if len(parts) < 2:
        return False
    want = _norm(headline)
    if len(want) < 8:
        return False
    for i in range(len(parts)):
        for j in range(len(parts), i, -1):
            # the parts dropped are shorter than the headline kept (not a headline in two spans)
            if (i, j) != (0, len(parts)) and _norm("".join(parts[i:j])) == want \
                    and len(_norm("".join(parts[:i] + parts[j:]))) <= len(want):
                return True
    return False


def site_names(site_name: str | None, base: str | None) -> set[str]:
    """Normalised forms under which the site may appear in a ``<title>``."""
    names = set()
    if site_name:
        names.add(_norm(site_name))
    if base:
        host = re.sub(r"^https?://", "", base.lower()).split("/", 1)[0].split(":", 1)[0]
        labels = [p for p in host.split(".") if p not in ("www", "m", "amp", "mobile")][:-1]
        while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        if labels:
            names.add(_norm(labels[-1]))  # "express" of www.express.co.uk
            names.add(_norm("".join(labels)))
            names.add(_norm(host))
    return {n for n in names if len(n) >= 3}


_SEP = re.compile(r"\s+[" + R.TITLE_SEPARATORS + r"]+\s+|\s*\|\s*|:\s+")
_HARD_SEP = re.compile(r"[" + R.HARD_TITLE_SEPARATORS + r"]")


def _is_site(segment: str, sites: set[str]) -> bool:
    seg = _norm(segment)
    if len(seg) < 3:
        return False
    return any(seg == s or (len(s) >= 4 and (s in seg and len(seg) <= len(s) + 12 or len(seg) >= 4 and seg in s))
               for s in sites)


def _strip_site(title: str, sites: set[str], h1: list[str]) -> str:
    """``title`` without the site name: "Headline | Site", "Site - Headline", "Headline - Section - Site"."""
    for heading in h1[:3]:  # the page's own headline inside its <title>: take it
        hn = _norm(heading)
        if len(hn) >= 10 and hn != _norm(title) and _norm(title).startswith(hn):
            rest = title[len(heading):] if title.startswith(heading) else None
            # "Headline | Site", not "Site Name | Headline" with the site's name in an <h1>
            if rest is not None and _SEP.match(rest) and len(heading) > len(_SEP.sub("", rest, 1)):
                return heading
    parts = _SEP.split(title)
    seps = _SEP.findall(title)
    if len(parts) < 2:
        return title
    changed = True
    while changed and len(parts) > 1:
        changed = False
        if _is_site(parts[-1], sites):
            parts, seps, changed = parts[:-1], seps[:-1], True
        elif _is_site(parts[0], sites):
            parts, seps, changed = parts[1:], seps[1:], True
    return _join(*_cut_trailing(parts, seps)) or title


def _cut_trailing(parts: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    """"Headline | World | News": short trailing segments after a bar name sections and sites."""
    while len(parts) > 1 and _HARD_SEP.search(seps[-1]) and len(parts[-1].split()) <= 4 \
            and len(parts[0].split()) >= 3:
        parts, seps = parts[:-1], seps[:-1]
    return parts, seps


_DASH = re.compile(r"\s+[" + R.DASH_SEPARATORS + r"]\s+")
_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


def _cut_dash_label(title: str) -> str:
    """"Headline – Short Label": a few capitalised words after a spaced dash at the end
    ("– Infographic", "- Part 1", "— Strength Training", "– Site Name") label the
    headline; a dash that goes on with a phrase ("— and 5 trends to expect") is kept."""
    dashes = list(_DASH.finditer(title))
    if not dashes:
        return title
    last = dashes[-1]
    head, tail = title[: last.start()].rstrip(), title[last.end():]
    words = [w for w in tail.split() if any(ch.isalnum() for ch in w)]  # not "&"
    if not 1 <= len(words) <= R.DASH_LABEL_WORDS or len(head.split()) < R.DASH_HEAD_WORDS:
        return title
    if not all(w[0].isupper() for w in _WORD_TOKEN.findall(tail)) or tail.rstrip()[-1:] in "!?":
        return title  # lower-case words or an exclamation: a phrase, not a label
    return head


def _join(parts: list[str], seps: list[str]) -> str:
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        out += sep + part
    return out.strip()


def _cut_labels(heading: str) -> str:
    """A displayed headline without a section label after a bar ("Headline | Opinion")."""
    parts, seps = _SEP.split(heading), _SEP.findall(heading)
    if len(parts) < 2:
        return heading
    return _join(*_cut_trailing(parts, seps)) or heading
