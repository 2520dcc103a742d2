"""Calls to action that close the article's text: the promo lines and boxes a site puts at
the end of every article, after the last paragraph, inside the article's own container — "+++
Get our app: <link>", "Subscribe to our newsletter: <link>", "If you enjoyed this, support us
here: <link>", a "Tip: our app" box with its store link, a caption "Subscribe to our sister
magazine", "…then join <a>Bootcamp</a> and learn how".

The body walk keeps them as body blocks (they stand in the article's column, below its last
paragraph); ``body_ctas`` asks a box among the paragraphs to be set apart, which such lines
are not (they look like the paragraphs above them). What tells them is their PLACE: the
closing run of the body, walked from its end, each unit (a block, or the small box around the
last blocks) short, holding one to three actions, and asking the reader to act — its kind told
by its action's words or URL (as ``body_ctas``), by the whole line's words
(``rules.regions.CLOSING_STEMS`` beside ``CTA_BOX_STEMS``), or by an offer verb leading into a
link to a site's home page ("join <a>Parsity</a>"). The walk stops at the first unit that is
the article's text (longer, no action, or asking nothing), so a closing paragraph of the
article that holds a link stays in the body; a short line without action (a credit, a
"+++") is stepped over.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from lxml import etree

from . import body_ctas as bc
from . import ctas, own_promos
from .chrome import Found
from .chrome_util import norm, previous_element, tag_of, text_content, within
from .cta_boxes import BOX_TAGS, any_stem, asks_to_act, box_kind_of, cta_url
from .element_hints import HEADINGS
from .rules import regions as rules

#: Containers a closing unit may grow into from its last block (never the article itself).
_UNIT_TAGS = BOX_TAGS | {"blockquote", "figure"}
_STOP_TAGS = frozenset({"article", "main", "body", "html"})


def closing_ctas(body: Sequence[etree._Element], chars: dict[etree._Element, int], total: int,
                 done: set[etree._Element], taken: set[etree._Element], base: str | None,
                 hosts: frozenset[str] = frozenset()) -> list[Found]:
    """The promo lines and boxes closing the body ``body`` (document order; ``chars``: each
    block's characters, ``total`` their sum), not in ``done`` (found as ``body_ctas``) nor
    inside ``taken``."""
    index: dict[etree._Element, int] = {}  # (each block's place, built when a unit grows: few pages)
    out: list[Found] = []
    i = len(body) - 1
    units = stepped = 0
    big: set[etree._Element] = set()  # (boxes known too big for a unit)
    keys = own_promos.site_keys(hosts)
    while i >= 0 and units < rules.MAX_CLOSING_UNITS:
        last = i
        unit, first = _unit(body, index, i, big)
        units += 1
        inside = body[first:i + 1]
        i = first - 1
        if done and any(x in done for x in inside):
            continue  # (a CTA ``body_ctas`` found: the run goes on above it)
        own = sum(chars.get(x, 0) for x in inside)
        named = _named(unit, own, total, keys, hosts)
        if not named and (own > (rules.MAX_CLOSING_TEXT if unit.tag in _UNIT_TAGS else rules.MAX_CLOSING_LINE)
                          or own * rules.BODY_CTA_SHARE > total):
            if unit is body[last] or not _named(body[last], chars.get(body[last], 0), total, keys, hosts):
                break  # the article's own text (a longer paragraph ending in "contact us" is its close)
            # (the last paragraph of a box holding the article's close too: that one alone)
            unit, i, named, own = body[last], last - 1, True, chars.get(body[last], 0)
        if taken and within(unit, taken):
            break
        kind = _closing_kind(unit) or (own_promos.own_kind(unit, hosts) if named else None)
        if kind is None:
            if stepped < rules.MAX_CLOSING_STEPS and _step(unit, own):
                stepped += 1  # a credit line, a "+++", a download link: the run goes on above
                continue
            break
        cta = ctas.build_cta(unit, kind, base)
        out.append(Found(unit, cta))
    return out


def _named(unit: etree._Element, own: int, total: int, keys: tuple[str, ...], hosts: frozenset[str]) -> bool:
    """The site pointing the reader at itself by name (``own_promos``): its promo, though
    longer than a closing line, while it is a small part of the text."""
    if own > rules.MAX_OWN_PROMO_TEXT or own * rules.BODY_CTA_SHARE > total \
            or not own_promos.own_promo(unit, keys, hosts):
        return False
    # ...with an action presented as one ("Get started…", a bare URL) or going to a CTA's
    # page (``/contact``; a story's slug naming "subscriptions" is none); a picture's
    # link (no words) is no such action here: "Picture of the article on example.org"
    return any(own_promos.action_kind(a.get("href") or "", hosts) is not None
               or (bool(norm(text_content(a))) and _apart(a)) for a in unit.iter("a"))


def _unit(body: Sequence[etree._Element], index: dict[etree._Element, int], last: int,
          big: set[etree._Element]) -> tuple[etree._Element, int]:
    """The unit ending with body block ``b`` (``body[last]``): the biggest small box above it
    holding only the blocks just before it (a promo box of a heading, a line, a picture and
    a button), else ``b``; and the index of its first block. ``big``: the boxes found too
    big so far (grown here); ``index``: each block's place in ``body``, filled here at first need."""
    b = body[last]
    unit, first = b, last
    node = b.getparent()
    for _ in range(rules.BODY_CTA_CLIMB):
        if node is None:
            break
        tag = tag_of(node)
        if tag not in _UNIT_TAGS or tag in _STOP_TAGS or node in big:
            break
        if len(node) > rules.MAX_CLOSING_CHILDREN or len(text_content(node)) > 2 * rules.MAX_CLOSING_TEXT:
            big.add(node)  # (the article's column: many children, or read once)
            break  # (raw text, whitespace and all: cheap, in C)
        if not index:
            index.update((x, i) for i, x in enumerate(body))
        pos = [index[x] for x in node.iter() if x in index]
        if not pos or max(pos) != last or len(pos) != last - min(pos) + 1 or min(pos) == 0:
            break  # (blocks of the body elsewhere, or its first: the article's column)
        unit, first = node, min(pos)
        node = node.getparent()
    return unit, first


def _closing_kind(unit: etree._Element) -> str | None:
    """The CTA kind of a closing unit that asks the reader to act (see the module)."""
    links = []
    hrefs = set()
    for a in unit.iter("a"):
        href = a.get("href")
        if href and href.strip()[:1] not in ("", "#"):
            links.append(a)
            hrefs.add(href)
    actions = links or list(unit.iter("button"))
    if not actions or len(hrefs) > rules.MAX_CLOSING_ACTIONS:
        return None
    presented = [a for a in actions if _apart(a)]
    # Told by its actions: their own short words ("Request a demo", "Get in touch") or the
    # page they go to (``/contact``, ``/newsletter``)...
    words = " | ".join(t for t in (norm(text_content(a)) for a in actions if a in presented or bc._standalone(a))
                       if len(t.split()) <= rules.MAX_ACTION_WORDS).lower()
    kind = box_kind_of(words) or cta_url(unit, len(hrefs))
    if kind is not None:
        return kind
    if any(_offer_home(a) for a in links):
        return "other"  # "…then join <a>Parsity</a>", "<a>Try Acme free</a>"
    # ...else by its words, when it is set apart as a promo — a line opening with a marker
    # ("+++", "►"), a box unlike its siblings that is no teaser card (its heading no link) —
    # and its action presented as one (a bare URL, a picture, after a colon): a name linked
    # in a sentence of the text is the text's ("…a member of the <a>Pueri Cantores</a>.")
    if not presented or not (_marked(unit) or (unit.tag in _UNIT_TAGS and bc._unlike_siblings(unit)
                                                and not _linked_heading(unit))):
        return None
    text = norm(text_content(unit)).lower()
    return box_kind_of(text) or _stem_kind(text)


def _step(unit: etree._Element, own: int) -> bool:
    """A unit the walk steps over: a short line without action (a credit, a "+++"), or a
    line whose one action is a bare URL (a second download link under an app promo)."""
    if own <= rules.MAX_CLOSING_STEP and next(unit.iter("a", "button", "form"), None) is None:
        return True
    links = list(unit.iter("a"))
    return own <= rules.MAX_CLOSING_LINE and len(links) == 1 and \
        norm(text_content(links[0])).lower().startswith(("http", "www."))


def _marked(unit: etree._Element) -> bool:
    """A line opening with a marker of no letters or digits ("+++", "►", "→", "***")."""
    text = norm(text_content(unit))
    head = text.split(" ", 1)[0] if text else ""
    return bool(head) and len(head) <= 4 and not any(c.isalnum() for c in head)


def _linked_heading(unit: etree._Element) -> bool:
    """A heading holding a link: the box is a teaser card of a page, no promo."""
    return any(next(h.iter("a"), None) is not None for h in unit.iter(*HEADINGS))


def _stem_kind(text: str) -> str | None:
    for kind, stems in rules.CLOSING_STEMS:
        if any_stem(text, stems):
            return kind
    return None


def _apart(a: etree._Element) -> bool:
    """An action presented as such, not a name inside a sentence: a button, a link with no
    words (a picture, a badge), a link whose text is its address, one led into by a colon
    ("Hier der Link: <a>…</a>"), or a short label asking to act ("Get the app")."""
    label = norm(text_content(a))
    if tag_of(a) == "button" or not label:
        return True
    if label.lower().startswith(("http", "www.")) or _text_before(a).endswith(":"):
        return True
    return len(label.split()) <= rules.MAX_ACTION_WORDS and asks_to_act(label)


def _offer_home(a: etree._Element) -> bool:
    """A link to a site's home page (no path: a product, a school, a shop) that asks to act
    by its own label or by the offer verb leading into it ("…then join <a>Parsity</a>",
    "<a>Try Acme free for 30 days</a>")."""
    href = (a.get("href") or "").strip()
    if not href.lower().startswith(("http://", "https://", "//")):
        return False
    if urlsplit(href).path.strip("/"):
        return False
    label = norm(text_content(a))
    if label and asks_to_act(label):
        return True
    before = _text_before(a)
    if not before:
        return False
    word = before.split()[-1].lower() + " "
    return any(word.startswith(v) for v in rules.OFFER_VERBS if v.endswith(" "))


def _text_before(a: etree._Element) -> str:
    """The words just before ``a`` in its parent (its previous sibling's tail, else the
    parent's text)."""
    prev = previous_element(a)
    if prev is not None:
        return norm(prev.tail)
    parent = a.getparent()
    return norm(parent.text) if parent is not None else ""
