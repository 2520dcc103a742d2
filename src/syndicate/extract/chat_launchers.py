"""Chat and messaging launchers: a control that opens a chat with the site — a floating
WhatsApp button linking the site's own number (``wa.me/<digits>``, ``send?phone=``), a
``<button>`` classed or labelled as a chat launcher ("chatLauncher", ``aria-label="Open the
chat window"``, "Chat free with our vets"), a pinned frame titled as a chat ("Wix Chat"), a
fixed icon box classed ``chat-icon``, Facebook's Messenger chat plugin box — is a ``contact``
CTA (gold conventions: a way to reach the site set apart).

What makes one is the control ALONE, not a word in a row of them:

* its box (the control grown through wrappers holding nothing else) shows little (an icon,
  a prompt line: ``rules.MAX_BOX_CHARS``), holds at most one link, and is not hidden;
* it is no entry of a menu or list (within ``rules.MENU_CLIMB`` levels), no part of a row of
  share controls (a share link or a control naming a network beside it: WhatsApp and
  Messenger are share buttons there), and no part of the body or of an item found.

The words are ``rules.chat_launchers`` tables (class/id words, label words in several
languages). Candidates come from what the region walk already holds (its links with a
target, those a script follows, its buttons) and from the few boxes standing beside the
article's line (children of its ancestors off the line, and theirs): a frame or an icon box
pinned over the page stands there, so the page is not walked again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain, islice

from lxml import etree

from .chrome import Found
from .chrome_util import class_or_id_named, norm, overlaps, page_attributes
from .ctas import build_cta, share_or_follow
from .element_hints import is_hidden
from .region_widgets import NEVER
from .rules import chat_launchers as rules
from .sharebars import network


def chat_launchers(page_hrefs: Sequence[str] | None, hrefs: Sequence[etree._Element],
                   scripted: Sequence[etree._Element], controls: Sequence[etree._Element],
                   counts: Mapping[etree._Element, int], body: Sequence[etree._Element], body_line: set[etree._Element],
                   found: Sequence[Found], line: set[etree._Element], base: str | None) -> list[Found]:
    """The chat launchers among the page's links with a target (``hrefs``; ``page_hrefs``:
    their targets, None on a page of too many links; ``scripted``: those a script follows),
    its buttons (``controls``, with its forms) and the boxes standing beside the article's
    line (``body_line``: the ancestors of the body blocks ``body``, in document order),
    outside the body, the items ``found`` and their ``line`` (ancestors); ``counts``: the
    links below each element."""
    page = page_attributes()  # (the page's names: look-ups, no copies out of lxml)
    classes, ids = page.classes, page.ids
    candidates = _links(page_hrefs, hrefs, scripted, classes, ids)
    candidates.extend(x for x in controls if x.tag == "button" and _named_control(x, classes, ids))
    candidates.extend(_side_boxes(body, body_line, classes, ids))
    if not candidates:
        return []
    taken = {f.element for f in found}
    blocks = set(body)
    out: list[Found] = []
    for el in candidates:
        if any(x.tag == "template" for x in el.iterancestors()):
            continue  # (an inert template's copy: nothing shown)
        box = _box(el, counts, line)
        if box in line or overlaps(box, blocks) or overlaps(box, taken):
            continue
        if counts.get(box, 0) > 1 or is_hidden(box) or (box is not el and is_hidden(el)):
            continue
        if any(x.tag in rules.MENU_TAGS for x in islice(chain((box,), box.iterancestors()), rules.MENU_CLIMB + 1)):
            continue  # (a menu's or list's entry: navigation)
        if len(norm(box.text_content())) > rules.MAX_BOX_CHARS or class_or_id_named(box, rules.SHARE_WORDS) \
                or (box is el and _entry_of_run(box)) or _in_share_row(box, counts):
            continue  # (a sentence; a share button; one of a run of controls, a row of share buttons)
        taken.add(box)
        out.append(Found(box, build_cta(box, "contact", base)))
    return out if len(out) <= rules.MAX_LAUNCHERS else []


def chat_href(href: str) -> bool:
    """``href`` opens a chat with a phone number (``wa.me/<digits>``, WhatsApp's
    ``send?phone=<digits>``): the site's own number, no page shared."""
    return ("wa.me/" in href or "phone=" in href) and rules.CHAT_HREF.search(href.lower()) is not None


def _links(page_hrefs: Sequence[str] | None, hrefs: Sequence[etree._Element], scripted: Sequence[etree._Element],
           classes: Mapping[etree._Element, str | None], ids: Mapping[etree._Element, str | None]) -> list[etree._Element]:
    """Links opening a chat by their target (found by searching the page's targets joined in
    one string, in C), or followed by a script ("#", "javascript:", ``scripted``) and classed
    as a chat ("chat_click", "support-chat"; a network's name alone is a share row's
    "whatsapp" link)."""
    out = []
    if page_hrefs is not None and len(page_hrefs) == len(hrefs):
        joined = "\n".join(page_hrefs)
        for hint in rules.CHAT_HREF_HINTS:
            pos = 0
            while (at := joined.find(hint, pos)) >= 0:
                pos = at + len(hint)
                if joined[pos:pos + 1] not in rules.NUMBER_FIRST:
                    continue  # ("wa.me/?text=": a share link; no number)
                i = joined.count("\n", 0, at)
                if chat_href(page_hrefs[i]) and hrefs[i] not in out:
                    out.append(hrefs[i])
    else:  # (a page of too many links, or of scripted share links: their targets read one by one)
        targets = page_attributes().hrefs
        out.extend(a for a in hrefs if (href := targets[a]) and chat_href(href))
    for a in scripted:
        if (_hinted(classes[a]) or _hinted(ids[a])) and class_or_id_named(a, rules.CHAT_WORDS):
            out.append(a)
    return out


def _named_control(x: etree._Element, classes: Mapping[etree._Element, str | None],
                   ids: Mapping[etree._Element, str | None]) -> bool:
    """A button whose class/id (``classes``, ``ids``: the page's), ``aria-label``/``title``
    or short label names a chat (a cheap test of each first: pieces of the words as text)."""
    if _hinted(classes[x]) or _hinted(ids[x]):
        if class_or_id_named(x, rules.CHAT_NAME_WORDS):
            return True
    for k in rules.LABEL_ATTRIBUTES:
        if (v := x.get(k)) and _chat_label(v):
            return True
    # (its words: its own text, else its first child's, "<button><span>Chat with us</span><svg/>")
    text = x.text
    if (not text or text.isspace()) and len(x):
        text = x[0].text
    return bool(text) and len(text) <= 2 * rules.MAX_BOX_CHARS and _chat_label(text)


def _hinted(name: str | None) -> bool:
    """A class/id value that may hold a chat word (``rules.NAME_HINT``: a piece of one, in any
    case)."""
    return name is not None and rules.NAME_HINT(name) is not None


def _chat_label(label: str) -> bool:
    """A short label (``rules.MAX_LABEL_WORDS``) holding a chat word."""
    low = label.lower()
    if rules.LABEL_HINT(low) is None:
        return False
    words = [w for w in rules.LABEL_SPLIT.split(low) if w]
    return 0 < len(words) <= rules.MAX_LABEL_WORDS and not rules.CHAT_LABEL_WORDS.isdisjoint(words)


def _side_boxes(body: Sequence[etree._Element], body_line: set[etree._Element],
                classes: Mapping[etree._Element, str | None],
                ids: Mapping[etree._Element, str | None]) -> list[etree._Element]:
    """The boxes standing beside the article's line — children off the line of the
    ancestors of the body's container (the element holding its first and last block: a pinned
    layer, a fixed icon, a box by the byline), or their children — that are frames titled as
    a chat ("Wix Chat", through wrappers holding nothing else) or ``<div>`` boxes whose class
    or id names a chat and that show something (an icon, a prompt). (The ``<div>`` children
    of a few dozen elements a page, found in C: no walk of the page.)"""
    if not body:
        return []
    first = set(body[0].iterancestors())
    container = next((a for a in body[-1].iterancestors() if a in first), None)
    if container is None:
        return []
    hint = rules.NAME_HINT
    out = []
    for anc in container.iterancestors():
        for side in anc.iterchildren(rules.SIDE_TAG):  # (filtered in C)
            if side in body_line:
                continue
            for x in (side, *side.iterchildren(rules.SIDE_TAG)) if len(side) <= rules.MAX_SIDE_CHILDREN else (side,):
                if ((c := classes[x]) and hint(c)) or ((i := ids[x]) and hint(i)):
                    if (len(x) or (x.text and not x.text.isspace())) \
                            and class_or_id_named(x, rules.CHAT_NAME_WORDS):
                        out.append(x)
                    continue
                if len(x) != 1:
                    continue  # (a frame stands alone in its wrappers)
                leaf = x[0]
                for _ in range(rules.MAX_CLIMB - 1):
                    if len(leaf) != 1:
                        break
                    leaf = leaf[0]
                if leaf.tag == "iframe" and any(
                        (v := leaf.get(k)) and _chat_label(v) for k in rules.LABEL_ATTRIBUTES):
                    out.append(leaf)
    return out


def _box(el: etree._Element, counts: Mapping[etree._Element, int], line: set[etree._Element]) -> etree._Element:
    """``el`` grown through the wrappers holding nothing else (``rules.MAX_CLIMB`` levels)."""
    box = el
    for _ in range(rules.MAX_CLIMB):
        parent = box.getparent()
        if parent is None or parent.tag in NEVER or parent in line or len(parent) != 1:
            break
        box = parent
    return box


def _entry_of_run(control: etree._Element) -> bool:
    """A shown sibling of ``control`` of its tag shares a class word with it (or neither has
    a class) and is a control: both are entries of a run (a menu's links, a dialog's buttons)."""
    parent = control.getparent()
    if parent is None or parent.tag in NEVER:
        return False
    classes = page_attributes().classes
    own = set((classes[control] or "").split())
    for s in parent:
        if s is control or s.tag != control.tag or is_hidden(s):
            continue
        theirs = (classes[s] or "").split()
        if (own.intersection(theirs) if own else not theirs) and (s.tag == "button" or s.get(b"href") is not None):
            return True
    return False


def _in_share_row(box: etree._Element, counts: Mapping[etree._Element, int]) -> bool:
    """Beside ``box`` (under its parent, a row of at most ``rules.MAX_ROW_LINKS`` links) stands
    a share link or a control naming a network: a row of share buttons, where "WhatsApp" and
    "Messenger" share the page."""
    parent = box.getparent()
    if parent is None or parent.tag in NEVER or counts.get(parent, 0) > rules.MAX_ROW_LINKS:
        return False
    targets = page_attributes().hrefs
    for x in islice(parent.iter("a", "button"), 40):
        if x is box or any(a is box for a in x.iterancestors()):
            continue
        href = targets[x] if x.tag == "a" else None
        if href:
            if share_or_follow(href) == "share":
                return True
        elif network(x) is not None:
            return True
    return False
