"""Follow asks the bar tests do not read: a sentence linking the site's profiles, and a
headed box linking one profile.

The bar tests (``sharebars``, ``follow_runs``) want rows of profile links with little text
between, and ``lone_follows`` takes a lone profile link only when it shows no words. Two
shapes fall between them:

* a **follow line**: one line (``p``, ``li``, ``div``) whose links hold three or more profile
  links, with words between them ("… follow us on Facebook, Instagram, Twitter and TikTok to
  stay up to date."), in the chrome or closing the article's text (it then leaves the body
  with the CTA);
* a **follow box**: a box with a heading whose links all go to one profile and that holds
  a few words at most ("Connect with us" + "X (Twitter)"; a "LinkedIn" blurb); a heading
  alone linking a profile (a channel's title over its videos, a profile card's name) is
  none.

Neither is an author's (a box named so, or a card linking an author's page: their profiles
are the author's), nor inside or around an item found already.

The candidates are the page's profile links the region walk collected (``walk.follows``):
no walk of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lxml import etree

from ..sanitize import safe_url
from .chrome import Found
from .chrome_util import NO_TEXT, overlaps, tag_of, text_content
from .ctas import build_cta
from .element_hints import HEADINGS
from .follow_runs import author_box
from .lone_follows import author_card
from .rules import follow_lines as rules


def follow_lines(
    follows: Sequence[etree._Element], links: Counter[etree._Element], out_so_far: Sequence[Found],
    base: str | None,
) -> list[Found]:
    """The follow lines and boxes among the profile links ``follows`` (document order);
    ``links``: links below each element (the region walk's counts); ``out_so_far``: the
    items found so far. A line may be a body block: it then leaves the body with its CTA."""
    lines: dict[etree._Element, list[etree._Element]] = {}
    worded: list[etree._Element] = []
    for a in follows:
        line = _line(a)
        if line is not None:
            lines.setdefault(line, []).append(a)
        if (a.text and not a.text.isspace()) or (len(a) and not (text_content(a) or " ").isspace()):
            worded.append(a)  # (its own text read first: most profile links hold none or only it)
    out: list[Found] = []
    found: set[etree._Element] | None = None
    for line, profiles in lines.items():
        if len(profiles) < rules.MIN_LINE_PROFILES or links.get(line, 0) - len(profiles) > rules.MAX_LINE_OTHERS:
            continue
        if found is None:
            found = {f.element for f in out_so_far}
        if not _sentence(line) or overlaps(line, found) or author_box(line) or author_card(profiles[0], links):
            continue
        cta = build_cta(line, "follow", base)
        cta.url = safe_url(profiles[0].get("href"), base)
        out.append(Found(line, cta))
    done = {f.element for f in out}
    for a in worded:
        if done and any(x in done for x in a.iterancestors()):
            continue
        box = _headed_box(a, links)
        if box is None or box in done:
            continue
        if found is None:
            found = {f.element for f in out_so_far}
        if overlaps(box, found) or author_box(box) or author_card(a, links):
            continue
        done.add(box)
        cta = build_cta(box, "follow", base)
        cta.url = safe_url(a.get("href"), base)
        out.append(Found(box, cta))
    return out


def _line(a: etree._Element) -> etree._Element | None:
    """The line ``a`` stands in: its first ancestor past emphasis, when a ``LINE_TAGS`` one."""
    node = a.getparent()
    for _ in range(rules.INLINE_CLIMB):
        if node is None or node.tag not in rules.INLINE:
            break
        node = node.getparent()
    return node if node is not None and node.tag in rules.LINE_TAGS else None


def _sentence(line: etree._Element) -> bool:
    """``line`` reads as a sentence: at most ``MAX_LINE_WORDS`` words, ``MIN_LINE_PROSE`` of
    them outside its links (a row of network names is a bar's). Scripts are no words."""
    total = len(_words(line))
    in_links = sum(len(_words(a)) for a in line.iter("a"))
    return total <= rules.MAX_LINE_WORDS and total - in_links >= rules.MIN_LINE_PROSE


def _words(el: etree._Element) -> list[str]:
    """The words ``el`` shows (no script or style text; the text after one is shown)."""
    parts = [el.text or ""]
    for x in el.iterdescendants():
        if isinstance(x.tag, str) and x.tag not in NO_TEXT:
            parts.append(x.text or "")
        parts.append(x.tail or "")
    return " ".join(parts).split()


def _headed_box(a: etree._Element, links: Counter[etree._Element]) -> etree._Element | None:
    """The highest box above ``a`` (``BOX_CLIMB`` levels at most) whose links all go to
    ``a``'s profile, holding few words, when one of them holds a heading (no heading alone)."""
    # The climb reads link counts only; words are read only when a heading is there (rare).
    target: str | None = None
    levels: list[etree._Element] = []
    node = a.getparent()
    for _ in range(rules.BOX_CLIMB):
        if node is None or tag_of(node) in rules.NOT_BOX:
            break
        n = links.get(node, 0)
        if n > 1:
            if n > rules.MAX_BOX_LINKS:
                break
            if target is None:
                target = _profile(a.get("href") or "")
            if any(_profile(x.get("href") or "") != target for x in node.iter("a") if x.get("href")):
                break  # (a link elsewhere: no box of one profile)
        levels.append(node)
        node = node.getparent()
    if not levels or next(levels[-1].iter(*HEADINGS), None) is None:
        return None  # (no heading in the highest box: none in the boxes below it)
    first = next(i for i, x in enumerate(levels) if next(x.iter(*HEADINGS), None) is not None)
    for box in reversed(levels[first:]):
        # (its characters first, counted in C: a text column holding the link is long)
        if len(text_content(box)) <= rules.MAX_BOX_CHARS and len(_words(box)) <= rules.MAX_BOX_WORDS:
            # (a heading linking the profile, over a list of videos or a card: no box)
            return None if box.tag in HEADINGS else box
    return None


def _profile(href: str) -> str:
    """``href`` without scheme, ``www.``, query, fragment and trailing slash or blank."""
    h = href.lower().split("#", 1)[0].split("?", 1)[0].split("//", 1)[-1]
    h = h.removeprefix("www.")
    return h.replace("%20", "").rstrip("/ ")
