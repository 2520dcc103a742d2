"""The page's scripts, read once: what they say about its ad slots.

``scan_scripts`` walks every ``<script>`` of the page one time and collects a ``ScriptInfo``:
GPT ``defineSlot`` calls (div id -> unit and sizes), Taboola pushes (container -> placement),
the boxes an ad network's script or an inline ad-display call sits in, the element ids an
inline script draws an ad into; and, in the same scan, the scripts of widget providers
(``script_mounts``: a sign-up form, a share bar). The signatures are data in
``rules/ad_networks.py``; ``ads.ad_signal`` reads the result when it classifies an element.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .chrome_util import tag_of
from .rules import ad_networks as rules
from .rules.script_mounts import MAX_INLINE_CHARS
from .script_mounts import inline_kind, script_kind

_SCRIPT_CALL_SEARCHES = tuple(pattern.search for pattern, _ in rules.AD_SCRIPT_CALLS)
#: An ad network's slot script (``rules.AD_SCRIPT_SOURCES``'s match) -> the network.
_SOURCE_NETWORK = dict(rules.AD_SCRIPT_SOURCES)


def script_call_row(code: str) -> int | None:
    """The row of ``rules.AD_SCRIPT_CALLS`` whose ad-display call comes first in ``code``
    (the first row of those matching there), None without any: what one alternation of all
    rows finds. (Searched row by row: each row's pattern opens with its literals, which the
    regex engine skips ahead to; in one alternation of groups it tries every character.)"""
    row = first = None
    for i, search in enumerate(_SCRIPT_CALL_SEARCHES):
        m = search(code)
        if m is not None and (first is None or m.start() < first):
            row, first = i, m.start()
    return row


@dataclass
class ScriptInfo:
    """What the page's inline scripts say about its ad slots."""

    #: GPT div id -> (ad unit path, sizes).
    gpt: dict[str, tuple[str, list[list[int]]]] = field(default_factory=dict)
    #: Taboola container id -> {mode, placement, ...}.
    taboola: dict[str, dict[str, str]] = field(default_factory=dict)
    taboola_publisher: str | None = None
    #: Elements whose inline script displays an ad in them -> network (or None).
    ad_parents: dict[etree._Element, str | None] = field(default_factory=dict)
    #: Element ids an inline script draws an ad into -> network (or None).
    named: dict[str, str | None] = field(default_factory=dict)
    #: Scripts of a widget provider (a sign-up form, a share bar) -> the kind it draws
    #: (``script_mounts``: the box it fills).
    mounts: dict[etree._Element, str] = field(default_factory=dict)


def scan_scripts(root: etree._Element) -> ScriptInfo:
    """One scan of the inline scripts: GPT slot definitions, Taboola placements, and the
    elements an ad-display script sits in."""
    info = ScriptInfo()
    for script in root.iter("script"):
        src = script.get("src")
        if src:
            m = rules.TABOOLA_PUBLISHER.search(src)
            if m:
                info.taboola_publisher = m.group(1)
            m = rules.AD_SCRIPT_SOURCE.search(src)
            if m is not None:  # an ad network's slot script: its box (if empty) is the slot
                parent = script.getparent()
                if parent is not None and tag_of(parent) not in rules.NEVER_AD_TAGS:
                    info.ad_parents.setdefault(parent, _SOURCE_NETWORK[m.group(0)])
            elif (kind := script_kind(src)) is not None:
                info.mounts[script] = kind
            continue
        code = script.text
        if not code or len(code) > 500_000:
            continue
        if len(code) <= MAX_INLINE_CHARS and (kind := inline_kind(code)) is not None:
            info.mounts[script] = kind
        # ("Slot" first: one scan of the script rules out both calls, in all but a few)
        if "Slot" in code and ("defineSlot" in code or "defineOutOfPageSlot" in code):
            for m in rules.GPT_DEFINE_SLOT.finditer(code):
                sizes = [[int(w), int(h)] for w, h in rules.SIZE_PAIR.findall(m.group(2))]
                info.gpt.setdefault(m.group(3), (m.group(1), sizes))
            for m in rules.GPT_OUT_OF_PAGE.finditer(code):
                info.gpt.setdefault(m.group(2), (m.group(1), []))
        if "_taboola" in code:
            for m in rules.TABOOLA_PUSH.finditer(code):
                conf = dict(rules.TABOOLA_FIELD.findall(m.group(1)))
                if "container" in conf:
                    info.taboola.setdefault(conf["container"], conf)
            m = rules.TABOOLA_PUBLISHER.search(code)
            if m:
                info.taboola_publisher = m.group(1)
        if "createAd(" in code or "googletag.display(" in code or "AdController.render(" in code:
            # (``rules.SCRIPT_SLOT_HINTS`` written out: no generator for every script)
            for call, name in rules.SCRIPT_SLOT_CALL.findall(code):
                info.named.setdefault(name, rules.SCRIPT_SLOT_NETWORKS[call])
        parent = script.getparent()
        if parent is None or tag_of(parent) in rules.NEVER_AD_TAGS:
            continue
        if not any(hint in code for hint in rules.AD_SCRIPT_HINTS):
            continue  # (substring tests are far cheaper than the pattern scan of a long script)
        row = script_call_row(code)
        if row is not None:
            info.ad_parents.setdefault(parent, rules.AD_SCRIPT_CALLS[row][1])
    return info
