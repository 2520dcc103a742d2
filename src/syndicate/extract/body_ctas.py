"""Calls to action set inside the article's text: a short box or line among the paragraphs
that asks the reader to act — book a demo, become a member, get the app, leave a review,
follow a channel, get in touch — and whose one or two links (or button) go there.

The body walk keeps such a box as body blocks (it stands between paragraphs, in the article's
own container); found here, its blocks leave the body with it (``regions.without_taken``).
What makes one: a distinct box (a ``div``/``aside``/``section`` around one to three short
blocks), or a paragraph set apart (all in bold or capitals), holding one or two actions;
its kind is told by its action's words or URL, or its headings and emphasis
(``rules.regions``), never by its body copy, so an ordinary paragraph that links somewhere
is left alone. A paragraph set apart as a whole (all in emphasis or in brackets:
``apart_lines``) that asks a question before its one link is an ask whatever its words: a
profile link makes it ``follow``, any page but another article ``other`` (``_apart_ask``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from lxml import etree

from . import closing_ctas, ctas
from .apart_lines import set_apart
from .chrome import Found
from .chrome_util import norm, norm_over, page_attributes, tag_of, text_content, words
from .cta_boxes import BOX_TAGS, any_stem, box_kind_of, cta_url, prompt_text
from .cta_rows import button_line
from .inline_promos import promo_banner
from .linklists import link_kind
from .rules import regions as rules


def body_ctas(body: Sequence[etree._Element], taken: set[etree._Element], base: str | None,
              hosts: frozenset[str] = frozenset()) -> list[Found]:
    """The CTA boxes and lines among the body blocks ``body`` (document order), not inside
    ``taken``."""
    if len(body) < rules.MIN_BODY_BLOCKS_AROUND:
        return []
    blocks = set(body)
    # (raw: counted in C; each block once: a page may list a block several times, and a
    # wrapper's text is long)
    chars = {b: len(text_content(b).strip()) for b in dict.fromkeys(body)}
    total = sum(chars.values())
    tags = {b: tag_of(b) for b in body}  # (read once per block)
    # (a list, table or figure of the article is content, never a prompt)
    content = {b for b, tag in tags.items() if tag in _CONTENT_TAGS}
    # Body blocks and their characters below each ancestor a box may be (a few levels up):
    # summed per parent first (a page's blocks share a few parents), then climbed once each.
    own_blocks: dict[etree._Element, int] = {}
    own_chars: dict[etree._Element, int] = {}
    for b in body:
        parent = b.getparent()
        if parent is not None:
            # (a box holding the article's content is no prompt: a content block weighs more)
            weight = rules.MAX_BODY_CTA_BLOCKS + 1 if b in content else 1
            own_blocks[parent] = own_blocks.get(parent, 0) + weight
            own_chars[parent] = own_chars.get(parent, 0) + chars[b]
    under = dict(own_blocks)
    under_chars = dict(own_chars)
    for parent, weight in own_blocks.items():
        n = own_chars[parent]
        for anc in islice(parent.iterancestors(), rules.BODY_CTA_CLIMB - 1):
            under[anc] = under.get(anc, 0) + weight
            under_chars[anc] = under_chars.get(anc, 0) + n
    out: list[Found] = []
    done: set[etree._Element] = set()
    above: dict[etree._Element | None, etree._Element | None] = {}  # (parent -> box above it)
    for b in body:
        n = chars[b]
        if not n or n > rules.MAX_BODY_CTA_TEXT or b in done or b in taken or b in content:
            continue
        parent = b.getparent()
        if parent in above:
            box = above[parent]
        else:
            box = above[parent] = _box_above(parent, under, under_chars)
        if box is None:
            box = b
        if box in done or not ((tags[b] if box is b else tag_of(box)) in ("a", "button")
                               or next(box.iterdescendants("a", "button"), None) is not None) \
                or not taken.isdisjoint(box.iterancestors()):  # (the climb and look-ups in C)
            continue  # (no link or button: ``_has_action`` inlined, run on most blocks)
        inside = [x for x in box.iter() if x in blocks] if box is not b else [b]
        own = sum(chars[x] for x in inside)
        if own > rules.MAX_BODY_CTA_TEXT or own * rules.BODY_CTA_SHARE > total:
            continue  # no more than a small part of the article
        kind = button_line(box)  # (one button-styled link alone on its line: "Get started")
        if kind is None:
            if box is not b:
                if not _distinct(b, box):
                    continue  # one of many alike wrappers
                kind = _kind(box, line=False)
                if kind is None and (banner := promo_banner(box, hosts, base)) is not None:
                    kind, box = "other", banner  # (the banner around it: its picture, its wrappers)
                    if box in done or not taken.isdisjoint(box.iterancestors()):
                        continue
                    inside = [x for x in box.iter() if x in blocks]
            elif _set_apart(b) or _boxed(b, tags[b]):
                kind = _kind(box, line=True) or _apart_ask(b, hosts)
            else:
                kind = _apart_ask(b, hosts)  # (most paragraphs: the running text, turned down at once)
        if kind is None:
            continue
        done.update(inside)
        done.add(box)
        cta = ctas.build_cta(box, kind, base)
        if cta.text and any(norm(x.text_content()) == cta.text for x in body if x not in inside):
            # its heading repeats the article's own (a recipe's title over its review box)
            cta.text = next((t for t in (norm(a.text_content()) for a in box.iter("a", "button")) if t), None)
        out.append(Found(box, cta))
    # (then the promo lines closing the text, set apart by their place only)
    out.extend(closing_ctas.closing_ctas(body, chars, total, done, taken, base, hosts))
    return out


#: Body blocks that are the article's content whatever their size (never a CTA's prompt).
_CONTENT_TAGS = frozenset({"ul", "ol", "dl", "table", "figure", "pre", "picture", "img", "video"})


def _has_action(el: etree._Element) -> bool:
    """A link or a button in or at ``el`` (cheap, in C)."""
    return tag_of(el) in ("a", "button") or next(el.iterdescendants("a", "button"), None) is not None


def cta_line(p: etree._Element, base: str | None) -> Found | None:
    """A paragraph of the article's column the body left out (a line of links) that is a
    CTA line set apart: "CLICK HERE TO GET THE APP", a bold "Subscribe to our channel"."""
    if norm_over(p.text_content(), rules.MAX_BODY_CTA_TEXT):
        return None
    lone = button_line(p)  # (one button-styled link alone: "Get started")
    if lone is not None:
        return Found(p, ctas.build_cta(p, lone, base))
    if not _set_apart(p):
        # ...or a line of post tools whose first action asks for a comment ("Kommentar
        # schreiben | Trackback URL | zum Seitenanfang")
        first = next((norm(text_content(a)).lower() for a in p.iter("a")), "")
        return Found(p, ctas.build_cta(p, "comments", base)) if any_stem(first, rules.REVIEW_PROMPTS) else None
    kind = _kind(p, line=True)
    return Found(p, ctas.build_cta(p, kind, base)) if kind is not None else None


def _apart_ask(p: etree._Element, hosts: frozenset[str]) -> str | None:
    """The CTA kind of ``p``, a line set apart as a whole (all in emphasis or in brackets:
    ``apart_lines``) that asks a question and then links one target ("[Want more design
    inspo? <a>Let's hang out on Instagram!</a>]", "Need nearshore talent? <a>Explore our
    solutions</a>"): the kind its words or address name, else ``follow`` for a profile and
    ``other`` for any page but another article of the site (a pointer line: a related
    block, ``story_lines``). A sentence of the text stands in no emphasis as a whole, and a
    credit or a disclosure set so asks nothing."""
    text = p.text
    if text and text.strip(rules.APART_OPENING) or not len(p) or p[0].tag not in rules.APART_FIRST_TAGS:
        return None  # (most paragraphs: words of their own first, read without their text)
    links = [a for a in p.iter("a") if a.get("href")]
    if not links or len({a.get("href") for a in links}) != 1:
        return None
    first = links[0]
    above = set(first.iterancestors())
    asked = False
    for node in p.iter():  # (the words before the link: a question among them)
        if node is first:
            break
        if "?" in (node.text or "") or (node not in above and "?" in (node.tail or "")):
            asked = True
            break
    if not asked or not set_apart(p):
        return None
    kind = _kind(p, line=True)
    if kind is not None:
        return kind
    href = first.get("href") or ""
    network = ctas.share_or_follow(href.split("?")[0])
    if network is not None:
        return network
    return None if link_kind(href, hosts)[1] else "other"


def _box_above(node: etree._Element | None, under: dict[etree._Element, int],
               under_chars: dict[etree._Element, int]) -> etree._Element | None:
    """The distinct box a body block whose parent is ``node`` stands in — a ``div``/
    ``aside``/``section`` a few levels up holding only a few short blocks — if any (else the
    block is its own box). Blocks of one parent share it: asked once per parent."""
    best = None
    for _ in range(rules.BODY_CTA_CLIMB):
        if node is None or tag_of(node) not in BOX_TAGS:
            break
        if under.get(node, 0) > rules.MAX_BODY_CTA_BLOCKS or under_chars.get(node, 0) > rules.MAX_BODY_CTA_TEXT:
            break
        if norm_over(node.text_content(), rules.MAX_BODY_CTA_TEXT):
            break
        best = node
        if _has_action(node) and _unlike_siblings(node):
            break  # the smallest box set apart that holds the action
        node = node.getparent()
    return best


def _distinct(b: etree._Element, box: etree._Element) -> bool:
    """A box (at some level between ``b`` and ``box``) unlike its siblings: a call-out among
    paragraphs, not one of a page's many alike paragraph wrappers."""
    node = b
    while node is not box:
        node = node.getparent()
        if node is None:
            return False
        if _unlike_siblings(node):
            return True
    return False


def _boxed(b: etree._Element, tag: str) -> bool:
    """A body block set apart by its own markup — a quote, an aside, a captioned picture —
    holding ONE action, presented as one, to a page that is no social profile: a prompt boxed off from the
    running text ("Interested? Subscribe to my newsletter: <url>" in a quote; a picture
    linking to a booking page over its caption). A quoted post (an embedded tweet) links to
    its network, a quote of prose holds no link or several."""
    if tag not in _BOXED_TAGS and not (tag == "div" and _captioned(b)):
        return False
    links = list(b.iter("a"))
    hrefs = {(a.get("href") or "").strip() for a in links}
    if len(hrefs) != 1 or next(b.iter("button", "form"), None) is not None:
        return False
    href = hrefs.pop()
    if href[:1] in ("", "#") or ctas.share_or_follow(href.split("?")[0]) is not None:
        return False
    # (its link presented as an action — a picture, a bare URL, after a colon, words asking
    # to act, or ending its line — not a source cited in a quote: "An <a>Adobe survey</a> found")
    return any(closing_ctas._apart(a) or _standalone(a) for a in links)


#: Blocks that are boxes by their tag.
_BOXED_TAGS = frozenset({"blockquote", "aside"})


def _captioned(b: etree._Element) -> bool:
    """A picture box: a picture and a caption (a class word ``caption``) among its parts."""
    if next(b.iter("img", "picture"), None) is None:
        return False
    # (a substring test first, in C; the whole-word test on the few classes that pass)
    return any("caption" in words(c) for x in b.iter() if "caption" in (x.get("class") or "")
               for c in x.get("class").split())


def _unlike_siblings(node: etree._Element) -> bool:
    """``node``'s tag and class are rare among its siblings' (an only child is not set
    apart: a wrapper)."""
    parent = node.getparent()
    if parent is None:
        return False
    classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
    sig = (node.tag, classes[node])
    kids = [c for c in parent if isinstance(c.tag, str)]
    same = sum(1 for c in kids if (c.tag, classes[c]) == sig)
    return len(kids) >= 2 and (same == 1 or same * 3 <= len(kids))


def _set_apart(p: etree._Element) -> bool:
    """A line set apart from the running text: all its text in bold, or in capitals."""
    text = norm(p.text_content())
    if not text:
        return False
    if text.upper() == text and text.lower() != text:
        return True  # capitals (string methods run in C)
    if next(p.iterdescendants("strong", "b"), None) is None:
        return False
    bold = sum(len(norm(text_content(x))) for x in p.iter("strong", "b") if not any(
        tag_of(a) in ("strong", "b") for a in x.iterancestors() if a is not p))
    return bold >= rules.SET_APART_SHARE * len(text)


def _kind(box: etree._Element, line: bool) -> str | None:
    """The CTA kind the box's actions name (their short words, their URL), else its prompt
    (headings and emphasis of a box; the whole of a line set apart)."""
    actions = list(box.iter("a", "button"))  # (an <a> without href is a scripted control)
    hrefs = [a for a in actions if a.get("href")]
    if not actions or len({a.get("href") for a in hrefs}) > rules.MAX_BODY_CTA_ACTIONS:
        return None
    words = " | ".join(t for t in (norm(text_content(a)) for a in actions if line or _standalone(a))
                       if len(t.split()) <= rules.MAX_ACTION_WORDS).lower()
    kind = box_kind_of(words) or cta_url(box, len(hrefs))
    if kind is None:
        follow = [ctas.share_or_follow((a.get("href") or "").split("?")[0]) for a in hrefs]
        if follow and all(k == "follow" for k in follow) and any_stem(norm(box.text_content()).lower(), rules.FOLLOW_PROMPTS):
            return "follow"
        if any_stem(words, rules.REVIEW_PROMPTS):
            return "comments"
        kind = box_kind_of(norm(box.text_content()).lower() if line else prompt_text(box, links=False))
    return kind


def _standalone(a: etree._Element) -> bool:
    """An action that ends its sentence or stands alone (a button), not a link in the
    middle of running text ("... all <a>contribute to consumption</a>, especially ...")."""
    node = a
    while node is not None and tag_of(node) in ("a", "span", "strong", "b", "em", "i", "u", "button"):
        # (a comment or processing instruction has no text of its own: only its tail counts)
        after = norm(node.tail) + "".join(
            (norm(x.text_content()) if isinstance(x.tag, str) else "") + norm(x.tail) for x in node.itersiblings())
        if len(after.strip(".!?:;)»”\"' ")) > 0:
            return False
        node = node.getparent()
    return True
