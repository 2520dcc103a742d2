"""A newsletter sign-up's field or button is no widget: its form is.

The chrome pass names a CTA by class or id, and a sign-up's parts carry the word too: an
``<input class="newsletter-email">``, a privacy tick box ``#privacy_agreement_newsletter``,
a submit button ``.btn-opt-in``. A field alone asks nothing; the form holding it (grown
next to the widget around it, prompt and button: ``region_widgets.grown``) is the CTA,
one per form. A field in no form (a hidden ``<input>`` keeping a URL for a script) is
no CTA at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import tag_of

#: The parts of a form a class word may name.
_FIELDS = frozenset({"input", "button", "select"})
#: Levels climbed from a field to its form at most.
_FORM_CLIMB = 8


def fields_to_forms(found: Sequence[Found]) -> list[Found]:
    """``found`` with each newsletter CTA found at a field (``<input>``, ``<button>``,
    ``<select>``) moved to its form, one per form, and dropped when its form is found
    already or when it is an ``<input>`` in no form (module doc). A button in no form
    stays: it is an action of its own."""
    fields = [f for f in found if isinstance(f.item, CallToAction) and f.item.kind == "newsletter"
              and tag_of(f.element) in _FIELDS]
    if not fields:
        return list(found)
    at = {f.element for f in found if not any(f is g for g in fields)}
    moved: dict[int, Found | None] = {}
    for f in fields:
        form = _form_of(f.element)
        if form is None and tag_of(f.element) != "input":
            continue  # (a button in no form: an action of its own, "Subscribe" in a header)
        if form is None or form in at or f.element.get("type", "").lower() == "hidden" \
                or any(a in at for a in form.iterancestors()):
            moved[id(f)] = None  # (a field in no form, a hidden value, or its form found already)
            continue
        at.add(form)
        moved[id(f)] = Found(form, f.item)
    out: list[Found] = []
    for f in found:
        if id(f) in moved:
            g = moved[id(f)]
            if g is not None:
                out.append(g)
        else:
            out.append(f)
    return out


def _form_of(el: etree._Element) -> etree._Element | None:
    """The form holding ``el`` (a few levels up at most)."""
    for anc in islice(el.iterancestors(), _FORM_CLIMB):
        if tag_of(anc) == "form":
            return anc
    return None
