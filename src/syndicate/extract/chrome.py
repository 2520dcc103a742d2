"""Page chrome around the article: ad slots, related-content blocks, calls to action.

``detect_chrome`` finds them in the parsed page in ONE walk over the tree (plus one scan of
the inline scripts for GPT/Taboola configuration); the HTML reader keeps their subtrees out
of the body, gives them ids and locators, and places them.

Each element is asked, in this order (first answer wins, and its subtree is not entered):

1. ad markup (``extract/ads.py``): a network's own element or a generic ad container,
   small enough to be a slot; a filled native widget (Taboola, Outbrain...) is a sponsored
   related block instead;
2. class/id of a related block or a CTA box (``extract/related.py``, ``extract/ctas.py``);
3. a form asking for an e-mail address (newsletter signup);
4. a share or follow link: its bar;
5. the short visible text of the element: an ad label ("- Advertisement -"), a related
   heading ("Must Read") standing for the links around it, a CTA prompt ("Read more").

Answers 4 and 5 may name an ancestor of the element (the bar, the slot, the block): what was
already found inside it is replaced by it. Navigation and menus are walked for ads only.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from lxml import etree

from ..model import AdSlot, CallToAction, Related
from . import ads, ctas, related
from .chrome_text import MAX_LABEL_WORDS, ad_label, related_heading
from .chrome_util import norm, tag_of
from .rules import ad_networks as ad_rules
from .rules import chrome_patterns as rules

ChromeItem = AdSlot | Related | CallToAction

#: Never entered: invisible, or not page content.
_SKIP_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "title", "meta", "link", "svg", "math",
    "select", "option", "textarea", "iframe", "video", "audio", "picture", "source",
})
#: Never taken as chrome themselves (the page, the article).
_NEVER = frozenset({"html", "body", "main", "article"})
#: Short-text elements: headings, labels, links and buttons (ad labels, related headings, prompts).
_TEXT_TAGS = rules.HEADING_LIKE_TAGS | rules.CTA_LINK_TAGS
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b",
                           "header", "dt", "em", "label"})
#: An element with more descendants than this is no label or prompt.
_MAX_TEXT_DESCENDANTS = 6
_MAX_TEXT_CHARS = 160
#: Elements that make their parent a block rather than a label.
_NOT_LABEL_PARTS = frozenset({"script", "style", "p", "div", "ul", "ol", "table", "section"})


@dataclass
class Found:
    """A chrome item and the element it came from.

    ``item.id`` is left empty and ``item.position`` at its default: the HTML
    reader assigns ids in document order, the locator
    (``getpath(element)``) and the position relative to the body.
    """

    element: etree._Element
    item: ChromeItem


def detect_chrome(root: etree._Element, base_url: str | None = None) -> list[Found]:
    """Every ad slot, related block and CTA of the page, outermost elements only, in document
    order; no element is inside another one's subtree."""
    return _Walk(root, base_url).run()


class _Walk:
    def __init__(self, root: etree._Element, base: str | None) -> None:
        self.root = root
        self.base = base
        self.scripts = ads.scan_scripts(root)
        self.found: list[Found] = []

    def run(self) -> list[Found]:
        # Iterative pre-order walk: (element, inside navigation?). Most elements carry no
        # attribute and no short text: they cost a tag test and a push of their children.
        stack: list[tuple[etree._Element, bool]] = [(self.root, False)]
        pop, push = stack.pop, stack.append
        skip, text_tags = _SKIP_TAGS, _TEXT_TAGS
        while stack:
            el, in_nav = pop()
            tag = el.tag
            if type(tag) is not str or tag in skip:
                continue
            if el.attrib:
                cls = el.get("class") or ""
                eid = el.get("id") or ""
                hint = f"{cls} {eid}".lower() if (cls or eid) else ""
                if not in_nav and (tag == "nav" or (hint and rules.NAVIGATION.search(hint))):
                    in_nav = True
                hit = self._classify(el, tag, cls, eid, hint, in_nav)
            elif tag == "nav":
                in_nav, hit = True, None
            elif tag in text_tags and not in_nav:
                hit = self._by_text(el, tag)
            else:
                hit = None
            if hit is not None:
                target, item = hit
                if target is not el:
                    self._claim(target, stack)
                self.found.append(Found(target, item))
                continue
            for child in reversed(el):
                push((child, in_nav))
        return self.found

    def _claim(self, target: etree._Element, stack: list[tuple[etree._Element, bool]]) -> None:
        """``target`` (an ancestor of the element being looked at) is one item: forget what was
        found inside it and do not walk the rest of it."""
        while self.found and _inside(self.found[-1].element, target):
            self.found.pop()
        while stack and _inside(stack[-1][0], target):
            stack.pop()

    # ------------------------------------------------------------------ one element

    def _classify(self, el: etree._Element, tag: str, cls: str, eid: str, hint: str,
                  in_nav: bool) -> tuple[etree._Element, ChromeItem] | None:
        if tag in _NEVER:
            return None
        if tag == "img":
            return self._ad_image(el)
        signal = ads.ad_signal(el, tag, cls, eid, self.scripts)
        if signal is not None and ads.small_enough(el, signal[0]):
            return el, self._ad(el, signal[1])
        if in_nav:
            return None
        if hint:
            hit = self._by_class(el, tag, hint)
            if hit is not None:
                return hit
        if tag == "form" and ctas.email_form(el):
            return el, ctas.build_cta(el, "newsletter", self.base)
        if tag == "a":
            href = el.get("href")
            kind = ctas.share_or_follow(href) if href else None
            if kind:
                bar = ctas.bar_of_link(el, kind)
                if bar is not None:
                    bar = ctas.with_prompt(bar)
                    return bar, ctas.build_cta(bar, kind, self.base)
        if tag in _TEXT_TAGS:
            return self._by_text(el, tag)
        return None

    def _ad(self, el: etree._Element, network: str | None) -> ChromeItem:
        if network in ad_rules.NATIVE_NETWORKS:
            items = related.items_of(el, self.base)
            if len(items) >= 2:
                return related.build_related(el, self.base, provider=network, sponsored=True)
        return ads.build_ad(el, network, self.scripts)

    def _ad_image(self, el: etree._Element) -> tuple[etree._Element, ChromeItem] | None:
        """A theme ad image (``alt="spot_img"``), with the link wrapping it."""
        if not ads.leftover_image(el):
            return None
        parent = el.getparent()
        target = parent if parent is not None and tag_of(parent) == "a" and len(parent) == 1 else el
        return target, ads.build_ad(target, None, self.scripts)

    def _by_class(self, el: etree._Element, tag: str, hint: str) -> tuple[etree._Element, ChromeItem] | None:
        if related.is_sponsored_class(hint) and related.link_list(el):
            return el, related.build_related(el, self.base, sponsored=True)
        if related.is_related_class(hint) and related.link_list(el):
            rel = related.build_related(el, self.base)
            if rel.items:
                return el, rel
        kind = ctas.class_kind(hint)
        if kind is not None and ctas.small_box(el, kind):
            box = ctas.with_prompt(el)
            return box, ctas.build_cta(box, kind, self.base)
        return None

    def _by_text(self, el: etree._Element, tag: str) -> tuple[etree._Element, ChromeItem] | None:
        text = _short_text(el)
        if not text or text.count(" ") >= MAX_LABEL_WORDS:
            return None  # no text, or a sentence: no label or prompt
        label = ad_label(text)
        if label is not None:
            slot = ads.label_slot(el, label)
            if slot is not None:
                shown = ads.is_label_element(el, text) or label
                return slot, ads.build_ad(slot, None, self.scripts, label=shown)
            return None
        if tag in _HEADING_TAGS and related_heading(text):
            block = related.block_of_heading(el)
            if block is not None:
                return block, related.build_related(block, self.base, title=text)
            return None
        kind = ctas.text_kind(el, tag, text)
        if kind is not None:
            return el, ctas.build_cta(el, kind, self.base)
        return None


def _short_text(el: etree._Element) -> str:
    """The element's whole visible text if it is a short label (few descendants), else ""."""
    if not len(el):
        text = el.text
        return norm(text) if text and len(text) <= 4 * _MAX_TEXT_CHARS else ""
    nodes = list(islice(el.iter(), _MAX_TEXT_DESCENDANTS + 1))
    if len(nodes) > _MAX_TEXT_DESCENDANTS or any(n.tag in _NOT_LABEL_PARTS for n in nodes):
        return ""
    text = norm(el.text_content())
    return text if len(text) <= _MAX_TEXT_CHARS else ""


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False
