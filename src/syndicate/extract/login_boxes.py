"""A log-in control or panel alone is no call to action.

"Log in", "Sign in | My account", "Anmelden": a box whose whole text is the account's
door asks nothing of a reader who is not yet one (no subscription, no sign-up), and a
panel headed by such a label (a "Log in" heading over the e-mail and password fields, or
over the ways to log in) is the door opened: both are the site's navigation, whatever
their class or the rule that found them says. A prompt opening the box ("Already a
subscriber? Log in", "Log in to comment") or a label that is a button ("Sign in"
beside "Subscribe") keeps it a CTA.
"""

from __future__ import annotations

import re

from lxml import etree

from ..model import CallToAction
from . import ctas
from .chrome import Found
from .chrome_util import NO_TEXT, tag_of, visible_text
from .rules.conversion import LOGIN_ACCOUNT_WORDS, LOGIN_WORDS

#: A log-in word in a CTA's label (the gate before reading its box word by word).
_LOGIN_STEM = re.compile(r"(?i)log\s*(?:[io]n|out)|sign\s*(?:in|out)|a[nb]meld|einlogg|connex|connect|identif|iniciar|acce[dsn]|entrar|inlog|zaloguj")
#: Kinds never a log-in door: a comment form asks to log in to comment, and a sign-up's
#: button may say "Anmelden" ("sign up" as well as "log in" in German).
_NOT_DOORS = frozenset({"comments", "newsletter"})
#: Words of a label (letters, in any script).
_WORD = re.compile(r"[^\W\d_]+")
#: Longest text read as a label: a few words.
_MAX_CHARS = 40
#: Characters of a box read to tell (raw, whitespace and markup indentation included).
_READ_CHARS = 400
#: Elements whose text is a label heading a panel (an action's is the action's).
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "legend", "header"})
#: Elements read for the panel's first text at most (its opening lines).
_MAX_READ = 40


def login_only(f: Found) -> bool:
    """``f`` is a CTA whose box's whole text is a log-in label (an account word beside it),
    or a panel opening with a log-in label as its heading (module doc)."""
    item = f.item
    if not isinstance(item, CallToAction) or item.kind in _NOT_DOORS:
        return False  # (a comment form's "log in to comment"; a sign-up's "Anmelden")
    if not item.text or _LOGIN_STEM.search(item.text) is None:
        return False  # (cheap: no log-in word in the CTA's label, most boxes)
    if ctas.email_form(f.element):
        return False  # (an e-mail field to fill: a sign-up, "Anmelden" is its button)
    text = visible_text(f.element, limit=_READ_CHARS)
    if len(text) <= _MAX_CHARS and login_label(text):
        return not _network_links(f.element)
    head = _first_text(f.element)
    return head is not None and login_label(head)


def _network_links(el: etree._Element) -> bool:
    """``el`` holds a link to a social network (a bar of profiles beside the log-in link:
    the bar's rule judges it)."""
    return any(ctas.share_or_follow(a.get("href") or "") is not None for a in el.iter("a"))


def login_label(text: str) -> bool:
    """``text`` is a log-in label: log-in words ("log in", "Anmelden"), with account words
    beside them ("my account", "or register") and nothing else."""
    ws = [w.lower() for w in _WORD.findall(text)]
    login = False
    i = 0
    while i < len(ws):
        if ws[i] in LOGIN_WORDS:
            login, i = True, i + 1
        elif i + 1 < len(ws) and ws[i] + ws[i + 1] in LOGIN_WORDS:
            login, i = True, i + 2
        elif ws[i] in LOGIN_ACCOUNT_WORDS:
            i += 1
        else:
            return False
    return login


def _first_text(el: etree._Element) -> str | None:
    """The first visible text inside ``el`` when a heading or line holds it (not a link, a
    button or a field's label: an action's label is no panel's heading); None otherwise."""
    budget = [_MAX_READ]
    found = _first_in(el, el, budget)
    return found or None


def _first_in(node: etree._Element, top: etree._Element, budget: list[int]) -> str | None:
    """``_first_text`` below ``node``: the text, "" when an action holds it, None when none."""
    budget[0] -= 1
    if budget[0] < 0:
        return ""
    tag = tag_of(node)
    if tag in NO_TEXT:
        return None
    if node.text and node.text.strip():
        return node.text if tag in _HEADING_TAGS and not _in_action(node, top) else ""
    for child in node:
        if isinstance(child.tag, str):
            got = _first_in(child, top, budget)
            if got is not None:
                return got
        if child.tail and child.tail.strip():
            return child.tail if tag in _HEADING_TAGS and not _in_action(node, top) else ""
    return None


def _in_action(node: etree._Element, top: etree._Element) -> bool:
    """``node`` or an ancestor below ``top`` is a link, a button or a label."""
    x: etree._Element | None = node
    while x is not None and x is not top:
        if tag_of(x) in _ACTIONS:
            return True
        x = x.getparent()
    return False


#: Elements whose text is an action's label.
_ACTIONS = frozenset({"a", "button", "label", "summary"})
