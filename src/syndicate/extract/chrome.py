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

A widget provider's script or frame (a sign-up form, a share or like button a script
fills into an empty box) is a CTA at the small box around it (``extract/script_mounts.py``).

Answers 2, 4 and 5 may name an ancestor of the element (the box with its prompt, the bar,
the slot, the block): what was already found inside it is replaced by it. Navigation and
menus are walked for ads only; links of a menu are no CTAs by their text. An element classed
like navigation that wraps the article (``page_wrapper``) is none.

Guards against eating the article: ad slots hold little text (``ads.small_enough``), related
blocks are mostly link text (``related.link_list``), CTA boxes are small (``ctas.small_box``),
and ``html``/``body``/``main``/``article`` are never taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from ..model import AdSlot, CallToAction, Related
from . import ads, ctas, related
from .ad_comments import commented_box, commented_slots, names_slot
from .ad_scripts import scan_scripts
from .ad_siblings import sibling_slots
from .ad_slots import build_ad
from .chrome_guards import (
    ends_excerpt,
    holds_ad_slot,
    holds_bar,
    in_cookie_dialog,
    kicker,
    label_before_slot,
    reads_on,
    shows_nothing,
)
from .chrome_text import MAX_LABEL_WORDS, classify_short, related_prefix
from .chrome_util import (
    ClassesAndIds,
    classes_and_ids,
    collapse,
    page_attributes,
    tag_of,
    text_content,
)
from .class_hints import NOTHING, PUSH_ONLY, WORDS_NEEDED, HintInfo, class_needs_words, hint_info
from .follow_embeds import embed_box, follower_gadget, frame_box, gadget_hint
from .follow_widgets import plugin_profile, repeated_in_row, submenu
from .form_mounts import form_mount
from .kind_shapes import STORY_KINDS, choice_form, in_story_link, no_bar_shape, site_links_box
from .menu_entries import plain_menu_entry
from .page_wrapper import page_wrapper
from .push_asks import PUSH_ASK, push_ask
from .related_slots import slots_in_related
from .rules import ad_networks as ad_rules
from .rules import chrome_patterns as rules
from .rules.ad_comments import MAX_COMMENT_CHARS
from .rules.form_mounts import MOUNT_HINT as _MOUNT_HINT
from .script_mounts import empty_mount, frame_mount, placeholder_mount, widget_mount
from .widget_split import sign_up_in

ChromeItem = AdSlot | Related | CallToAction

#: Never entered: invisible, or not page content.
_SKIP_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "title", "meta", "link", "svg", "math",
    "select", "option", "textarea", "iframe", "video", "audio", "picture", "source",
})
#: Without a class or id, these are never chrome by themselves (no slot, label or prompt):
#: list and table parts, line breaks, form fields.
_INERT_TAGS = frozenset({
    "li", "ul", "ol", "dl", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "col",
    "colgroup", "br", "hr", "wbr", "input", "html", "body", "main", "article", "section",
})
#: Never taken as chrome themselves (the page, the article).
_NEVER = frozenset({"html", "body", "main", "article"})
#: Boxes named related that may wait for a script to fill them (``unfilled_boxes``).
_UNFILLED_TAGS = ("div", "aside", "section")
#: Boxes looked at inside a share or follow bar's box (``_named_inside``).
_MAX_INSIDE = 40
#: CTAs whose box may hold a related box beside its buttons (``unfilled_boxes`` narrows them).
BAR_KINDS = ("share", "follow")
_CTA_LINKS = rules.CTA_LINK_TAGS
#: Short-text elements: headings, labels, links and buttons (ad labels, related headings, prompts).
_TEXT_TAGS = rules.HEADING_LIKE_TAGS | rules.CTA_LINK_TAGS
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b",
                           "header", "dt", "em", "label"})
#: Never an ad slot nor a label or prompt by their text: chrome only by their class/id.
_NAMED_ONLY = ad_rules.NEVER_AD_TAGS - _TEXT_TAGS - {"a", "form", "img"}
#: Never chrome inside navigation, whatever their attributes: only ads count there, and
#: these are never slots (ad images, ``img``, are).
_NAV_INERT = ad_rules.NEVER_AD_TAGS - {"img"}
#: Without a class or id, chrome only by their short text, whatever other attributes they
#: carry (never slots, no links, forms or images).
_BY_TEXT_ONLY = (ad_rules.NEVER_AD_TAGS & _TEXT_TAGS) - {"a", "img", "form"}
# (attribute names are given to lxml as bytes, ``el.get(b"class")``: a str name is encoded
# on every call, the value still comes back as str)
_CLASS, _ID = b"class", b"id"
#: Tags ``_classify`` answers apart from the ad signal of their class (images, forms, links,
#: the page) or tests a class besides (AMP ads): no short way for them.
_AD_TESTED_APART = ad_rules.NEVER_AD_TAGS | ad_rules.AMP_AD_TAGS | _NEVER | ad_rules.AD_ELEMENT_TAGS
#: Element names of a page's own ad component (``ads.ad_signal`` reads them without attributes).
_AD_ELEMENTS = ad_rules.AD_ELEMENT_TAGS
_COMMENT = etree.Comment
#: ``_SKIP_TAGS`` and the tags of the nodes that are no elements (comments, processing
#: instructions, entities): the walk tells both apart from the elements it reads in one test.
_SKIP_NODES: frozenset[object] = _SKIP_TAGS | {_COMMENT, etree.ProcessingInstruction, etree.Entity}
#: Comments longer than this name no slot (``rules.ad_comments.MAX_COMMENT_CHARS``, with room
#: for the blanks around the words).
_MAX_COMMENT = 2 * MAX_COMMENT_CHARS
#: Marks "not skipping" / "not in navigation" in the walk (None means "until the end").
_WALKING = object()
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
    #: The element the item is reported at when wider than ``element`` (an ad slot's label
    #: and container around it); ``element`` alone is kept out of the body.
    report: etree._Element | None = None


class HeadedFound(Found):
    """A related block whose label or lines stand beside it: they leave the body too.
    (A plain subclass: the fields of ``Found`` and ``also``.)"""

    def __init__(self, element: etree._Element, item: Related, also: tuple[etree._Element, ...] = ()) -> None:
        super().__init__(element, item)
        self.also = also


def detect_chrome(root: etree._Element, base_url: str | None = None,
                  nodes: Sequence[etree._Element] | None = None,
                  names: ClassesAndIds | None = None,
                  unfilled: list[etree._Element] | None = None) -> list[Found]:
    """Every ad slot, related block and CTA of the page, outermost elements only, in document
    order; no element is inside another one's subtree. ``nodes``: ``list(root.iter())``, when
    the caller holds it already (walked as a list: no lxml iterator step per node), and
    ``names`` its ``chrome_util.classes_and_ids``. ``unfilled``, when given, receives the
    boxes whose class names a related block that held no link list (maybe a box a script
    fills: ``unfilled_boxes``, once the body is known), in document order."""
    walk = _Walk(root, base_url, nodes, names)
    found = walk.run()
    if unfilled is not None:
        unfilled.extend(walk.unfilled)
    if walk.commented:  # (empty boxes a comment names an ad slot, taken by nothing else)
        found.extend(Found(*x) for x in commented_slots(walk.commented, found, walk.scripts))
    found.extend(Found(*x) for x in sibling_slots(root, found, walk.scripts))  # (slots of a found slot's design)
    # (slots between a related block's cards: the walk took the block whole)
    found.extend(Found(*x) for x in slots_in_related([(f.element, f.item) for f in found], walk.scripts))
    return found


class _Walk:
    def __init__(self, root: etree._Element, base: str | None,
                 nodes: Sequence[etree._Element] | None = None, names: ClassesAndIds | None = None) -> None:
        self.root = root
        self.nodes = nodes if nodes is not None else list(root.iter())
        self.names = names if names is not None else classes_and_ids(self.nodes)
        self.base = base
        self.scripts = scan_scripts(root)
        self.found: list[Found] = []
        #: (box, comment text) of the comments met that name an ad slot (``ad_comments``).
        self.commented: list[tuple[etree._Element, str]] = []
        #: Boxes named a related block that held no link list (``detect_chrome``'s ``unfilled``).
        self.unfilled: list[etree._Element] = []

    def run(self) -> list[Found]:
        # lxml's own pre-order iteration; a subtree is skipped by waiting for the element
        # that follows it (``_after``), navigation is tracked the same way. Most elements
        # carry no attribute and no short text: they cost a tag test.
        skip, text_tags, inert = _SKIP_NODES, _TEXT_TAGS, _INERT_TAGS
        by_text_only, words_needed = _BY_TEXT_ONLY, WORDS_NEEDED
        resume: object = _WALKING  # while skipping: the element to resume at (None: the end)
        nav_end: object = _WALKING  # while in navigation: the element after it (None: the end)
        in_nav = False
        found = self.found
        ad_parents = self.scripts.ad_parents
        mounts = self.scripts.mounts
        class_signal, no_signal = ads.class_signal, ads.NO_SIGNAL
        # (each node's class, id and tag read once for this walk, the body analysis and the link
        # count; ``first``, the next node's tag: an element's first child's, when it has one)
        tags = self.names[2]
        for el, cls, eid, tag, first in zip(self.nodes, *self.names, [*tags[1:], None], strict=True):
            if resume is not _WALKING:
                if el is not resume:
                    continue
                resume = _WALKING
            if in_nav and el is nav_end:
                in_nav, nav_end = False, _WALKING
            if tag in skip:  # (with the non-elements: one test for most nodes)
                if type(tag) is not str:
                    if tag is _COMMENT and (text := el.text) and len(text) <= _MAX_COMMENT and names_slot(text) \
                            and (box := commented_box(el)) is not None:
                        self.commented.append((box, text))
                    continue
                if tag == "iframe" and (frame := self._ad_frame(el)) is not None:
                    outer = ads.outermost_slot(el)
                    found.append(Found(el, frame, outer if outer is not el else None))
                elif tag == "iframe" and (box := frame_box(el)) is not None:
                    # (a network's follow plugin: the frame and its wrappers)
                    while found and _inside(found[-1].element, box):
                        found.pop()
                    found.append(Found(box, ctas.build_cta(box, "follow", self.base)))
                    if box is not el:
                        resume = _after(box)
                        if resume is None:
                            break
                        continue
                elif (tag == "script" and mounts and (kind := mounts.get(el)) is not None and (
                        mounted := widget_mount(el, kind, self.base)) is not None) or (
                        tag == "iframe" and (mounted := frame_mount(el, self.base)) is not None):
                    # (a widget a provider's script or frame fills: its box, ``script_mounts``)
                    box = mounted[0]
                    while found and _inside(found[-1].element, box):
                        found.pop()
                    found.append(Found(box, mounted[1]))
                    resume = _after(box)
                    if resume is None:
                        break
                    continue
                if len(el):
                    resume = _after(el)
                    if resume is None:
                        break
                continue
            if in_nav and tag in _NAV_INERT and tag != "a":
                if not eid or (hit := self._placeholder(el, eid)) is None:
                    continue  # (in navigation only ad slots, ad images and rows of profile links count)
            elif cls or eid:
                cls, eid = cls or "", eid or ""
                info = None  # (what the class/id names: only read outside navigation)
                if not in_nav:
                    if tag == "nav":
                        in_nav, nav_end = True, _after(el)
                    else:
                        # (class and id tested apart for the words any answer needs: the class
                        # answer is cached, ids are mostly unique and short)
                        if words_needed is None or (cls and class_needs_words(cls)) or (
                                eid and words_needed(eid.lower()) is not None):
                            info = hint_info(f"{cls} {eid}")
                            if info is PUSH_ONLY and not push_ask(el):
                                info = NOTHING  # (named a push ask, and none: a class naming nothing)
                        else:
                            info = NOTHING
                        if info[0] and not page_wrapper(el, tag):
                            in_nav, nav_end = True, _after(el)  # (a page wrapper classed like a menu is none)
                if info is None or info is NOTHING:
                    if tag in _NAMED_ONLY:
                        continue  # (a list item, table cell... is chrome only by its name)
                    if tag in by_text_only and info is NOTHING:
                        hit = self._by_text(el, tag, first)  # (what _classify does with them, named nothing)
                        if hit is None and eid:
                            hit = self._placeholder(el, eid)
                    elif tag == "a" and info is NOTHING:
                        hit = self._link(el, cls, eid, info, in_nav)
                    elif (not eid and tag not in _AD_TESTED_APART
                          and class_signal(cls) is no_signal and len(el.keys()) == 1
                          and not (ad_parents and el in ad_parents)):
                        # (most boxes: a lone class naming nothing; what _classify and
                        # ads.ad_signal do with it, without the two calls: in navigation
                        # (``info`` None) no ad, so nothing)
                        hit = self._by_text(el, tag, first) if info is not None and tag in text_tags else None
                    else:
                        hit = self._classify(el, tag, cls, eid, info, in_nav, first)
                else:
                    hit = self._classify(el, tag, cls, eid, info, in_nav, first)
            elif tag == "nav":
                if not in_nav:
                    in_nav, nav_end = True, _after(el)
                hit = None
            elif tag in inert:
                continue
            elif tag in by_text_only:
                if in_nav:
                    continue
                hit = self._by_text(el, tag, first)  # (what _classify does with them, whatever their attributes)
            elif tag == "a":
                # (links of a menu are no CTAs by their text; a row of profile links is one)
                hit = self._nav_follow(el) if in_nav else self._link(el, "", "", None, in_nav)
            elif el.attrib:
                hit = self._classify(el, tag, "", "", None, in_nav, first)
            elif ad_parents and el in ad_parents:  # (a bare <center> holding an ad script)
                hit = self._classify(el, tag, "", "", None, in_nav, first)
            elif tag in text_tags and not in_nav:
                hit = self._by_text(el, tag, first)
            elif tag in _AD_ELEMENTS:  # (a bare ``<advertisement>``: ads.ad_signal reads its name)
                hit = self._classify(el, tag, "", "", None, in_nav, first)
            else:
                continue
            if hit is None:
                continue
            target, item = hit
            if target is not el:
                while found and _inside(found[-1].element, target):
                    found.pop()  # the ancestor replaces what was found inside it
                if in_nav and isinstance(nav_end, etree._Element) and _inside(nav_end, target):
                    in_nav, nav_end = False, _WALKING  # the navigation was inside the target
            report = None
            if isinstance(item, AdSlot):
                outer = ads.outermost_slot(target)
                report = outer if outer is not target else None
            found.append(Found(target, item, report))
            if isinstance(item, CallToAction) and item.kind in BAR_KINDS and len(target):
                self._named_inside(target)  # (a related box a share bar's box took in: ``unfilled_boxes``)
            if len(target):
                resume = _after(target)
                if resume is None:
                    break
        return found

    def _named_inside(self, box: etree._Element) -> None:
        """Keep the boxes inside a share or follow bar's ``box`` whose class names a related
        block (Jetpack's box of share buttons and related posts): the walk skips ``box``."""
        for x in islice(box.iterdescendants(*_UNFILLED_TAGS), _MAX_INSIDE):
            cls = x.get(_CLASS)
            if cls and class_needs_words(cls) and hint_info(f"{cls} {x.get(_ID) or ''}")[1]:
                self.unfilled.append(x)

    # ------------------------------------------------------------------ one element

    def _classify(self, el: etree._Element, tag: str, cls: str, eid: str, info: HintInfo | None,
                  in_nav: bool, first: object = None) -> tuple[etree._Element, ChromeItem] | None:
        """``info``: ``hint_info`` of the class and id (None without either; set whenever
        ``in_nav`` is False); ``first``: the tag of the next node, as ``_by_text`` takes it."""
        if tag in _NEVER:
            return None
        if tag == "img":
            return self._ad_image(el)
        # Text-level and list elements (links, spans, paragraphs...) are never slots: skipping
        # them saves the ad checks on most elements that carry attributes.
        signal = None if tag in ad_rules.NEVER_AD_TAGS else ads.ad_signal(el, tag, cls, eid, self.scripts)
        if signal is not None and ads.small_enough(el, signal[0]) and not ads.holds_slots(el, self.scripts):
            item = self._ad(el, signal[1])
            return el, item
        if tag == "div" and not len(el) and (_MOUNT_HINT in cls or _MOUNT_HINT in eid) and (
                mounted := form_mount(el, cls, eid, self.base)) is not None:
            return mounted  # (a form platform's empty mount under its prompt, in a menu too: ``form_mounts``)
        if in_nav:  # (a follow plugin box too: a page wrapper classed like a menu holds the sidebar)
            return self._nav_follow(el) if tag == "a" else self._plugin(el, cls) if tag == "div" else None
        if info is not None and info is not NOTHING:
            hit = self._by_class(el, tag, info)
            if hit is not None:
                return hit
        if tag == "form" and ctas.email_form(el):
            return el, ctas.build_cta(el, "newsletter", self.base)
        if tag == "a":
            href = page_attributes().hrefs[el]  # (the page's link targets: a look-up, no copy out of lxml)
            kind = ctas.share_or_follow(href) if href else None
            if kind:
                bar = ctas.bar_of_link(el, kind)
                if bar is not None and not (kind == "share" and in_story_link(bar)):
                    bar = ctas.with_prompt(bar)
                    return bar, ctas.build_cta(bar, kind, self.base)
            if cls and (box := embed_box(el, cls)) is not None:
                return box, ctas.build_cta(box, "follow", self.base)  # (a timeline its script draws)
        if tag == "div" and (plugin_profile(el) or gadget_hint(cls) and follower_gadget(el, cls)):
            box = ctas.with_prompt(el)  # (a follow widget its script fills)
            return box, ctas.build_cta(box, "follow", self.base)
        if tag in _TEXT_TAGS:
            return self._by_text(el, tag, first)
        return None

    def _plugin(self, el: etree._Element, cls: str) -> tuple[etree._Element, ChromeItem] | None:
        """A follow widget a script fills: Facebook's page plugin, a blog's followers gadget."""
        if plugin_profile(el) or gadget_hint(cls) and follower_gadget(el, cls):
            box = ctas.with_prompt(el)
            return box, ctas.build_cta(box, "follow", self.base)
        return None

    def _placeholder(self, el: etree._Element, eid: str) -> tuple[etree._Element, ChromeItem] | None:
        """An ad network's empty placeholder ``<span>`` (an inline element ``ad_signal`` never
        reads: ``ads.placeholder_slot``), as a slot."""
        net = ads.placeholder_slot(el, eid)
        return None if net is None else (el, self._ad(el, net))

    def _ad(self, el: etree._Element, network: str | None) -> ChromeItem:
        if network in ad_rules.NATIVE_NETWORKS:
            items = related.items_of(el, self.base)
            if len(items) >= 2:
                return related.build_related(el, self.base, provider=network, sponsored=True)
        return build_ad(el, network, self.scripts)

    def _link(self, el: etree._Element, cls: str, eid: str, info: HintInfo | None,
              in_nav: bool) -> tuple[etree._Element, ChromeItem] | None:
        """A link naming nothing: ``_classify``'s share/follow test, then its text (what
        ``_classify`` would do with it, without the call for most links)."""
        href = page_attributes().hrefs[el]  # (the page's link targets: a look-up, no copy out of lxml)
        if href and (ctas.share_or_follow(href) or (cls and embed_box(el, cls) is not None)):
            return self._classify(el, "a", cls, eid, info, in_nav)
        return self._by_text(el, "a")

    def _nav_follow(self, el: etree._Element) -> tuple[etree._Element, ChromeItem] | None:
        """A link in navigation (a menu, or a page whose wrapper is classed like one) that
        belongs to a row of links to the site's profiles: the row is a follow bar of its own
        (one "Facebook" among the menu's links is none: ``bar_of_link`` wants only profile
        links in the row; nor is a submenu unfolding under a menu entry)."""
        href = page_attributes().hrefs[el]  # (the page's link targets: a look-up, no copy out of lxml)
        if not href or ctas.share_or_follow(href) != "follow":
            return None
        bar = ctas.bar_of_link(el, "follow")
        if bar is None or submenu(bar):
            return None
        bar = ctas.with_prompt(bar)
        return bar, ctas.build_cta(bar, "follow", self.base)

    def _ad_frame(self, el: etree._Element) -> AdSlot | None:
        """An ad server's ``<iframe>`` (``ads.frame_network``): the frame is the slot."""
        src = el.get("src")
        net = ads.frame_network(src) if src else None
        if net is None or ads.hidden_frame(el):
            return None
        return build_ad(el, net or None, self.scripts)

    def _ad_image(self, el: etree._Element) -> tuple[etree._Element, ChromeItem] | None:
        """A theme ad image (``alt="spot_img"``), with the link wrapping it."""
        if not ads.leftover_image(el):
            return None
        parent = el.getparent()
        target = parent if parent is not None and tag_of(parent) == "a" and len(parent) == 1 else el
        return target, build_ad(target, None, self.scripts)

    def _by_class(self, el: etree._Element, tag: str, info: HintInfo) -> tuple[etree._Element, ChromeItem] | None:
        _, is_related, is_sponsored, kind = info
        if is_sponsored and related.link_list(el):
            return el, related.build_related(el, self.base, sponsored=True)
        if is_related and tag != "li":  # (an entry is a card of a list, no block)
            if related.link_list(el):
                rel = related.build_related(el, self.base)
                if len(rel.items) == 1 and tag in _UNFILLED_TAGS and related.links_in_heading(el):
                    self.unfilled.append(el)  # (its one link is its heading's: "More in <a>Tech</a>")
                elif rel.items:
                    return el, rel
            elif tag in _UNFILLED_TAGS:
                self.unfilled.append(el)  # (maybe a box a script fills: ``unfilled_boxes``)
        if kind is PUSH_ASK:
            return (el, ctas.build_cta(el, "other", self.base)) if info is PUSH_ONLY or push_ask(el) else None
        if kind in ("share", "follow") and (
                (mounted := placeholder_mount(el, self.base)) is not None or self.scripts.mounts and (
                    mounted := empty_mount(el, kind, frozenset(self.scripts.mounts.values()), self.base)) is not None):
            return mounted  # (a frame's placeholder or a script's empty mount, no link in it yet: ``script_mounts``)
        if kind is not None and ctas.small_box(el, kind):
            box = ctas.with_prompt(el)
            if kind in ("share", "follow") and ctas.count_only(box) or shows_nothing(box, kind):
                return None  # (a counter alone; a named box that shows or does nothing)
            if kind == "read_more" and not reads_on(box):
                return None  # ("btn readmore" styling any link: its words say what it does)
            if kind not in ("share", "follow") and holds_bar(box):
                return None  # (a sign-up and a bar of networks side by side: two widgets)
            if kind in ("share", "follow") and sign_up_in(box):
                return None  # (the same, named for the bar: ``widget_split``)
            if kind in ("share", "follow") and (no_bar_shape(box) or site_links_box(box)) \
                    or kind in STORY_KINDS and in_story_link(box):
                return None  # (the word against the shape: ``kind_shapes``)
            return box, ctas.build_cta(box, kind, self.base)
        return None

    def _by_text(self, el: etree._Element, tag: str, first: object = None) -> tuple[etree._Element, ChromeItem] | None:
        """An ad label, a related heading or a CTA prompt by ``el``'s short text. ``first``: the
        tag of the node after ``el`` in the page's list (its first child, when it has one), when
        the walk knows it."""
        children = len(el)  # (read once: a count of the children in lxml)
        if not children:  # (most calls: a leaf, its own text or none)
            raw = el.text
            if not raw or len(raw) > 2 * _MAX_TEXT_CHARS:
                return None
            # (classify's own word limit, before its cache: long texts are never labels; split
            # no further than one word past it, the rest left whole: a paragraph's words are
            # not made one by one only to be counted)
            words = raw.split(None, MAX_LABEL_WORDS)
            if not words or len(words) > MAX_LABEL_WORDS:
                return None
            text = " ".join(words)
            # (a leaf holds no link: no "Read also: <a>Headline</a>" line)
        else:
            # (the whole text of a short label: a few descendants, none a block part; written
            # out here, no call on every element with children)
            if children > 3:
                return None  # a label has a child or two (a link, an icon), not a list of them
            if first in _NOT_LABEL_PARTS:
                return None  # (its first child a block part: the walk's list says it, no descendant read)
            count = 1
            for node in el.iterdescendants():
                count += 1
                if count > _MAX_TEXT_DESCENDANTS or node.tag in _NOT_LABEL_PARTS:
                    return None
            if count == 2 and type(node.tag) is str:
                # (one child, a leaf: the text around and in it is the whole text, as
                # text_content() gives it, without its XPath call)
                raw = f"{el.text or ''}{node.text or ''}{node.tail or ''}"
            else:
                raw = text_content(el)  # (libxml2's text of the node, not lxml.html's XPath)
            text = collapse(raw)
            if not text or len(text) > _MAX_TEXT_CHARS:
                return None
            if ":" in text[:40] and (tag in _HEADING_TAGS or tag == "li"):
                prefix = related_prefix(text)  # "Read also: <a>Headline</a>"
                if prefix is not None and el.find(".//a[@href]") is not None:
                    rel = related.build_related(el, self.base, title=prefix[0])
                    if rel.items:
                        return el, rel
            if text.count(" ") >= MAX_LABEL_WORDS:
                return None
        found = classify_short(text)  # (both ways here checked the text and its word limit)
        if found is None:
            return None
        what, value = found
        if what == "ad":
            slot = ads.label_slot(el, value)
            if slot is None or label_before_slot(slot, self.scripts) or in_cookie_dialog(el):
                return None  # (a label in a box of its own above its slot: part of the slot)
            shown = ads.is_label_element(el, text) or value
            return slot, build_ad(slot, None, self.scripts, label=shown)
        if what == "related":
            block = related.block_of_heading(el) if tag in _HEADING_TAGS else None
            if block is None or holds_ad_slot(block, self.scripts):
                return None  # (a column of widgets, or ads between the cards: its lists by structure)
            return block, related.build_related(block, self.base, title=text)
        kind = ctas.text_kind(tag, value)
        if kind is None or (tag == "a" and ctas.in_link_list(el)):
            return None
        if kind == "read_more" and tag == "a" and ends_excerpt(el):
            return None  # (an excerpt's "Read more": a teaser of another page, no CTA of this one)
        if kind == "comments" and tag not in _CTA_LINKS and kicker(el):
            return None  # ("Kommentar" over a teaser's headline: the genre of the story)
        if kind == "follow" and repeated_in_row(el, text):
            return None  # ("Follow" under each network of a row: the row is the widget)
        if kind in STORY_KINDS and in_story_link(el) or kind in ("newsletter", "subscribe") and choice_form(el):
            return None  # (a story card's own control; a choice in a filter form: ``kind_shapes``)
        if plain_menu_entry(el):
            return None  # (a menu entry styled like its siblings: navigation)
        return el, ctas.build_cta(el, kind, self.base)


def _after(el: etree._Element) -> etree._Element | None:
    """The node that follows ``el``'s subtree in document order (None at the end)."""
    node: etree._Element | None = el
    while node is not None:
        nxt = node.getnext()
        if nxt is not None:
            return nxt
        node = node.getparent()
    return None


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False
