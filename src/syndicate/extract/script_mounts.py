"""Widgets a provider's script or frame fills: no link, form or button in the HTML.

A sign-up form from HubSpot or ActiveCampaign, a Pardot form in an ``<iframe>``, a jsSocials
share bar, a podcast's subscribe button: the page holds the provider's ``<script>`` (or
frame) and an empty element for it to fill, often under a heading ("Subscribe to our
Weekly Newsletter?"). The region pass never walks such a box (nothing in it is an action)
and the chrome pass's class and text tests see no form. What the box *is* shows in its
structure: a provider's script or frame (``rules.script_mounts``: the seed), and around it
a small box that holds no link, form field or button and little text — the widget's
heading or prompt line. The box is the widget, reported where the heading and the mount
meet (the outermost such box).

The kind is the provider's when it draws one kind of widget (a share bar, a newsletter
form); a provider of forms of any purpose (``FORM``: HubSpot, Pardot, Google Forms) counts
only when the box's own words name the kind (``cta_boxes.box_kind_of``) or pitch something
(a prompt of ``rules.form_mounts.MIN_PROMPT_CHARS`` or more: an offer, ``FALLBACK_KIND``). Seeds come from
the page's one scan of its scripts (``ad_scripts.scan_scripts``) and the chrome walk's visit of
each frame, so no extra walk of the page is made.
"""

from __future__ import annotations

from lxml import etree

from ..model import CallToAction
from . import ctas
from .chrome_util import INVISIBLE, tag_of
from .cta_boxes import box_kind_of
from .rules import form_mounts as form_rules
from .rules import script_mounts as rules

_SRC, _DATA_SRC, _CLASS, _HREF = b"src", b"data-src", b"class", b"href"
#: Never a widget's box: the page, the article, a page column or band (a column holding
#: one widget is still the column: the widget is reported inside it).
_NEVER_BOX = frozenset({"html", "body", "head", "main", "article", "aside", "nav", "header", "footer"})
#: Actions the HTML holds: a box holding one is judged by the other rules (a form, a link).
_ACTIONS = frozenset({"a", "form", "input", "button", "select", "textarea"})


def script_kind(src: str) -> str | None:
    """The widget kind (or ``rules.FORM``) a script address ``src`` names, if any (its host
    looked up, no pattern search: a page has dozens of scripts)."""
    if len(src) > rules.MAX_SOURCE_CHARS:
        return None
    rest = src[2:] if src[:2] == "//" else src[8:] if src[:8] == "https://" else src[7:] if src[:7] == "http://" else ""
    if rest:
        host, _, path = rest.partition("/")
        hit = rules.SCRIPT_HOSTS.get(host) or rules.SCRIPT_HOSTS.get(host.partition(".")[2])
        if hit is not None:
            return hit[1] if hit[0] in "/" + path else None
    if rules.SCRIPT_FILE_HINTS[0] in src or rules.SCRIPT_FILE_HINTS[1] in src:
        for part, kind in rules.SCRIPT_FILES:
            if part in src:
                return kind
    return None


def inline_kind(code: str) -> str | None:
    """The widget kind (or ``rules.FORM``) a short inline script draws, if any."""
    for call, kind in rules.INLINE_WIDGETS:
        if call in code:
            return kind
    return None


def frame_mount(el: etree._Element, base: str | None) -> tuple[etree._Element, CallToAction] | None:
    """``el`` (an iframe) is a provider's widget (a sign-up form, a like button): its box
    and the CTA, else None."""
    kind = _frame_kind(el.get(_SRC))
    return None if kind is None else widget_mount(el, kind, base)


def _frame_kind(src: str | None) -> str | None:
    if not src or len(src) > rules.MAX_SOURCE_CHARS:
        return None
    m = rules.FRAME_SOURCE.search(src)
    if m is not None:
        return rules.FRAME_WIDGETS[m.group(0)]
    return rules.FORM if "/l/" in src and rules.PARDOT_FORM.search(src) else None


def placeholder_mount(el: etree._Element, base: str | None) -> tuple[etree._Element, CallToAction] | None:
    """``el`` (a box its class names a share or follow widget, holding no link) is the
    placeholder of a provider's frame, the frame's address in its ``data-src`` or its
    class tokens naming the provider's placeholder (Jetpack's like button): its box and the
    CTA, else None."""
    kind = _frame_kind(el.get(_DATA_SRC))
    if kind is not None:
        return widget_mount(el, kind, base, own=True)
    # (a newer placeholder keeps the address in its script: its class tokens, whole, name it)
    cls = el.get(_CLASS)
    kind = next((k for token in cls.split() if (k := rules.PLACEHOLDER_CLASSES.get(token))), None) if cls else None
    return None if kind is None else widget_mount(el, kind, base, own=True)


def empty_mount(el: etree._Element, kind: str, loaded: frozenset[str],
                base: str | None) -> tuple[etree._Element, CallToAction] | None:
    """``el`` (a box its class names a ``kind`` widget, holding no link) is the empty
    mount of a provider's script the page loads (``loaded``: the kinds of the page's widget
    scripts, ``ad_scripts.ScriptInfo.mounts``), showing nothing yet: its box and the CTA, else None."""
    if kind not in loaded or len(el) or (el.text and not el.text.isspace()):
        return None
    return widget_mount(el, kind, base, own=True)


def widget_mount(seed: etree._Element, kind: str, base: str | None,
                 own: bool = False) -> tuple[etree._Element, CallToAction] | None:
    """The box of widget ``seed`` (a provider's script or frame drawing ``kind``) and its
    CTA: the outermost ancestor, up to ``rules.MAX_CLIMB`` levels, that holds no action and
    little text; None when even the seed's parent holds more, or when a form provider's
    box names no kind and shows no prompt. ``own``: the seed is a placeholder the frame
    replaces, a box itself."""
    box = seed
    text: list[str] = []
    if own:
        shown = _shown(seed, seed)
        if shown is None:
            return None
        text = shown
    for _ in range(rules.MAX_CLIMB):
        parent = box.getparent()
        if parent is None or tag_of(parent) in _NEVER_BOX:
            break
        shown = _shown(parent, seed)
        if shown is None:
            break
        box, text = parent, shown
    if box is seed and not own:
        return None  # (a script among a column's content: it names no box)
    if kind == rules.FORM:
        shown = " ".join(text)
        found = box_kind_of(shown.lower())
        if found is None and len(shown) >= form_rules.MIN_PROMPT_CHARS:
            found = form_rules.FALLBACK_KIND  # (a platform's lead form under its pitch: an offer)
        if found is None or found in ("share", "follow"):
            return None  # (a form the box does not name nor pitch: nothing to ask)
        kind = found
    return box, ctas.build_cta(box, kind, base)


def _shown(box: etree._Element, seed: etree._Element) -> list[str] | None:
    """The texts ``box`` shows (scripts' code aside) when it is a widget's box: no action,
    no frame besides the seed, at most ``rules.MAX_BOX_ELEMENTS`` elements and
    ``rules.MAX_BOX_CHARS`` characters of text; else None."""
    parts: list[str] = []
    chars = n = 0
    for node in box.iter():
        tag = node.tag
        if type(tag) is not str:
            continue  # (a comment)
        n += 1
        if n > rules.MAX_BOX_ELEMENTS or (tag == "iframe" and node is not seed) or (
                tag in _ACTIONS and (tag != "a" or node.get(_HREF))):
            return None  # (an anchor without a target is a script's hook, no link)
        if tag not in INVISIBLE and node.text and (t := node.text.strip()):
            parts.append(t)
            chars += len(t)
        if node is not box and node.tail and (t := node.tail.strip()):
            parts.append(t)
            chars += len(t)
        if chars > rules.MAX_BOX_CHARS:
            return None
    return parts
