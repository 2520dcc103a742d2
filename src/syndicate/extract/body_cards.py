"""A story card the body took in: a box standing among the article's blocks (or just after
them) that shows one other article of the site — its headline, perhaps its picture and a
line of teaser — and links nothing else. A related block of one item; its blocks leave the
body.

The region walk never judges it: the body's blocks and their ancestors are no regions. The
body stage keeps such a card when it looks like content: a Ghost bookmark card (a
``<figure>`` whose one link wraps title, excerpt and thumbnail) read as a picture, an info
box (a headline, a picture and a "Read the article" button) whose picture it keeps, a
"Mehr auf …" box of one card whose heading and excerpt it keeps as text.

The card is found from the body's blocks up (most blocks are passed at once: no link of
their own, in a column holding more): the largest box around a block holding few links,
below the element where it stands beside other blocks of the text, with few blocks and
elements of its own, not next to a box of its design (a list's entry). It is a card when its links go to
one target, another article of the site, named by a headline — the whole text of its link
(not a sentence's link, nor a caption), or a heading beside a picture and a short button
link — with little text besides. A kicker heading just before it ("What to read next…",
in the related vocabulary) titles it and leaves the body with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from itertools import islice

from lxml import etree

from ..model import RelatedItem
from ..sanitize import safe_url
from . import related
from .authors import author_path
from .chrome import HeadedFound
from .chrome_util import class_design, class_or_id_named, norm, tag_of, text_content
from .cta_boxes import button_styled
from .element_hints import HEADINGS
from .linklists import link_kind, other_story, related_heading, titled
from .own_pages import own_link
from .region_names import media_named, not_related_class, player_named, plays_media
from .rules import body_cards as card_rules
from .rules import card_links as link_rules
from .rules import regions as rules


def body_cards(body: Sequence[etree._Element], taken: set[etree._Element], links: Mapping[etree._Element, int],
               hosts: frozenset[str], base: str | None, body_all: Collection[etree._Element],
               body_line: Collection[etree._Element], line: Collection[etree._Element]) -> list[HeadedFound]:
    """The story cards among the body's blocks (``body``, in document order), each a related
    block of its one story, with the blocks it holds (and its kicker heading) in ``also``.
    ``taken``: elements found already; ``links``: the links below each element;
    ``body_all``: the body's blocks; ``body_line``: their ancestors; ``line``: theirs and
    those of what was found."""
    out: list[HeadedFound] = []
    tried: set[etree._Element] = set()
    most, box_tags, links_get = card_rules.MAX_LINKS, card_rules.BOX_TAGS, links.get
    for i, b in enumerate(body):
        # (most blocks at once: a paragraph, a heading, a list in a column holding the text's
        # links, with no link or no box of its own)
        if (not links_get(b) or b.tag not in box_tags) and ((parent := b.getparent()) is None
                                                             or links_get(parent, 0) > most):
            continue
        if b in taken:
            continue
        box = _box(b, links, body_all, body_line)
        if box is None or box in tried:
            continue
        tried.add(box)
        if box in taken or (box in line and box not in body_line):
            continue  # (something found inside it: a CTA box)
        inner = [x for x in body[i:i + card_rules.MAX_BLOCKS + 1] if x is box or _inside(x, box)]
        if len(inner) > card_rules.MAX_BLOCKS or next(islice(box.iter(), card_rules.MAX_NODES, None), None) is not None:
            continue  # (a box of the text's paragraphs, a big box: no card)
        story = _card(box, links, hosts, base)
        if story is None or any(x in taken for x in box.iterdescendants()):
            continue  # (a line, a CTA found inside it)
        kicker = _kicker(body, i)
        rel = related.build_related(box, base, title="")
        rel.title = norm(text_content(kicker)) if kicker is not None else _kicker_inside(box, story[1])
        rel.items = [RelatedItem(title=story[1], url=story[0], image=_image(rel.items))]
        out.append(HeadedFound(box, rel, tuple(x for x in (*inner, kicker) if x is not None and x is not box)))
    if len(out) > 1:  # (one target shown by several boxes: a gallery's slides, a product's offers)
        seen = Counter(f.item.items[0].url for f in out)  # type: ignore[union-attr]
        out = [f for f in out if seen[f.item.items[0].url] == 1]  # type: ignore[union-attr]
    for f in out:
        taken.update(f.also)
    return out


def _box(b: etree._Element, links: Mapping[etree._Element, int], body_all: Collection[etree._Element],
         body_line: Collection[etree._Element]) -> etree._Element | None:
    """The largest box around block ``b`` (or ``b``) holding a link and few links, below the
    element where it stands beside other blocks of the text (a heading over it aside); None
    for a block of the text."""
    box = None
    node = b
    for _ in range(card_rules.CLIMB):
        n = links.get(node, 0)
        if n > card_rules.MAX_LINKS:
            break
        if n:
            box = node
        parent = node.getparent()
        if parent is None or links.get(parent, 0) > card_rules.MAX_LINKS:
            break  # (most blocks: the column around them holds the text's links)
        if _beside_blocks(node, parent, body_all, body_line):
            return box if box is not None and tag_of(box) in card_rules.BOX_TAGS else None
        node = parent
    else:
        return None
    if box is None or tag_of(box) not in card_rules.BOX_TAGS:
        return None
    parent = box.getparent()
    if parent is None or not _beside_blocks(box, parent, body_all, body_line):
        return None  # (no other block of the text beside it: the article itself)
    return box


def _beside_blocks(node: etree._Element, parent: etree._Element, body_all: Collection[etree._Element],
                   body_line: Collection[etree._Element]) -> bool:
    """Another child of ``parent`` is a block of the text (a heading aside) or holds some."""
    for sib in parent:
        if sib is not node and ((sib in body_all and sib.tag not in HEADINGS) or sib in body_line):
            return True
    return False


def _card(box: etree._Element, links: Mapping[etree._Element, int], hosts: frozenset[str],
          base: str | None) -> tuple[str, str] | None:
    """(URL, headline) of the one story ``box`` shows, or None."""
    anchors = []
    href = None
    for a in box.iter("a"):
        h = (a.get("href") or "").strip()
        if not h or h[:1] == "#" or h[:11].lower() == "javascript:":
            continue  # (a like or bookmark button a script drives)
        if "sponsored" in (a.get("rel") or "").lower():
            return None  # (a paid link: an affiliate's product box)
        if href is None:
            href = h
        elif h != href:
            return None  # (two targets: a list, a sentence's links, a label: no card of one story)
        anchors.append(a)
    if href is None or author_path(href):
        return None
    key, article = link_kind(href, hosts)
    if key is None or not article or own_link(key, hosts) or not other_story(href, hosts, base):
        return None
    if not_related_class(box) or media_named(box) or player_named(box) or plays_media(box) \
            or class_or_id_named(box, link_rules.SPONSORED_WORDS) or next(box.iter("h1"), None) is not None:
        return None  # (a tag box, a player, an author box, an ad, a hero header)
    path = href.split("?", 1)[0].split("#", 1)[0]
    if path.rsplit(".", 1)[-1].lower() in link_rules.FILE_EXTENSIONS or _listed(box, links):
        return None  # (a picture opening its file: a figure, no card; an entry of a list)
    text = norm(text_content(box))
    if len(text) > rules.MAX_INSET_CARD_TEXT:
        return None
    url = safe_url(href, base)
    if url is None:
        return None
    titles = [norm(text_content(a)) for a in anchors]
    for a, t in zip(anchors, titles, strict=True):
        if t and not _headline_link(a, t):
            return None  # (a link inside a sentence or a caption: the text's own)
    pictured = next(box.iter("img", "picture"), None) is not None
    if not pictured and text not in titles:
        return None  # (no picture, and text beside its link: a section of text under a linked heading)
    headline = _linked_headline(anchors, titles, pictured)
    if headline is None and pictured:
        headline = _button_headline(box, titles)
    if not headline:
        return None
    # (little text besides the story's: a kicker, an excerpt, a date; not a section of text)
    linked = sum(map(len, titles))
    if len(text) - linked - (0 if any(headline in t for t in titles) else len(headline)) > card_rules.MAX_OTHER_TEXT:
        return None
    return url, headline


def _listed(box: etree._Element, links: Mapping[etree._Element, int]) -> bool:
    """``box``, or the entry around it, stands next to a box of its design (tag and most
    class tokens) holding a link, with nothing but empty boxes between them (an ad slot, a
    tracker): an entry of a list of cards (judged whole, ``related_repeats``), a gallery's
    slide. A box of its design further down the text is another box."""
    node: etree._Element | None = box
    for level in range(card_rules.LIST_LEVELS):
        if node is None:
            return False
        design = class_design(node.get("class") or "")
        if level and not design:
            return False  # (a column without a class beside the page's other columns)
        for preceding in (False, True):
            for sib in node.itersiblings(etree.Element, preceding=preceding):
                if links.get(sib, 0):
                    if sib.tag == node.tag and _alike(design, class_design(sib.get("class") or "")):
                        return True
                    break
                if sib.tag in card_rules.TEXT_TAGS and len(norm(text_content(sib))) > card_rules.MAX_BETWEEN_TEXT:
                    break  # (text between them: the two stand apart)
        node = node.getparent()
    return False


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two class designs share most tokens (the rest name a category, a position)."""
    common = len(a & b)
    return a == b or (common >= 2 and 2 * common >= max(len(a), len(b)))


def _headline_link(a: etree._Element, text: str) -> bool:
    """A link with text ``text`` set as a headline or a button asking to read: the whole
    text of the block it stands in (through inline wrappers: ``<p><strong><a>``), or holding
    a heading or title element; never in a caption, nor a button asking anything else."""
    if any(tag_of(x) == "figcaption" for x in islice(a.iterancestors(), card_rules.CAPTION_CLIMB)):
        return False  # (a picture's caption: the figure is the text's)
    if _read_button(text):
        return True
    if button_styled(a):
        return False  # ("Show me the best course": an ask, no headline)
    if next(a.iterdescendants(*HEADINGS), None) is not None or titled(a):
        return True
    node = a.getparent()
    for _ in range(card_rules.CAPTION_CLIMB):
        if node is None:
            return False
        if tag_of(node) not in card_rules.INLINE:
            return norm(text_content(node)) == text
        node = node.getparent()
    return False


def _linked_headline(anchors: list[etree._Element], titles: list[str], pictured: bool) -> str | None:
    """The story's headline as the text of a link to it, long enough to name a story (a short
    one in a title element or beside the story's picture); a title element inside a link
    wrapping a whole card (an excerpt, a date beside it) names it alone."""
    best = None
    for a, t in zip(anchors, titles, strict=True):
        words = len(t.split())
        if _read_button(t):
            continue  # ("Read the article": a button, the headline stands beside it)
        if words < card_rules.MIN_TITLE_WORDS and not (
                words >= card_rules.MIN_SHORT_TITLE_WORDS and (pictured or titled(a))):
            continue
        head = _title_inside(a) or t
        if best is None or len(head) > len(best):
            best = head
    return best


def _title_inside(a: etree._Element) -> str | None:
    """The text of a title element inside a link wrapping a whole card (its heading, or a
    title-classed box), when the link holds more (an excerpt, a date)."""
    for x in a.iterdescendants():
        if not isinstance(x.tag, str):
            continue
        cls = x.get("class")
        if x.tag in HEADINGS or (cls and "itle" in cls and any(
                w.endswith("title") for w in cls.replace("_", "-").lower().split())):
            t = norm(text_content(x))
            if t:
                return t
    return None


def _button_headline(box: etree._Element, titles: list[str]) -> str | None:
    """A box with the story's picture whose links are short buttons asking to read it ("Read
    the article", "Weiterlesen"): its headline is a heading of the box, outside the links."""
    if not any(titles) or not all(_read_button(t) for t in titles if t):
        return None
    # (the heading nearest above the button: a kicker or an award label may stand over it)
    best = None
    for x in box.iter("a", *HEADINGS):
        if x.tag == "a":
            if best is not None and x.get("href"):
                return best
            continue
        t = norm(text_content(x))
        if len(t.split()) >= card_rules.MIN_SHORT_TITLE_WORDS and next(x.iter("a"), None) is None:
            best = t
    return best


def _read_button(text: str) -> bool:
    """A button's few words asking to read a story ("Read the article", "Zum Artikel")."""
    words = text.lower().split()
    return len(words) <= rules.TITLE_WORDS and any(w.startswith(card_rules.READ_STEMS) for w in words)


def _kicker(body: Sequence[etree._Element], i: int) -> etree._Element | None:
    """The body's block just before block ``i``, when a heading in the related vocabulary
    ("What to read next…", "Lesen Sie auch"): the card's kicker."""
    if i == 0:
        return None
    prev = body[i - 1]
    if tag_of(prev) not in HEADINGS or next(prev.iter("a"), None) is not None:
        return None
    return prev if related_heading(norm(text_content(prev))) else None


def _kicker_inside(box: etree._Element, headline: str) -> str | None:
    """A heading of the box that is not the story's headline ("Mehr auf waldwissen.net")."""
    for h in box.iter(*HEADINGS):
        t = norm(text_content(h))
        if t and t != headline and headline not in t and next(h.iter("a"), None) is None:
            return t
    return None


def _inside(x: etree._Element, box: etree._Element) -> bool:
    return any(a is box for a in islice(x.iterancestors(), card_rules.CLIMB))


def _image(items: list[RelatedItem]) -> str | None:
    return next((x.image for x in items if x.image), None)
