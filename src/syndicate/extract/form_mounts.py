"""Sign-up and lead forms a platform's script fills into an empty mount.

HubSpot and Flodesk forms often reach the HTML as an empty ``<div>`` named for the
platform ("hbspt-form", "hs-form-frame", "fd-form-60f3…") under the widget's
heading ("We'd love to learn your goals", "Receive growth tips in your inbox"); the
platform's script is loaded elsewhere (in the head, or lazily by a page optimiser) or
not at all, so no script address marks the box (``script_mounts`` starts from one). The
mount's own class or id is the seed here (``rules.form_mounts.MOUNT_TOKENS``); the box
is found as ``script_mounts.widget_mount`` finds a script's: the outermost ancestor
holding no action and little text. A platform of any form counts when the box's words
name a kind (or its own class does: "form is-foot-newsletter"), or show a prompt (an
offer: ``rules.FALLBACK_KIND``).

Only empty ``<div>`` elements whose class or id holds ``rules.MOUNT_HINT`` are looked at,
from the chrome walk's visit of each element (no walk of its own).
"""

from __future__ import annotations

from lxml import etree

from ..model import CallToAction
from .classtokens import ClassMatcher
from .ctas import class_kind
from .rules import form_mounts as rules
from .rules.script_mounts import FORM
from .script_mounts import widget_mount

_MOUNT = ClassMatcher(word=tuple(rules.MOUNT_TOKENS))


def form_mount(el: etree._Element, cls: str, eid: str,
               base: str | None) -> tuple[etree._Element, CallToAction] | None:
    """``el`` (a ``<div>`` holding nothing) is a form platform's empty mount, by its class
    ``cls`` or id ``eid``: the widget's box and its CTA, else None."""
    if el.text and not el.text.isspace():
        return None
    token = (_MOUNT.match(cls) if rules.MOUNT_HINT in cls else None) or (
        _MOUNT.match(eid) if rules.MOUNT_HINT in eid else None)
    if token is None:
        return None
    kind = rules.MOUNT_TOKENS[token]
    if kind == FORM:
        named = class_kind(f"{cls} {eid}".lower())
        kind = rules.NAMED_KINDS.get(named, kind) if named else kind
    return widget_mount(el, kind, base, own=True)
