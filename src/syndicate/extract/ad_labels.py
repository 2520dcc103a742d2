"""Ad labels and the slots they stand for: "Advertisement" / "Anzeige" lines and the empty box
beside them, and theme ad images. Split from ``ads`` (which re-exports these for the chrome walk)."""

from __future__ import annotations

from lxml import etree

from .chrome_text import ad_label
from .chrome_util import tag_of, text_stats
from .element_hints import HEADINGS
from .rules import ad_networks as rules


def is_label_element(el: etree._Element, text: str) -> str | None:
    """The ad label if ``el``'s whole text is an ad label ("- Advertisement -", "Anzeige")."""
    label = ad_label(text)
    if label is None:
        return None
    return text.strip() if label.lower() not in rules.WEAK_AD_LABELS else label


def label_slot(el: etree._Element, label: str) -> etree._Element | None:
    """The slot an ad label stands for: its parent when that holds only the label and ad
    markup, else the label element itself; None for a weak label ("Ads", "Sponsored") with
    nothing slot-like beside it."""
    weak = label.lower() in rules.WEAK_AD_LABELS
    parent = el.getparent()
    if parent is not None and tag_of(parent) == "label":
        return None  # a form's option ("Advertisement" cookies in a consent dialog)
    if parent is not None and tag_of(parent) not in rules.NEVER_AD_TAGS:
        stats = text_stats(parent, max_elements=300)
        if not stats.truncated and stats.chars <= len(label) + 40 and stats.longest_p <= len(label) + 40:
            if next(parent.iter("input"), None) is not None:
                return None  # (the same, with its switch beside it)
            if not weak or _has_slot_markup(parent, el):
                return parent
    if tag_of(el) == "a" and (el.get("href") or "#")[:1] != "#":
        return None  # a link to the site's advertising page ("Werbung" in the footer)
    if weak:
        sibling = el.getnext()
        if sibling is None or not _slot_like(sibling):
            return None
        if tag_of(el) in HEADINGS:
            return None
    return el


def _has_slot_markup(parent: etree._Element, label_el: etree._Element) -> bool:
    return any(child is not label_el and _slot_like(child) for child in parent)


def _slot_like(el: etree._Element) -> bool:
    """An element that holds an ad rather than text: iframe, ins, script, or an empty box."""
    tag = tag_of(el)
    if tag in ("iframe", "ins", "script", "amp-ad", "amp-embed"):
        return True
    if tag in ("div", "section", "aside", "span"):
        stats = text_stats(el, max_elements=100)
        return not stats.truncated and stats.chars == 0
    return False


def leftover_image(el: etree._Element) -> bool:
    """A theme ad image (``alt="spot_img"``)."""
    return (el.get("alt") or "").strip().lower() in rules.AD_IMAGE_ALTS
