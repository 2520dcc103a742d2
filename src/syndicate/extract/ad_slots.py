"""An accepted ad slot described as an ``AdSlot``: its network, unit, client, sizes,
format, label and the data-* attributes that re-create it (``ads.py`` decides which
elements are slots; this module only describes them)."""

from __future__ import annotations

import re

from lxml import etree

from ..model import AdSlot
from ..sanitize import safe_attribute
from .ad_labels import is_label_element
from .ad_scripts import ScriptInfo
from .ads import encoded_ad_of, network_of
from .chrome_util import class_names, page_attributes, tag_of, words
from .rules import ad_networks as rules

_PX = re.compile(r"(?:^|[;\s\"'])(width|height)\s*:\s*(\d{1,4})px", re.IGNORECASE)
#: At most this many data-* attributes kept per slot, each cut to this many characters.
_MAX_ATTRS = 40
_MAX_ATTR_VALUE = 500


def build_ad(el: etree._Element, network: str | None, scripts: ScriptInfo, label: str | None = None) -> AdSlot:
    """Describe the slot ``el`` (already accepted): network, unit, client, sizes, format,
    label and the data-* attributes that re-create it, from ``el`` and its subtree."""
    slot = AdSlot(id="", network=network, label=label)
    attrs: dict[str, str] = {}
    source = None  # the element carrying the network's configuration
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    for node in el.iter():
        tag = tag_of(node)
        if not tag:
            continue
        cls = page.classes[node] or ""
        eid = (page.ids[node] or "").strip()
        classes = class_names(cls) if cls else ()
        net = network_of(node, classes, eid, scripts) if (cls or eid or node.attrib) else None
        if net and source is None:
            source = node
            slot.network = slot.network or net
            if net != slot.network:
                slot.network = net if slot.network is None else slot.network
            _fill_from_network_element(slot, node, net, eid, scripts)
        if slot.label is None and tag not in ("script", "style") and node.text and len(node.text) < 80 and not len(node):
            found = is_label_element(node, node.text)
            if found:
                slot.label = found
        if tag == "img" and slot.label is None and (node.get("alt") or "").strip().lower() in rules.AD_IMAGE_ALTS:
            slot.label = node.get("alt").strip()
        if tag == "iframe" and not slot.sizes:
            size = _size(node.get("width"), node.get("height"))
            if size:
                slot.sizes = [size]
    if source is None:
        _fill_from_scripts(slot, el, attrs)
        _fill_from_encoded(slot, el)
    if slot.network is None:
        slot.network = _network_by_words(el.get("class") or "", el.get("id") or "")
    for node in (el, source) if source is not None and source is not el else (el,):
        for name, value in node.attrib.items():
            if name.startswith("data-") and len(attrs) < _MAX_ATTRS and value is not None:
                attrs.setdefault(name, value[:_MAX_ATTR_VALUE])
    if slot.network == "taboola":
        conf = scripts.taboola.get((source if source is not None else el).get("id") or "", {})
        for key in ("mode", "placement", "target_type"):
            if key in conf:
                attrs.setdefault(f"data-{key}", conf[key])
        if scripts.taboola_publisher:
            attrs.setdefault("data-publisher", scripts.taboola_publisher)
            slot.client = slot.client or scripts.taboola_publisher
        # The placement names the unit (the container id is only where it is drawn).
        slot.unit = conf.get("placement") or slot.unit or conf.get("container")
    # The one attribute rule of the writers: no handlers, no script or data URLs.
    slot.attributes = {k: v for k, v in attrs.items() if safe_attribute(k, v)}
    slot.format = _format(slot, attrs)  # type: ignore[assignment]
    return slot


def _network_by_words(cls: str, eid: str) -> str | None:
    """A network named in a generic container's class or id ("dfp-slot-top" -> gpt)."""
    for name in (*class_names(cls), eid) if cls else (eid,):
        for w in words(name) if name else ():
            net = rules.NETWORK_WORDS.get(w)
            if net:
                return net
    return None


def _fill_from_scripts(slot: AdSlot, el: etree._Element, attrs: dict[str, str]) -> None:
    """Client, unit and size of a slot whose ``ins`` element a script inside it builds."""
    for script in el.iter("script"):
        code = script.text
        if code and "google_ad_client" in code and len(code) < 100_000:
            _fill_legacy_adsense(slot, code)
        if not code or "data-ad-" not in code or len(code) > 100_000:
            continue
        for name, value in rules.SCRIPT_AD_ATTRIBUTE.findall(code):
            attrs.setdefault(name, value)
        slot.network = slot.network or ("adsense" if "data-ad-client" in attrs else None)
        slot.client = slot.client or attrs.get("data-ad-client")
        slot.unit = slot.unit or attrs.get("data-ad-slot")
        if not slot.sizes:
            size = _style_size(code)
            if size:
                slot.sizes = [size]


def _fill_from_encoded(slot: AdSlot, el: etree._Element) -> None:
    """Network, unit and sizes from ad code an insertion plugin keeps encoded in ``el``."""
    found = encoded_ad_of(el)
    if found is None:
        return
    net, code = found
    slot.network = slot.network or net
    m = rules.GPT_DEFINE_SLOT.search(code)
    if m is not None:
        slot.unit = slot.unit or m.group(1)
        if not slot.sizes:
            slot.sizes = [[int(w), int(h)] for w, h in rules.SIZE_PAIR.findall(m.group(2))]
    elif (m := rules.UNIT_PATH_COMMENT.search(code)) is not None:
        slot.unit = slot.unit or m.group(1)


def _fill_legacy_adsense(slot: AdSlot, code: str) -> None:
    """Client, unit and size from a legacy AdSense script (``google_ad_client = ...``)."""
    conf: dict[str, str] = {}
    for name, value in rules.LEGACY_ADSENSE_FIELD.findall(code):
        conf.setdefault(name, value)
    slot.network = slot.network or "adsense"
    slot.client = slot.client or conf.get("client")
    slot.unit = slot.unit or conf.get("slot")
    if not slot.sizes:
        size = _size(conf.get("width"), conf.get("height"))
        if size:
            slot.sizes = [size]


def _fill_from_network_element(slot: AdSlot, node: etree._Element, net: str, eid: str, scripts: ScriptInfo) -> None:
    if net == "adsense":
        slot.client = node.get("data-ad-client") or slot.client
        slot.unit = node.get("data-ad-slot") or slot.unit
        size = _style_size(node.get("style") or "")
        if size:
            slot.sizes = [size]
    elif net == "gpt":
        unit, sizes = scripts.gpt.get(eid, (None, []))
        slot.unit = unit or node.get("data-ad-unit-path") or node.get("data-ad-unit") or eid or None
        if sizes:
            slot.sizes = [s for s in sizes if s[0] > 0 and s[1] > 0]
    elif net == "outbrain":
        slot.unit = node.get("data-widget-id") or node.get("data-ob-template") or slot.unit
    elif net == "mgid":
        slot.unit = node.get("data-widget-id") or eid or slot.unit
    elif net == "revcontent":
        slot.unit = node.get("data-widget-id") or node.get("data-id") or slot.unit
    elif net == "taboola":
        slot.unit = eid or slot.unit
    else:
        slot.unit = node.get("data-ad-unit") or node.get("data-slot") or eid or slot.unit


def _format(slot: AdSlot, attrs: dict[str, str]) -> str:
    label = (slot.label or "").lower()
    if slot.network == "adsense":
        fmt = (attrs.get("data-ad-format") or "").lower()
        layout = (attrs.get("data-ad-layout") or "").lower()
        if fmt in rules.ADSENSE_NATIVE_FORMATS or layout in rules.ADSENSE_NATIVE_FORMATS:
            return "native"
        return "display"
    if slot.network in rules.NETWORK_FORMATS:
        return rules.NETWORK_FORMATS[slot.network]
    if "sponsor" in label or "promoted" in label or "paid" in label or "partner" in label:
        return "sponsored"
    if slot.sizes:
        return "display"
    return "unknown"


def _size(width: str | None, height: str | None) -> list[int] | None:
    try:
        w, h = int(str(width).strip().rstrip("px")), int(str(height).strip().rstrip("px"))
    except (TypeError, ValueError):
        return None
    return [w, h] if 1 < w <= 4000 and 1 < h <= 4000 else None


def _style_size(style: str) -> list[int] | None:
    dims: dict[str, int] = {}
    for k, v in _PX.findall(style):
        dims.setdefault(k.lower(), int(v))  # the first size a script sets
    if "width" in dims and "height" in dims:
        return _size(str(dims["width"]), str(dims["height"]))
    return None
