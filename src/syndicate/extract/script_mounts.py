"""Containers a script fills: an empty box outside the body that a script turns into a
related list, a follow or like box, a share bar, a comment thread, a sign-up form.

In the HTML such a box shows nothing yet (at most a heading or a "Loading..." line): an
empty ``div`` with a class or id, a ``data-*`` configuration or a script beside it. The ad
pass already takes empty named ad boxes as slots (``ads.py``); this is the same rule for the
other items —

* structure says it is a mount: an empty element (no child, no text) with a ``data-*``
  attribute or a class/id, the box around it (a few levels, as long as the box shows at most
  a short heading and holds no link, picture or form field), a script, iframe or ``data-*``
  configuration in it or beside it; outside the body, outside what was found, outside
  menus and hidden or modal copies;
* vocabulary says only which kind: the whole words of the box's (and the empty element's)
  class/id and ``data-*`` names (``rules/script_mounts.MOUNT_WORDS``), a social profile or
  share URL in its ``data-*`` configuration, or its heading (the related and CTA phrase
  tables).

A related mount becomes a related block of no items; a CTA mount a CTA of its kind. The
region pass (``regions.py``) collects the empty elements in its one scan of the page and
calls ``script_mounts`` after its own rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import islice

from lxml import etree

from ..model import CallToAction
from . import ctas, related
from .chrome import Found
from .chrome_text import MAX_LABEL_WORDS, classify_short
from .chrome_util import SHOWN_TEXTS as _SHOWN_TEXTS
from .chrome_util import norm, tag_of
from .classtokens import LONG_TOKEN, words
from .region_names import MENU, area_of
from .rules import script_mounts as rules

#: Never a mount's box: the page, the article, a page header or footer, navigation.
_NEVER = frozenset({"html", "body", "main", "article", "head", "header", "footer", "nav", "td", "tr", "table"})
#: Each word (or run of words written with "-") of ``MOUNT_WORDS`` and its kind (the first
#: kind listing it); the longest run, in words.
_KIND_OF: dict[str, str] = {}
for _kind_name, _ws in rules.MOUNT_WORDS:
    for _w in _ws:
        _KIND_OF.setdefault(_w, _kind_name)
_LONGEST_RUN = max(w.count("-") + 1 for w in _KIND_OF)
#: CTA kinds a mount's heading may name ("Follow us", "Like us on Facebook", "Newsletter").
_HEADING_KINDS = frozenset({"follow", "newsletter", "comments", "donate", "app", "share"})
#: A heading that may name a mount's kind ("Top Stories", "Follow us").
_TITLES = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "label", "em")
_NO_HOOK_DATA = rules.NO_HOOK_DATA
#: Never a menu, whatever their class says (Bootstrap's ``main.row-offcanvas``).
_NO_MENU = frozenset({"html", "body", "main", "article"})
#: Ancestors climbed to see that a mount is not inside the body, a found item, a menu or a
#: hidden copy (the page root ends it sooner).
_ANCESTORS = 60


def mount_seed(el: etree._Element) -> bool:
    """``el`` (a childless ``div`` of the region pass's scan) shows nothing and is
    where a script mounts a widget: it carries a ``data-*`` configuration, or its class/id
    names a kind (most empty boxes, spacers and clearers, are neither)."""
    text = el.text
    if text is not None and not text.isspace():
        return False
    named = False
    for key, value in el.items():
        if key[:5] == "data-":
            if not key.startswith(_NO_HOOK_DATA):
                return True
        elif (key == "class" or key == "id") and not named:
            named = _name_kind(value) is not None
    return named


def script_mounts(seeds: Iterable[etree._Element], line: set[etree._Element], body: set[etree._Element],
                  taken: set[etree._Element], holders: set[etree._Element], base: str | None) -> list[Found]:
    """The mounts around the empty elements ``seeds`` (``mount_seed``), one item each.
    ``line``: ancestors of the body and of found items; ``holders``: of ad slots (a box
    holding either is a page region, no mount); ``taken``: what was found."""
    out: list[Found] = []
    tops: set[etree._Element] = set()
    for seed in seeds:
        if seed in taken or seed in body:
            continue
        boxes = _chain(seed, line, body, holders)
        if not any(_own_kind(el) is not None for el in boxes) and next(boxes[-1].iter(*_TITLES), None) is None:
            continue  # (most empty boxes: named nothing, no heading)
        chain = _trimmed(_texts(boxes))
        if not chain:
            continue
        kind, top, heading = _kind(chain)
        if kind is None or top in tops or not _hooked(top) or not _outside(top, body, taken, tops):
            continue
        if not taken.isdisjoint(top.iter()):
            continue  # (a comment box, a share bar found in it: found as what it is)
        tops.add(top)
        if kind == "related":
            rel = related.build_related(top, base, title=heading)
            rel.items = []
            out.append(Found(top, rel))
        else:
            cta = ctas.build_cta(top, kind, base)
            out.append(Found(top, CallToAction(id="", kind=kind, text=heading or cta.text, url=cta.url)))  # type: ignore[arg-type]
    if len(out) > 1:  # a mount inside another one's box: the outer one stands for both
        out = [f for f in out if not any(a in tops for a in islice(f.element.iterancestors(), rules.MOUNT_CLIMB))]
    return out


def _chain(seed: etree._Element, line: set[etree._Element], body: set[etree._Element],
           holders: set[etree._Element]) -> list[etree._Element]:
    """``seed`` and the boxes around it (at most ``MOUNT_CLIMB`` levels) that hold a few
    elements and nothing a reader could click or see (a link, a picture, a form field),
    innermost first."""
    chain = [seed]
    node = seed
    for _ in range(rules.MOUNT_CLIMB):
        parent = node.getparent()
        if parent is None or parent in line or parent in body or parent in holders or tag_of(parent) in _NEVER:
            break
        if len(parent) > rules.MAX_MOUNT_CHILDREN or next(parent.iter(*rules.SHOWING_TAGS), None) is not None:
            break
        chain.append(parent)
        node = parent
    return chain


def _texts(boxes: list[etree._Element]) -> list[tuple[etree._Element, int]]:
    """``boxes`` up to the first that shows more than a short heading, each with the
    characters of text it adds to the box inside it."""
    chain = [(boxes[0], 0)]
    shown = 0
    for box in boxes[1:]:
        chars = _shown_chars(box)
        if chars < 0:
            break
        chain.append((box, chars - shown))
        shown = chars
    return chain


def _shown_chars(box: etree._Element) -> int:
    """How many characters ``box`` shows outside its scripts, styles and noscripts, or -1
    when it is more than a short heading."""
    chars = 0
    for text in _SHOWN_TEXTS(box):
        chars += len(text.strip())
        if chars > rules.MAX_MOUNT_TEXT:
            return -1
    return chars


def _trimmed(chain: list[tuple[etree._Element, int]]) -> list[tuple[etree._Element, int]]:
    """``chain`` up to its first box named something else (a counter, a menu, a button)."""
    for i, (el, _) in enumerate(chain):
        if _not_mount(el):
            return chain[:i]
    return chain


def _not_mount(el: etree._Element) -> bool:
    cls, eid = el.get("class"), el.get("id")
    return bool(cls and _not_mount_name(cls)) or bool(eid and _not_mount_name(eid))


@lru_cache(maxsize=16384)
def _not_mount_name(value: str) -> bool:
    """A word of a class/id value is in ``NOT_MOUNT_WORDS`` (cached per value)."""
    return any(w in rules.NOT_MOUNT_WORDS for token in value.split() for w in words(token))


def _kind(chain: list[tuple[etree._Element, int]]) -> tuple[str | None, etree._Element, str | None]:
    """The kind the mount's names or ``data-*`` configuration say (the outermost box that
    says one), or else its heading; the box reported (the named box, or the box around it
    that adds only its heading); the heading."""
    for i in range(len(chain) - 1, -1, -1):
        el = chain[i][0]
        kind = _own_kind(el)
        if kind is not None:
            if i + 1 < len(chain) and chain[i + 1][1] > 0:
                i += 1  # (its heading or prompt beside it: "Like us on Facebook")
            top = chain[i][0]
            return kind, top, _heading(top)
    for el, _ in chain:  # (a whole heading of the phrase tables: "Top Stories", "Follow us")
        heading = _heading(el) if next(el.iter(*_TITLES), None) is not None else None
        if heading is None:
            continue
        found = classify_short(heading) if heading.count(" ") < MAX_LABEL_WORDS else None
        if found is not None and found[0] == "related":
            return "related", el, heading
        if found is not None and found[0] == "cta" and found[1] in _HEADING_KINDS:
            return found[1], el, heading
        break
    return None, chain[-1][0], None


def _own_kind(el: etree._Element) -> str | None:
    """The kind ``el``'s class/id words, ``data-*`` names or configured profile/share URL say."""
    for value in (el.get("class"), el.get("id")):
        if value:
            kind = _name_kind(value)
            if kind is not None:
                return kind
    for key, value in el.items():
        if key.startswith("data-"):
            kind = _name_kind(key[5:]) or (_url_kind(value) if value[:4] in ("http", "//ww") else None)
            if kind is not None:
                return kind
    return None


@lru_cache(maxsize=16384)
def _name_kind(value: str) -> str | None:
    """The kind a class/id value's words name (cached: pages repeat their class strings)."""
    for token in value.split():
        ws = words(token)
        n = len(ws)
        # (in a long token, a slug or a setting, only a run at its start or end names it:
        # ``classtokens.LONG_TOKEN``)
        ends = n >= LONG_TOKEN
        for i in range(n):
            for j in range(i + 1, min(n, i + _LONGEST_RUN) + 1):
                if ends and i > 0 and j < n:
                    continue
                kind = _KIND_OF.get(ws[i] if j == i + 1 else "-".join(ws[i:j]))
                if kind is not None:
                    return kind
    return None


def _url_kind(value: str) -> str | None:
    """``follow`` for a social profile URL in a widget's configuration, ``share`` for a
    share URL."""
    return ctas.share_or_follow(value.strip())


def _heading(box: etree._Element) -> str | None:
    text = None
    for node in box.iter(*_HEADINGS):
        t = norm(node.text_content())
        if t:
            text = t
            break
    return text if text and len(text) <= rules.MAX_MOUNT_TEXT else None


def _hooked(top: etree._Element) -> bool:
    """A script, an iframe or a ``data-*`` configuration in the mount or beside it."""
    for node in top.iter():
        tag = node.tag
        if tag == "script" or tag == "iframe":
            return True
        if type(tag) is str and node.attrib and any(
                k.startswith("data-") and not k.startswith(rules.NO_HOOK_DATA) for k in node.keys()):
            return True
    parent = top.getparent()
    return parent is not None and any(c.tag == "script" for c in parent)


def _outside(top: etree._Element, body: set[etree._Element], taken: set[etree._Element],
             tops: set[etree._Element]) -> bool:
    """Not inside the body, a found item, another mount, a menu, or a hidden or modal copy."""
    for anc in islice(top.iterancestors(), _ANCESTORS):
        if anc in body or anc in taken or anc in tops:
            return False
        tag = tag_of(anc)
        if tag == "template" or anc.get("hidden") is not None or anc.get("aria-hidden") == "true":
            return False
        if tag not in _NO_MENU and (area_of(anc, tag) == MENU or _not_mount(anc) and _dialog(anc)):
            return False
    return True


def _dialog(el: etree._Element) -> bool:
    """Named a modal, pop-up, overlay or lightbox (a copy shown on demand)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".split()
    return any(w in ("modal", "popup", "overlay", "lightbox") for n in names for w in words(n))
