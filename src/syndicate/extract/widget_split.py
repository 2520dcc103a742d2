"""A page region holding several widgets side by side (a footer column's follow icons beside
its newsletter sign-up form): each widget is judged alone, not the region as one.

A footer or side column often sets the site's profile icons and a sign-up form in one box.
Read whole, the form is swallowed by the bar: the chrome pass grows a bar from its links
(``ctas.bar_of_link``, ``ctas.with_prompt``) or takes a box named for the icons
("footer-social-container"), the region pass a box whose links are mostly social links.
Each asks here: a form or an action button ("Subscribe" without a link: ``action_button``)
beside the bar stops the climb (``form_beside``), a child holding a form or field, or such a
button, is no prompt of the bar (``holds_control``, ``action_button``), a box named for a bar holding a
sign-up form is two widgets (``sign_up_in``), a box whose social links stand in one child
beside another child's action and prompt is two widgets (``action_beside_bar``).
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from .chrome_text import classify_short
from .chrome_util import norm
from .rules import regions as rules

#: Levels looked down through wrappers holding every social link of the box.
_DEPTH = 4


def action_beside_bar(el: etree._Element, n_social: int, social: Counter[etree._Element],
                      links: Counter[etree._Element], actions: set[etree._Element]) -> bool:
    """``el``'s social links all stand in one child, and a sibling of that child holds a form
    or button, no link, and a prompt of its own ("Get our weekly newsletter" and its form
    beside the icons): the bar and the sign-up are two widgets, each judged next.
    ``social``/``links``/``actions``: the page's counts (``RegionJudge``)."""
    node = el
    for _ in range(_DEPTH):  # (down through wrappers holding every social link)
        bar = None
        for c in node:
            if social.get(c, 0) == n_social:
                bar = c
                break
        if bar is None:
            return False
        for c in node:
            if c is not bar and c in actions and not links.get(c, 0) \
                    and len(norm(c.text_content())) >= rules.MIN_PROMPT_CHARS:
                return True
        node = bar
    return False


#: Fields a reader fills in a sign-up form (a search box has "search", a log-in "password").
_SIGN_UP_FIELDS = frozenset({"email", "text", "tel"})
#: Controls no prompt holds: a box beside a bar holding one is a widget of its own (a button
#: may be a heading's own toggle: "Follow" opening a footer accordion).
_CONTROLS = ("form", "input", "select", "textarea")


def sign_up_in(box: etree._Element) -> bool:
    """``box`` (named a share/follow bar) holds a form asking an e-mail address or a name,
    no link to a network inside the form: a sign-up beside the bar ("footer-social-container":
    the icons and "Get our weekly newsletter" with its form), two widgets, each found
    inside it. A search form (its one field typed ``search`` or named so) is none."""
    for form in box.iter("form"):
        types = {(i.get("type") or "text").lower() for i in form.iter("input")}
        if "password" in types or not types & _SIGN_UP_FIELDS:
            continue
        if "search" in f"{form.get('role') or ''} {form.get('action') or ''} {form.get('class') or ''}".lower():
            continue
        if not any(a.get("href") and ctas_link(a.get("href") or "") for a in form.iter("a")):
            return True
    return False


def holds_control(el: etree._Element) -> bool:
    """``el`` holds a form or a form control: an action of its own, no prompt of a bar beside it."""
    return next(el.iter(*_CONTROLS), None) is not None


def ctas_link(href: str) -> bool:
    """A link to a social network (``ctas.share_or_follow``; imported late: ``ctas`` uses
    this module)."""
    from .ctas import share_or_follow
    return share_or_follow(href) is not None


def form_beside(parent: etree._Element, node: etree._Element) -> bool:
    """A child of ``parent`` other than ``node`` holds a form or an action button of another
    kind: ``parent`` is more than the bar ``node`` climbs from (a footer column's icons and
    its sign-up form, or its "Subscribe" button, beside them)."""
    return any(c is not node and (next(c.iter("form"), None) is not None or action_button(c)) for c in parent)


#: Kinds of a button that stands beside a bar as a widget of its own (a bar's own "Share" or
#: "Follow us" toggle is the bar's).
_BAR_KINDS = frozenset({"share", "follow"})


def action_button(el: etree._Element) -> bool:
    """``el`` holds a button or a link without a target (its script or a later fill sends
    the reader on), at most ``_BUTTON_WORDS`` words that ask to act in a kind other than the
    bar's ("Subscribe", "Newsletter"; ``chrome_text``)."""
    for x in el.iter("a", "button"):
        if x.get("href"):
            continue
        text = norm(x.text_content())
        if text and text.count(" ") < _BUTTON_WORDS:
            found = classify_short(text)
            if found is not None and found[0] == "cta" and found[1] not in _BAR_KINDS:
                return True
    return False


#: Words at most of a button's label.
_BUTTON_WORDS = 4
