"""A share button standing alone: one ``<button>`` labelled "Share" (its text, ``aria-label``
or ``title``, in many languages) that opens the browser's or the site's share menu, with no
link to any network. With the post tools around it (save, listen: icons and one-word
buttons), it is one share CTA, however its wrappers are named."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import href_links, norm, tag_of, text_content
from .dialogs import hidden_overlay
from .rules import regions as rules
from .rules.chrome_patterns import literal_search
from .scripted_offers import scripted_action
from .scripted_shares import opens_dialog

_WORD = re.compile(r"[^\W\d_]+")
_SHARE_ANY = literal_search(sorted(rules.SHARE_BUTTON_WORDS)).search
#: Never a share toolbar: the page, its main column and its page regions.
_NEVER = frozenset({"html", "body", "main", "article", "aside", "nav", "header", "footer", "section", "form"})


def share_label(button: etree._Element) -> str | None:
    """The label of ``button`` if it names sharing ("Share", "Share Post", "Artikel teilen",
    "Partager"): a few words, one of them ``rules.SHARE_BUTTON_WORDS``."""
    labels = (button.get("aria-label"), button.get("title"), text_content(button) or _image_alt(button))
    if _SHARE_ANY(" ".join(x for x in labels if x).lower()) is None:
        return None  # (one search: most buttons name no sharing)
    for label in labels:
        if not label:
            continue
        label = norm(label)
        if not label or len(label) > rules.MAX_SHARE_BUTTON_CHARS:
            continue
        ws = _WORD.findall(label.lower())
        if 1 <= len(ws) <= rules.MAX_SHARE_BUTTON_WORDS and any(w in rules.SHARE_BUTTON_WORDS for w in ws):
            # (a share panel's own close button is no share button)
            return None if any(w in rules.CLOSE_WORDS for w in ws) else label
    return None


def _list_entry(a: etree._Element) -> bool:
    """A link that is an entry of a list (a share bar's "Teilen" on LinkedIn, a menu's
    button): its list is judged whole, no share button alone."""
    return any(tag_of(p) == "li" for p in islice(a.iterancestors(), 3))


def _image_alt(button: etree._Element) -> str | None:
    """The ``alt`` of a button's icon, which names a button without words ("Open share
    options" on the share sheet's icon): part of its accessible name."""
    img = next(button.iter("img"), None)
    return img.get("alt") if img is not None else None


def share_buttons(controls: Iterable[etree._Element], line: set[etree._Element], body: set[etree._Element],
                  taken: set[etree._Element], base: str | None) -> list[Found]:
    """One share CTA per share button (``controls``: the page's buttons and forms, in
    document order, then its links a script follows) outside the body and outside what was found, grown to its toolbar."""
    out: list[Found] = []
    boxes: set[etree._Element] = set()
    for x in controls:
        if x.tag != "button" and not (x.tag == "a" and not _list_entry(x)) or x in body or x in taken:
            continue  # (a ``<button>``, or a link a script acts on: "Teilen mir erlauben")
        label = share_label(x)
        if label is None or x.tag == "a" and not (scripted_action(x) or opens_dialog(x)):
            continue  # (a link to an in-page dialog: the page's share window)
        ancestors = list(x.iterancestors())
        if any(a in taken or a in boxes or a in body for a in ancestors):
            continue  # inside a bar, widget or block found already (or the body)
        if any(hidden_overlay(a) for a in ancestors):
            continue  # a hidden overlay's control (a photo gallery's share button)
        box = _toolbar(x, line, body)
        if box in boxes:
            continue
        boxes.add(box)
        out.append(Found(box, CallToAction(id="", kind="share", text=label, url=None)))
    return _one_per_row(out, line, body) if len(out) > 1 else out


def _one_per_row(found: list[Found], line: set[etree._Element], body: set[etree._Element]) -> list[Found]:
    """Share buttons side by side in one box ("Partager sur Facebook", "Partager sur X"): one
    share CTA for the box."""
    rows: dict[etree._Element, list[Found]] = {}
    for f in found:
        parent = f.element.getparent()
        if parent is not None and parent not in line and parent not in body and tag_of(parent) not in _NEVER:
            rows.setdefault(parent, []).append(f)
    out: list[Found] = []
    done: set[etree._Element] = set()
    for f in found:
        parent = f.element.getparent()
        row = rows.get(parent) if parent is not None else None
        if row is None or len(row) < 2:
            out.append(f)
        elif parent not in done:
            done.add(parent)
            out.append(Found(parent, CallToAction(id="", kind="share", text=f.item.text, url=None)))  # type: ignore[union-attr]
    return out


def _toolbar(button: etree._Element, line: set[etree._Element], body: set[etree._Element]) -> etree._Element:
    """The largest box (a few levels up) around ``button`` that holds nothing but post tools:
    little text, a few links, no body block."""
    best = node = button
    for _ in range(rules.SHARE_TOOLBAR_CLIMB):
        parent = node.getparent()
        if parent is None or parent in line or parent in body or tag_of(parent) in _NEVER:
            break
        if len(norm(parent.text_content())) > rules.MAX_SHARE_TOOLBAR_TEXT:
            break
        if len(href_links(parent, rules.MAX_SHARE_TOOLBAR_LINKS + 1)) > rules.MAX_SHARE_TOOLBAR_LINKS:
            break
        best = node = parent
    return best
