"""Ad slots: what an element's own markup says (network, generic ad container, format,
ad label, encoded ad code, an ad server's frame) and how far the slot reaches.

The signatures are data in ``rules/ad_networks.py``. ``ad_signal`` classifies one element
from its tag, class, id and attributes during the chrome pass, with what the page's scripts
say (``ad_scripts.scan_scripts``); ``holds_slots`` keeps a row of slots apart,
``outermost_slot`` widens a slot to its label and empty wrappers, ``small_enough`` guards
the article; ``ad_slots.build_ad`` describes an accepted slot from its subtree.
"""

from __future__ import annotations

import base64
import binascii

from lxml import etree

from ..memo import memo
from .ad_labels import is_label_element as is_label_element  # re-exported for the chrome walk
from .ad_labels import label_slot as label_slot
from .ad_labels import leftover_image as leftover_image
from .ad_names import CONTAINED, NO_FORMAT, configured_element, disguised_plugin, heading_anchor
from .ad_names import format_name as _format_name
from .ad_scripts import ScriptInfo
from .ad_words import can_name_ad
from .chrome_text import ad_label
from .chrome_util import INVISIBLE, class_names, page_attributes, tag_of, text_stats, words
from .rules import ad_networks as rules

#: Signal strengths: a network's own markup, a generic ad container, or only an ad script
#: inside (then the element must hold next to no text: scripts also sit in posts and articles).
NETWORK = 2
GENERIC = 1
SCRIPT = 0


@memo(8192)
def _class_network(classes: tuple[str, ...]) -> str | None:
    for c in classes:
        net = rules.NETWORK_CLASSES.get(c.lower())
        if net:
            return net
    for c in classes:  # "taboola-sidebar", "zn-sponsored-outbrain-1"
        net = _words_network(words(c))
        if net:
            return net
    return None


def network_of(el: etree._Element, classes: tuple[str, ...], eid: str, scripts: ScriptInfo) -> str | None:
    """The ad network whose own markup ``el`` is, if any."""
    net = _class_network(classes) if classes else None
    if net:
        return net
    if eid:
        net = _id_network(eid, scripts) or _placeholder_network(eid) or _id_word_network(eid)
        if net:
            return net
    return _attribute_network(el, [name for name in el.keys() if name.startswith("data-")])


def _id_network(eid: str, scripts: ScriptInfo) -> str | None:
    if eid in scripts.gpt:
        return "gpt"
    if eid in scripts.taboola:
        return "taboola"
    if rules.NETWORK_ID_START.match(eid):
        for pattern, net in rules.NETWORK_IDS:
            if pattern.match(eid):
                return net
    return None


def _placeholder_network(eid: str) -> str | None:
    """The network whose placeholder id ``eid`` is (``rules.PLACEHOLDER_IDS``), if any."""
    if rules.PLACEHOLDER_ID_START.match(eid):
        for pattern, net in rules.PLACEHOLDER_IDS:
            if pattern.match(eid):
                return net
    return None


def _id_word_network(eid: str) -> str | None:
    """The network one of the id's words names (``rules.NETWORK_CLASS_WORDS``, as a class
    name's words are read: "div-mgid-mid-newpos-126062150", "dk-art-outbrain-777897",
    "__RevcontentPlaceholder"), if any. A network's name in an id also marks a box holding
    its widget's content or the page's own (a theme's "theme-taboola" column): it makes a
    slot only of an empty box (``ad_signal``), as the placeholder ids do."""
    if rules.NETWORK_WORD_HINT.search(eid.lower()) is None:
        return None  # (most ids: one search, no split)
    return _words_network(words(eid))


@memo(1024)
def _words_network(ws: tuple[str, ...]) -> str | None:
    """The network the first of ``ws`` (a name's words) naming one names
    (``rules.NETWORK_CLASS_WORDS``), if any."""
    for w in ws:
        net = rules.NETWORK_CLASS_WORDS.get(w)
        if net:
            return net
    return None


def placeholder_slot(el: etree._Element, eid: str) -> str | None:
    """The network whose placeholder id (``rules.PLACEHOLDER_IDS``) the empty inline element
    ``el`` carries (Ezoic's ``<span id="ezoic-pub-ad-placeholder-100">``), else None: what
    ``ad_signal``, which takes no ``NEVER_AD_TAGS``, finds on a box."""
    if rules.PLACEHOLDER_ID_START.match(eid) and (net := _placeholder_network(eid)) and empty_box(el):
        return net
    return None


def _attribute_network(el: etree._Element, data: list[str]) -> str | None:
    """The network a ``data-*`` attribute of ``el`` (``data``: their names) marks."""
    for name in data:
        net = rules.NETWORK_ATTRIBUTES.get(name)
        if net:
            return net
        for pattern, net in rules.NETWORK_ATTRIBUTE_VALUES.get(name, ()):
            if pattern.search(el.get(name) or ""):
                return net
    return None


@memo(8192)
def _generic_classes(classes: tuple[str, ...]) -> bool:
    return any(generic_name(c) for c in classes)


@memo(16384)
def generic_name(name: str) -> bool:
    """A class name, an id or a file name naming an ad ('siteline_ad', 'small_ad')."""
    if name.lower() in rules.AD_CLASS_NAMES or rules.AD_COMPOUND.match(name):
        return True
    if not _ad_words(words(name)):
        return False
    # (only a name that matched pays for the hash search: "elementor-element-ad44488")
    return not rules.HASH_PART.search(name) or _ad_words(words(rules.HASH_PART.sub("-", name)))


def _ad_words(ws: tuple[str, ...]) -> bool:
    """An ad word among ``ws``, no state word ("ads-active") and no word that makes the ad
    word an abbreviation ("kt-adv-heading")."""
    found = False
    for w in ws:
        if w in rules.AD_WORDS:
            nots = rules.AD_ABBREVIATION_NOT.get(w)
            if nots is None or not any(x in nots for x in ws):
                found = True
        elif w in rules.AD_STATE_WORDS:
            return False
    return found


def ad_signal(el: etree._Element, tag: str, cls: str, eid: str, scripts: ScriptInfo) -> tuple[int, str | None] | None:
    """(strength, network) if ``el`` looks like an ad slot from its own markup, else None."""
    if tag in rules.AMP_AD_TAGS:
        kind = (el.get("type") or "").strip().lower()
        return NETWORK, rules.AMP_AD_TYPES.get(kind, kind[:40] or None)
    if ("-" in tag or tag in rules.AD_ELEMENT_TAGS) and ad_element(tag) and empty_box(el):
        return GENERIC, None  # (a component named as an ad slot: ``<gpt-ad>``, ``<advertisement>``)
    if "-" in tag and configured_element(el) and empty_box(el):
        return GENERIC, None  # (one configured as a slot: ``<partner-poster sizes="[[300, 250]]">``)
    signal = _class_signal(cls) if cls else _NO_SIGNAL
    keys = el.keys()
    if signal is _NO_SIGNAL and len(keys) == 1 and cls:
        # (most calls: a class naming nothing ad-like, the only attribute; what is left of
        # the tests below is the script parent's, ``ad_parents`` holding no NEVER_AD_TAGS)
        return (SCRIPT, scripts.ad_parents[el]) if scripts.ad_parents and el in scripts.ad_parents else None
    class_net, class_generic, class_format = signal
    if class_net:
        return NETWORK, class_net
    # (network_of without classes, its attribute loop shared with _attribute_signal's)
    if eid:
        net = _id_network(eid, scripts)
        if net:
            return NETWORK, net
        # (a network's placeholder id: a slot only while empty, see ``PLACEHOLDER_IDS``)
        if rules.PLACEHOLDER_ID_START.match(eid) and (net := _placeholder_network(eid)) and empty_box(el):
            return NETWORK, net
        # (a network named by a word of the id: a slot while empty, like a placeholder id)
        if (net := _id_word_network(eid)) and tag not in rules.NEVER_AD_TAGS and empty_box(el):
            return NETWORK, net
    if len(keys) == 1:  # (the class or id that brought the element here)
        data = keys if keys[0].startswith("data-") else _NO_NAMES
    else:
        data = [name for name in keys if name.startswith("data-")]
    if data:
        net = _attribute_network(el, data)
        if net:
            return NETWORK, net
    if tag in rules.NEVER_AD_TAGS:
        return None
    if scripts.ad_parents and el in scripts.ad_parents:
        return SCRIPT, scripts.ad_parents[el]
    if eid and scripts.named and eid in scripts.named and empty_box(el):
        return GENERIC, scripts.named[eid]  # (a script elsewhere draws an ad into it)
    if tag == "ins" and data and not el.text_content().strip():
        return GENERIC, None  # (an empty <ins> configured by data-*: how ad tags mark a slot)
    # (ids are mostly unique: ``can_name_ad`` rules most out before the cached word split)
    if class_generic or (eid and can_name_ad(eid) and generic_name(eid) and not heading_anchor(el, eid)):
        return GENERIC, None
    fmt = class_format
    if fmt < CONTAINED and eid and rules.AD_FORMAT_HINT.search(eid.lower()):
        fmt = max(fmt, _format_name(eid))
    if fmt and empty_box(el) and (fmt == CONTAINED or has_hook(el)) and not _inner_slot(el, scripts):
        return GENERIC, None
    if data or len(keys) > 1:
        found = _attribute_signal(el, data, scripts) if data else None
        if found is not None or _LABEL_ATTRIBUTES.isdisjoint(keys):
            return found  # (most elements carry no label attribute: one test in C, no call)
        return _labelled_signal(el, keys)
    return None


@memo(1024)
def ad_element(tag: str) -> bool:
    """``tag`` is a page's own element named as an ad slot (``<gpt-ad>``, ``<atf-ad-slot>``,
    ``<advertisement>``): an ad word among its words, no state word. (AMP's ad tags never
    come here: ``ad_signal`` answers them first.)"""
    return _ad_words(words(tag))


def _labelled_signal(el: etree._Element, keys: list[str]) -> tuple[int, str | None] | None:
    """An empty box whose label attribute is an ad label ("Advertisement", "Anzeige")."""
    for name in keys:
        if name in _LABEL_ATTRIBUTES:
            value = el.get(name)
            if value and len(value) <= 40 and _strong_label(value) and empty_box(el):
                return GENERIC, None
    return None


_LABEL_ATTRIBUTES = frozenset(rules.LABEL_ATTRIBUTES)


@memo(4096)
def _strong_label(value: str) -> bool:
    """``value`` is an ad label that needs no context (not "Ads", "Sponsored")."""
    label = ad_label(value)
    return label is not None and label.lower() not in rules.WEAK_AD_LABELS


def hidden_frame(el: etree._Element) -> bool:
    """An ``<iframe>`` drawn at no size (an ad script's helper frame, no slot)."""
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or el.get("width") in ("0", "1") or el.get("height") in ("0", "1")


def frame_network(src: str) -> str | None:
    """The network of an ad server's frame ("" when it names none), None for other frames."""
    m = rules.URL_HOST.match(src)
    if m is None:
        return None
    host = m.group(1).lower()
    while True:
        if host in rules.AD_FRAME_HOSTS:
            return rules.AD_FRAME_HOSTS[host] or ""
        dot = host.find(".")
        if dot < 0 or host.count(".") < 2:
            return None
        host = host[dot + 1:]


def empty_box(el: etree._Element) -> bool:
    """A small box with nothing visible in it: no text, no image, no content element (an ad
    slot before its script fills it; scripts, styles, empty divs and iframes may be there)."""
    for n, node in enumerate(el.iter()):
        if n > 12:
            return False
        tag = node.tag
        if type(tag) is not str:
            continue
        tag = tag_of(node)
        if tag in INVISIBLE or (tag == "input" and (node.get("type") or "").lower() == "hidden"):
            continue
        if tag in rules.AD_FORMAT_CONTENT_TAGS and (tag != "p" or len(node) or node.text):
            return False  # (an empty <p> an editor left in the mount shows nothing)
        if node.text and node.text.strip():
            return False
        if node is not el and node.tail and node.tail.strip():
            return False
    return True


def _inner_slot(el: etree._Element, scripts: ScriptInfo) -> bool:
    """True if an element inside the (small, empty) box ``el`` is a slot by its own markup:
    that element describes the slot better (its network, unit and attributes)."""
    for node in el.iterdescendants():
        tag = node.tag
        if type(tag) is not str or not node.attrib:
            continue
        tag = tag_of(node)
        if tag in rules.NEVER_AD_TAGS:
            continue
        if ad_signal(node, tag, node.get("class") or "", (node.get("id") or "").strip(), scripts) is not None:
            return True
    return False


def has_hook(el: etree._Element) -> bool:
    """``el`` or an element in it carries what an ad script fills: an id or a ``data-*``
    attribute, or is a script, ``ins`` or ``iframe`` (a bare styled div is decoration)."""
    for node in el.iter():
        tag = node.tag
        if type(tag) is not str:
            continue
        if node.get("id") or tag in ("script", "ins", "iframe") or any(k.startswith("data-") for k in node.keys()):
            return True
    return False


def holds_slots(el: etree._Element, scripts: ScriptInfo) -> bool:
    """True if ``el`` holds two or more separate empty slots and nothing visible (a row of
    slots, a network container with two placements, a rail of device variants each in its own
    wrapper): each is a slot of its own, not ``el``. A label beside them keeps ``el`` one slot."""
    if el.text and el.text.strip():
        return False
    return _side_by_side(el, scripts) or _nested_slots(el, scripts)


def _side_by_side(el: etree._Element, scripts: ScriptInfo) -> bool:
    """Two slots among the children of ``el``, every child before them an empty box; or,
    under a short heading line first ("Promóció", "Anzeigen"), three slots: a column of
    slots under one heading, each a slot of its own."""
    found = 0
    headed = False
    for child in el:
        tag = child.tag
        if child.tail and child.tail.strip():
            return False
        if type(tag) is not str:
            continue
        if not empty_box(child):
            if found or headed or not _heading_line(child):
                return False  # (a label or content: ``el`` stays whole)
            headed = True
            continue
        if not child.attrib:
            continue
        tag = tag_of(child)
        if tag in rules.NEVER_AD_TAGS or not has_hook(child):
            continue
        if ad_signal(child, tag, child.get("class") or "", (child.get("id") or "").strip(), scripts) is None:
            continue
        found += 1
        if found >= (_HEADED_SLOTS if headed else 2):
            return True
    return False


#: Slots under one heading line that are each a slot (fewer: the label and its slot variants).
_HEADED_SLOTS = 3


def _heading_line(el: etree._Element) -> bool:
    """``el`` is a short line of text and nothing else (no child element, at most three
    words), its class naming no ad: the heading of a column of slots. (A heading classed as
    part of the ad unit, "mm-ads-partnerlinks__heading", keeps the unit whole.)"""
    text = el.text
    if len(el) or not text or len(text) >= 40 or not 0 < len(text.split()) <= 3:
        return False
    cls = el.get("class")
    return not cls or _class_signal(cls) == _NO_SIGNAL


def marked_slot(node: etree._Element, scripts: ScriptInfo) -> bool:
    """``node`` is marked as an ad slot by its own markup (class, id, data attributes; no text
    read): what a walk over a block's descendants asks of each."""
    tag = node.tag
    if type(tag) is not str or not node.attrib:
        return False
    tag = tag_of(node)
    if tag in rules.NEVER_AD_TAGS or tag in ("script", "iframe"):
        return False
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    return ad_signal(node, tag, page.classes[node] or "", (page.ids[node] or "").strip(), scripts) is not None


def _nested_slots(el: etree._Element, scripts: ScriptInfo) -> bool:
    """True if ``el`` holds two or more empty slots by their own markup (with a hook for the
    ad script), none inside another, deeper than its children, and no text but their labels:
    every child of ``el`` that shows text holds one of them."""
    found: list[etree._Element] = []
    for n, node in enumerate(el.iterdescendants()):
        if n >= rules.NESTED_SLOT_NODES:
            return False
        if not marked_slot(node, scripts) or (found and _inside_any(node, found)):
            continue
        if has_hook(node) and empty_box(node):
            found.append(node)
    if len(found) < 2:
        return False
    # Down to the deepest element holding them all, no text beside the boxes that hold them:
    # a label there labels the whole (one slot); below it, each box may hold its own label.
    node: etree._Element | None = el
    while node is not None:
        if node is not el and node.text and node.text.strip():
            return False
        holding = [child for child in node if any(f is child or _inside_any(f, [child]) for f in found)]
        for child in node:
            if child.tail and child.tail.strip():
                return False
            if type(child.tag) is not str or child in holding:
                continue
            stats = text_stats(child, max_elements=rules.NESTED_SLOT_NODES)
            if stats.truncated or stats.chars:
                return False  # (a label of the whole container, or content)
        node = holding[0] if len(holding) == 1 and holding[0] not in found else None
    return True


def _inside_any(node: etree._Element, found: list[etree._Element]) -> bool:
    return any(anc in found for anc in node.iterancestors())


def _attribute_signal(el: etree._Element, data: list[str], scripts: ScriptInfo) -> tuple[int, str | None] | None:
    """Ad configuration in attributes (``data``: the ``data-*`` names of ``el``):
    ``data-ad-*`` names, a GPT unit path as a value, ad code kept encoded; an ad word later
    in a name (``data-sdg-ad``) on an empty box holding no slot of its own."""
    found = encoded_ad_of(el)
    if found is not None and empty_box(el):
        return GENERIC, found[0]
    worded = False
    for name in data:
        if rules.AD_ATTRIBUTE.match(name) and not rules.AD_ATTRIBUTE_EXCLUDE.match(name):
            value = el.get(name) or ""
            return GENERIC, "gpt" if rules.GPT_UNIT_PATH.match(value) else None
        if name in rules.UNIT_PATH_ATTRIBUTES and rules.GPT_UNIT_PATH.match(el.get(name) or ""):
            return GENERIC, "gpt"
        # (``"ad" in``: most names hold no ad word, the regex runs on few)
        worded = worded or ("ad" in name or "prebid" in name) and rules.AD_ATTRIBUTE_WORD.search(name) is not None
    if worded and empty_box(el) and not _inner_slot(el, scripts):
        return GENERIC, None
    return None


def decoded_code(value: str) -> str | None:
    """The markup a plugin keeps base64-encoded in an attribute, or None if ``value`` is none."""
    if rules.BASE64_VALUE.match(value) is None:
        return None
    part = value[: rules.ENCODED_CODE_MAX]
    part = part[: len(part) - len(part) % 4]
    try:
        return base64.b64decode(part).decode("utf-8", "ignore")
    except (binascii.Error, ValueError):
        return None


def encoded_ad_of(el: etree._Element) -> tuple[str | None, str] | None:
    """(network, code) of the ad code an insertion plugin keeps encoded in one of ``el``'s
    attributes (``rules.ENCODED_CODE_ATTRIBUTES``), or None."""
    for name in rules.ENCODED_CODE_ATTRIBUTES:
        value = el.get(name)
        if value and len(value) >= rules.ENCODED_CODE_MIN:
            found = encoded_ad(value)
            if found is not None:
                return found
    return None


@memo(1024)
def encoded_ad(value: str) -> tuple[str | None, str] | None:
    """(network, code) if the encoded attribute value ``value`` is an ad's code."""
    code = decoded_code(value)
    if not code or "<" not in code:
        return None
    for pattern, net in rules.ENCODED_AD_MARKS:
        if pattern.search(code) is not None:
            return net, code
    return None


def outermost_slot(el: etree._Element) -> etree._Element:
    """The outermost element holding the slot ``el`` and nothing else but an ad label,
    scripts or empty boxes (the label + container + ad element are one slot)."""
    node = best = el
    climbed = wrapped = 0
    while climbed < rules.SLOT_CLIMB:
        parent = node.getparent()
        if parent is None:
            break
        ptag = tag_of(parent)
        if ptag in _WRAPPERS:
            # A list, list item, card, cell or paragraph holding the slot alone (a one-item
            # list, an <article> card around a network's box, a <p> around pasted ad code)
            # wraps it: climbed through, never reported.
            wrapped += 1
            if wrapped > rules.SLOT_WRAPPER_CLIMB or not _sole_child(parent, node):
                break
            node = parent
            continue
        if ptag in rules.NEVER_AD_TAGS or ptag in _NOT_SLOT:
            break
        for child in parent:
            if child is node:
                continue
            tag = tag_of(child)
            if not tag or tag in ("script", "style", "noscript", "br"):
                continue
            if tag in ("iframe", "ins", "img") or tag in rules.AMP_AD_TAGS or len(child) > 2:
                return best  # another slot or content beside it
            text = " ".join(child.text_content().split())
            if (ad_label(text) is None) if text else (len(child) or not _spacer(child)):
                return best  # only an ad label or an empty spacer may stand beside the slot
            if text and (len(child) > 1 and any(has_hook(sub) for sub in child) or _holds_placeholder(child)
                         or _holds_creative(child)):
                return best  # another slot with its own label beside it (a carousel's next banner)
        loose = " ".join(((parent.text or "") + " ".join(c.tail or "" for c in parent)).split())
        if loose and ad_label(loose) is None:
            break
        node = best = parent
        climbed += 1
    return best


def _holds_placeholder(el: etree._Element) -> bool:
    """An element inside ``el`` is what an ad script fills (an id, a data-* attribute, a
    script, ins or iframe) and shows nothing: ``el`` is a labelled slot, not a lone label
    (WordPress.com's row of "Advertisements" boxes, each label and placeholder a few levels
    down)."""
    for node in el.iterdescendants():
        tag = node.tag
        if type(tag) is not str:
            continue
        if (node.get("id") or tag in ("script", "ins", "iframe") or any(k.startswith("data-") for k in node.keys())) \
                and not node.text_content().strip():
            return True
    return False


def _holds_creative(el: etree._Element) -> bool:
    """An ad's picture or frame is inside ``el`` (a label beside it): ``el`` is a labelled
    slot of its own, drawn already (a carousel's slides, each a banner and "Sponsored Ad")."""
    return next(el.iter("img", "iframe", "ins"), None) is not None


def _sole_child(parent: etree._Element, node: etree._Element) -> bool:
    """``node`` is the only element of ``parent`` but scripts and styles, with no text
    beside it."""
    if parent.text and parent.text.strip():
        return False
    for child in parent:
        if child.tail and child.tail.strip():
            return False
        if child is not node and tag_of(child) not in ("", "script", "style", "noscript", "br"):
            return False
    return True


#: Elements a slot may sit in alone without being its outermost element (``outermost_slot``):
#: a ``<p>`` or ``<center>`` holding an ad tag and its scripts alone is an editor's wrapper
#: around pasted ad code, as a one-item list is.
_WRAPPERS = frozenset({"li", "ul", "ol", "article", "section", "aside", "figure", "td", "tr", "tbody", "p", "center"})


def _spacer(el: etree._Element) -> bool:
    """An empty element that is no slot of its own (no id, no data-*, no ad class, no
    custom element configured as a slot)."""
    if el.get("id") or any(k.startswith("data-") for k in el.keys()):
        return False
    tag = el.tag
    if type(tag) is str and "-" in tag and configured_element(el):
        return False
    cls = el.get("class")
    return not cls or _class_signal(cls)[:2] == (None, False)


#: Never the outermost element of a slot: page regions and the article.
_NOT_SLOT = frozenset({"article", "section", "aside", "header", "footer", "nav", "figure", "center"})


_NO_SIGNAL: tuple[str | None, bool, int] = (None, False, NO_FORMAT)
_NO_NAMES: list[str] = []


@memo(16384)
def _class_signal(cls: str) -> tuple[str | None, bool, int]:
    """(network, generic ad container?, the ad format its names say: ``_format_name``'s
    answer, the strongest of them) from a class attribute alone; pages repeat them."""
    if not can_name_ad(cls):  # (most class strings: no split into words)
        return _DISGUISED if disguised_plugin(cls) else _NO_SIGNAL
    classes = class_names(cls)
    fmt = max(map(_format_name, classes), default=NO_FORMAT) if rules.AD_FORMAT_HINT.search(cls.lower()) is not None else NO_FORMAT
    return _class_network(classes), _generic_classes(classes) or disguised_plugin(cls), fmt


#: What a disguised ad plugin's box says (``disguised_plugin``): a generic ad container.
_DISGUISED = (None, True, NO_FORMAT)


#: For the chrome walk's short way past boxes whose lone class names nothing ad-like
#: (``ad_signal`` is None for them unless a script's parent).
class_signal, NO_SIGNAL = _class_signal, _NO_SIGNAL


def small_enough(el: etree._Element, strength: int) -> bool:
    """An ad slot holds little visible text and no body-length paragraph."""
    stats = text_stats(el, max_elements=1500)
    if stats.truncated:
        return False
    if strength == SCRIPT:
        return stats.chars <= rules.MAX_SCRIPT_SLOT_TEXT
    limit = rules.MAX_AD_TEXT * (3 if strength == NETWORK else 1)
    if stats.chars > limit:
        # Native widgets are link lists: lots of text is fine when it is link text.
        return strength == NETWORK and stats.link_chars >= 0.7 * stats.chars and stats.chars < 4 * limit
    return stats.longest_p <= rules.MAX_AD_PARAGRAPH
