"""Asks to allow the browser's push notifications: a CTA ``other``.

A push ask is a small box a script drives: a short prompt naming notifications and a control
with no page of its own — buttons ("NO, GRACIAS" / "RECIBIR"), a toggle switch, a script
link, one entry per topic to follow (a player's name) — or a push service's own widget
(CleverPush's bell, OneSignal's soft ask), which its script fills and may still be empty.

Found in the chrome walk (``extract/chrome.py``) on elements whose class or id names one
(``push_named``: the word ``push``, or a push service), before any text is read; the box is
then judged by what it is (``push_ask``): small, no menu entry or list item, few links to
pages, and — unless a service names it — a prompt naming notifications (``names_notifications``:
"notificaciones", "Benachrichtigungen", "push notifications", "powiadomienia"…) and a
control. A layout class ("col-md-push-3"), a follow box named "push-channel" or a menu link
"Push-Nachrichten verwalten" to a page is none.
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import norm, tag_of, text_content, text_stats
from .classtokens import words
from .rules import chrome_patterns as chrome_rules
from .rules import push_asks as rules

_SCRIPT_HREF = chrome_rules.SCRIPT_HREF
#: The CTA kind the chrome walk reads from a class/id naming a push ask (``push_named``),
#: before ``push_ask`` says whether the element is one: it is then a CTA ``other``.
PUSH_ASK = "push ask"


def push_named(hint: str) -> str | None:
    """What in a class/id string (``"class id"`` as written: camelCase kept) names a push ask:
    ``"service"`` (a token holding a push service's name), ``"push"`` (a token's word
    ``PUSH_CLASS_WORDS``), or None."""
    found = None
    for token in hint.split():
        low = token.lower()
        if any(name in low for name in rules.PUSH_SERVICES):
            return "service"
        if found is None and "push" in low and not rules.PUSH_CLASS_WORDS.isdisjoint(words(token)):
            found = "push"
    return found


def names_notifications(text: str) -> bool:
    """``text`` (lower case) holds a word naming notifications (``NOTIFY_STEMS`` at a word's
    start, ``NOTIFY_ANYWHERE`` anywhere)."""
    for stem in rules.NOTIFY_STEMS:
        at = text.find(stem)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                return True
            at = text.find(stem, at + 1)
    return any(w in text for w in rules.NOTIFY_ANYWHERE)


def push_ask(el: etree._Element) -> bool:
    """``el``, its class/id naming a push ask (``push_named``), is one: a small box, no list
    item or page region, with few links to pages; a push service's widget as it is, else with
    a prompt naming notifications and a control a script drives."""
    tag = tag_of(el)
    if tag in rules.NEVER_PUSH_TAGS or tag == "a" and not _script_link(el):
        return False  # (a menu entry, a link to a page about the notifications)
    stats = text_stats(el, max_elements=rules.MAX_PUSH_ELEMENTS)
    if stats.truncated or stats.chars > rules.MAX_PUSH_TEXT or stats.links > rules.MAX_PUSH_LINKS \
            or stats.forms and _asks_address(el):
        return False  # (a column, a teaser list; an e-mail sign-up form is a newsletter)
    if push_named(_names(el)) == "service":
        return True
    text = norm(text_content(el)).lower()
    return names_notifications(text) and _holds_control(el)


def _names(el: etree._Element) -> str:
    """``el``'s class and id, as ``push_named`` reads them."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _script_link(a: etree._Element) -> bool:
    """A link without a page of its own: no target, an anchor or a script."""
    href = (a.get("href") or "").strip()
    return not href or href.startswith(_SCRIPT_HREF)


def _asks_address(el: etree._Element) -> bool:
    """``el`` holds a field for an e-mail address."""
    return any((i.get("type") or "").lower() == "email" or "mail" in (i.get("name") or "").lower()
               for i in el.iter("input"))


def _holds_control(el: etree._Element) -> bool:
    """``el`` is or holds a control a script drives: a button, a form control, an element
    with a button role or a class naming a button or switch, a link to no page, or an
    element named ``push`` inside the box (a topic to subscribe to, its script's hook)."""
    for node in el.iter():
        tag = node.tag
        if type(tag) is not str:
            continue
        if tag in rules.CONTROL_TAGS or (node.get("role") or "").lower() in rules.CONTROL_ROLES:
            return True
        if tag == "a" and _script_link(node):
            return True
        cls = node.get("class")
        if cls and any(w in rules.CONTROL_CLASS_WORDS for t in cls.split() for w in words(t)):
            return True
        if node is not el and (cls or node.get("id")) and push_named(_names(node)):
            return True
    return False
