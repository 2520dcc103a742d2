"""A short box asking the reader for feedback, help or a correction: "Was this page
helpful?", "How can we improve? Got feedback? Let us know!", "See a typo? Send a fix here!".

Its action names no CTA kind ("Let us know", "Send a fix here"), so the kind tables pass it
by. What makes one, structure first:

* a link to a feedback, survey or correction page (its target holds a ``HREF_STEMS`` stem:
  the page's targets are searched for one first, in C, so most pages cost one search);
* its box: the highest ancestor, a few levels up, whose links (one or two) all go to that
  target and which holds a few words at most (a sentence or two, no list or region); no
  list entry (a menu's "Send feedback", a survey page's entry) and no heading (a teaser's
  title linking a story about a survey);
* the box's words ask for feedback, help or a correction (``ASK_WORDS``, many languages):
  a footer menu entry "Feedback" holds no sentence and is navigation;
* it stands outside the body's text and outside every item found, and outside the panel a
  menu entry unfolds (``submenus.in_submenu``: the menu's card "Share your feedback").

A CTA ``contact`` when its words ask the reader to write ("Let us know", "Contact us"),
else ``other``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lxml import etree

from ..model import Related
from ..sanitize import safe_url
from .banner_links import stands_free
from .chrome import Found
from .chrome_util import norm, tag_of
from .ctas import build_cta
from .element_hints import HEADINGS
from .rules import feedback_asks as rules
from .submenus import in_submenu


def with_feedback_asks(
    out_so_far: list[Found], page_hrefs: Sequence[str] | None, hrefs: Sequence[etree._Element],
    links: Counter[etree._Element], body: set[etree._Element], base: str | None,
) -> list[Found]:
    """``out_so_far`` (the items found so far) with the feedback asks around the page's links
    ``hrefs`` (``page_hrefs``: their targets, when the page has few enough to have kept
    them), outside the body blocks ``body``. ``links``: links below each element. A
    one-link "related block" an ask holds is the ask's link, no related block: it goes."""
    if not page_hrefs:
        return out_so_far
    joined = "\n".join(page_hrefs)  # (one string, searched in C: most pages hold no stem)
    stems = [s for s in rules.HREF_STEMS if s in joined]
    if not stems:
        return out_so_far
    out: list[Found] = []
    # (a related block of one link: the ask's link read as a story; it may be replaced)
    lone = {f.element: f for f in out_so_far if isinstance(f.item, Related) and len(f.item.items) == 1}
    found = {f.element for f in out_so_far if f.element not in lone}
    dropped: set[int] = set()
    for a in hrefs:
        href = a.get("href") or ""
        if not any(s in href for s in stems):
            continue
        box = _box(a, href, links)
        if box is None or not stands_free(box, body, found) or \
                any(x in found for x in box.iterdescendants()):
            continue
        text = norm(" ".join(box.itertext())).lower()
        label = " ".join(filter(None, (a.get("title"), a.get("aria-label"))))
        if not rules.ASK_WORDS.search(text) and not rules.ASK_WORDS.search(label.lower()):
            continue
        if in_submenu(box):
            continue  # (a card of the panel a menu entry unfolds: the menu's, navigation)
        kind = "contact" if rules.CONTACT_WORDS.search(text) else "other"
        for x in box.iter():
            if x in lone:
                dropped.add(id(lone[x]))
        cta = build_cta(box, kind, base)
        cta.url = safe_url(href, base)
        found.add(box)
        out.append(Found(box, cta))
    if not out:
        return out_so_far
    return [f for f in out_so_far if id(f) not in dropped] + out


def _box(a: etree._Element, href: str, links: Counter[etree._Element]) -> etree._Element | None:
    """The highest ancestor of ``a`` (``CLIMB`` levels at most, below the page's regions and
    lists) whose links all go to ``href`` and that holds ``MIN_WORDS``–``MAX_WORDS`` words;
    None when there is none."""
    box = None
    words = 0  # (the box's words)
    node = a
    for _ in range(rules.CLIMB + 1):
        if node is None or tag_of(node) in rules.NOT_BOX:
            break
        if node.tag == "li":
            return None  # (an entry of a list: a menu's "Send feedback", a survey page's)
        n = links.get(node, 1)
        if n > rules.MAX_LINKS or (n > 1 and any(x.get("href") != href for x in node.iter("a") if x.get("href"))):
            break
        n_words = len(norm(" ".join(node.itertext())).split())
        if n_words > rules.MAX_WORDS:
            break
        box, words = node, n_words
        node = node.getparent()
    if box is None or box.tag in HEADINGS or words < rules.MIN_WORDS:
        return None  # (a heading linking a page: a teaser's title, no ask)
    return box
