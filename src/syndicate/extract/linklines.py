"""Related links inside the article's text: a paragraph that is only a link to another story
of the site, set apart in capitals or after a related label, or named by its slug
(``slug_lines``); a line the body keeps inside a block (a list's one entry, a quote's
paragraph) when it opens with a related caption or an invitation (``caption_line``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml import etree

from . import related
from .chrome import Found
from .chrome_util import norm, page_attributes, tag_of
from .headed_lists import HEADINGS, headed_at, opens_with_text
from .invite_lines import invite_line
from .linklists import below_page, index_above, link_kind, related_heading, site_page
from .region_names import internal_page, one_neighbour
from .rules import regions as rules
from .rules.headed_lists import BOX_TAGS
from .slug_lines import slug_line
from .story_lines import (
    apart_line,
    boxed_line,
    lead_line,
    marked,
    marked_label,
    opens_marked,
    pointer_line,
    story_target,
)


def link_lines(body: Sequence[etree._Element], hosts: frozenset[str], base: str | None,
               taken: set[etree._Element], body_set: Collection[etree._Element] = ()) -> list[Found]:
    """Paragraphs of the body that are only a link to another article of the site, set
    apart as a reference: in capitals ("TAYLOR SWIFT CLEARED TO PERFORM...") or after a
    related label ("Related: ...", "Lesen Sie auch: ..."). Each is a related block of one
    item, ``inline``. In the same walk, a label line over a run of story lines or cards
    (``headed_lists``): asked first, its lines are not judged alone. ``body_set``: the
    body's blocks."""
    out: list[Found] = []
    used: set[etree._Element] = set()  # (a label's lines)
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for el in body:
        tag = el.tag  # (``tag_of`` read only of a tag that may be "p": its last character says)
        if tag == "p" or (type(tag) is str and tag[-1:] in "pP" and tag_of(el) == "p"):
            if el in taken or el in used:
                continue
            links = [a for a in el.iter("a") if hrefs[a]]
            # (no link: perhaps a bold label; links to several targets: perhaps a box of
            # them the parser opened at the paragraph's end)
            if (not links and len(el) and el[0].tag in _BOLD and ((t := el[0].tail) is None or t.isspace())
                    and ((t := el.text) is None or t.isspace())) or (
                    len(links) > 1 and el[-1].tag in BOX_TAGS and len({a.get("href") for a in links}) > 1):
                heads = headed_at(el, hosts, base, taken, body_set)
                if heads:
                    out.extend(heads)
                    used.update(x for f in heads for x in getattr(f, "also", ()))
                continue
            found = link_line(el, hosts, base, invites=True, links=links)
            if found is not None:
                out.append(found)
        elif (tag == "ul" or tag == "ol") and el not in taken:
            # (a list the body keeps whole, a review's sections in its entries: only its
            # paragraphs opening with a marker are read, "» Useful Resource: <a>…</a>"; a
            # list of one entry, its entry read as a line: "• Read more about <a>…</a>.")
            if len(el) == 1 and el[0].tag == "li" and (found := caption_line(el[0], hosts, base)) is not None:
                out.append(found)
                continue
            for p in el.iter("p"):
                if p not in taken and opens_marked(p) and (found := link_line(p, hosts, base, invites=True)) is not None:
                    out.append(found)
        elif tag == "blockquote" and el not in taken:
            # (a note set in a quote: its paragraphs read as lines, "More on this topic in <a>…</a>")
            for p in el.iterchildren("p"):
                if (found := caption_line(p, hosts, base)) is not None:
                    out.append(found)
        elif tag in HEADINGS and el not in taken and el not in used:
            nxt = el.getnext()
            if nxt is not None and nxt.tag == "p" and opens_with_text(nxt.text):
                continue  # (a heading over a paragraph of words: the common case, no call)
            heads = headed_at(el, hosts, base, taken, body_set)
            if heads:
                out.extend(heads)
                used.update(x for f in heads for x in getattr(f, "also", ()))
    return out


_BOLD = frozenset({"strong", "b"})


def caption_line(el: etree._Element, hosts: frozenset[str], base: str | None) -> Found | None:
    """``el`` (a line the body keeps inside a block: a list's one entry, a quote's paragraph)
    as a related link line (``link_line``), if its words open with a related caption or an
    invitation ("See also: <a>…</a>", "Read more about <a>…</a>."): read only so, its
    container holds text of its own."""
    links = [a for a in el.iter("a") if a.get("href")]
    if not links or len({a.get("href") for a in links}) != 1 or not captioned(norm(el.text_content())):
        return None
    return link_line(el, hosts, base, invites=True, links=links)


def captioned(text: str) -> bool:
    """``text`` (a line's) opens with a related caption ending in a colon ("Also Read:",
    "See also:") or an invitation's words (``rules.INVITE_STEMS``: "Read more about")."""
    if text.lower().startswith(rules.INVITE_STEMS):
        return True
    head, colon, _ = text[:_LABEL_CHARS].partition(":")
    return bool(colon) and len(head.split()) <= rules.MAX_LABEL_WORDS and related_heading(head)


_PAIRS = {"[": "]", "(": ")"}


def _unwrap(text: str, link_text: str) -> str:
    """The line's text, if it does not end with the link, without a closing stop and
    without brackets or parentheses around the whole line: "[Read more: <a>…</a>]" is a
    reference line like "Read more: <a>…</a>"."""
    if text.endswith(link_text):
        return text
    text = text.rstrip(".;,")
    if len(text) > 2 and _PAIRS.get(text[0]) == text[-1]:
        text = text[1:-1].strip().rstrip(".;,")
    return text


def link_line(el: etree._Element, hosts: frozenset[str], base: str | None,
              invites: bool = False, links: list[etree._Element] | None = None) -> Found | None:
    """``el`` (a paragraph) as an in-text related link, if it is one (see ``link_lines``);
    with ``invites``, an invitation line too (``invite_lines``: asked here, where the
    paragraph's links and text are known, of the few paragraphs with one link).
    ``links``: its links with a target, when read already."""
    if links is None:
        links = [a for a in el.iter("a") if a.get("href")]
    if not links:
        return None
    if len({a.get("href") for a in links}) != 1:
        # (a few links after a lead-in, "Learn More: <a>…</a> and <a>…</a>")
        return lead_line(el, links, hosts, base) if invites else None
    # (the link's own tests first: most paragraphs with one link link a few words of a
    # long text, which is then never read)
    link_text = norm(" ".join(a.text_content() for a in links))
    if len(link_text.split()) < rules.TITLE_WORDS + 1:
        return _other_line(el, links, norm(el.text_content()), hosts, base) if invites else None
    full = norm(el.text_content()) if invites else ""
    text = _unwrap(full, link_text) if invites else ""
    if invites and not text.endswith(link_text):
        return _other_line(el, links, full, hosts, base)
    href = links[0].get("href") or ""
    _, article = link_kind(href, hosts)
    if not article and not site_page(href, hosts):
        return None
    if not invites:
        text = _unwrap(norm(el.text_content()), link_text)
        if not text.endswith(link_text):
            return None
    label = text[:len(text) - len(link_text)].strip()
    if not label and ":" in link_text[:_LABEL_CHARS]:
        head, _, rest = link_text.partition(":")  # "Lea también: Headline" inside the link
        head = head.strip(" »>-–|")
        if len(head.split()) <= rules.MAX_LABEL_WORDS and len(rest.split()) > rules.TITLE_WORDS \
                and related_heading(head):
            rel = related.build_related(el, base, title=head)
            return Found(el, rel) if rel.items else None
    if label:
        if marked_label(label) and story_target(href, hosts, base):
            pass  # ("» Useful Resource: <a>…</a>": a marker and a short name)
        elif len(label.split()) > rules.MAX_LABEL_WORDS or not label.endswith(tuple(":|»>-–")) \
                or not related_heading(label):
            return _other_line(el, links, full, hosts, base) if invites else None
    elif not (article and _capitals(link_text)) and not slug_line(el, link_text, href, base) \
            and not (marked(link_text) and story_target(href, hosts, base)):
        # (unlabelled: capitals, its slug, marked, a pointer, or set apart as a whole)
        return pointer_line(el, links, hosts, base) or apart_line(el, links, hosts, base)
    title = label.rstrip(":|»>-– ")
    rel = related.build_related(el, base, title=title or None)
    return Found(el, rel) if rel.items else None


def _other_line(el: etree._Element, links: list[etree._Element], text: str, hosts: frozenset[str],
                base: str | None) -> Found | None:
    """A paragraph whose link is not the whole line: an invitation to another story
    (``invite_lines``) or a highlighted box holding one (``story_lines.boxed_line``)."""
    return invite_line(el, links, text, hosts, base) or boxed_line(el, links, text, hosts, base) \
        or lead_line(el, links, hosts, base, text) or pointer_line(el, links, hosts, base)


#: A related label opening a link's text ("Read also: ...") ends within this many characters.
_LABEL_CHARS = 40


def _capitals(text: str) -> bool:
    """Set in capitals: most characters letters, next to no lower-case one (an acronym's
    plural: "AMAs")."""
    letters = sum(c.isalpha() for c in text)
    lower = sum(c.islower() for c in text)
    return letters >= 0.6 * len(text) and lower <= rules.MAX_LOWER_IN_CAPITALS * letters


def neighbour_card(a: etree._Element, hosts: frozenset[str], base: str | None,
                   memo: dict[etree._Element, tuple[bool, bool]]) -> Found | None:
    """A link set as a whole card beside the article (its blocks inside: an ``article``,
    a ``div``, a heading) and marked as the previous or next post (``rel``, a prev/next
    class): a related block of one item, the post's neighbour. A plain link in the text is
    no card, and its words alone never make one."""
    if next(a.iterchildren(*_CARD_BLOCKS), None) is None or not one_neighbour(a, hosts, base, memo):
        return None
    rel = related.build_related(a, base)
    return Found(a, rel) if rel.items else None


#: Block elements a link holding a whole teaser card has as children.
_CARD_BLOCKS = ("article", "div", "h2", "h3", "h4", "h5", "h6", "figure", "section")


def rel_neighbour(el: etree._Element, hosts: frozenset[str], base: str | None) -> bool:
    """A list of one entry whose link the page marks ``rel="prev"``/``"next"`` to another
    page of the site (not the page, an index above it or its own page 2): the post's
    neighbour, however its address reads ("/1899": a numeric permalink is no article path)."""
    a = next((x for x in el.iter("a") if x.get("href")), None)
    if a is None or (a.get("rel") or "").lower() not in ("prev", "next"):
        return False
    href = a.get("href") or ""
    key = link_kind(href, hosts)[0]
    if key is None or not internal_page(key, hosts) or index_above(href, base) or below_page(href, base):
        return False
    return len(norm(el.text_content())) <= rules.MAX_POST_NAV_CHARS
