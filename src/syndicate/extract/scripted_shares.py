"""Share controls a script drives: controls that load no page (``#``, an in-page
``#fragment``, ``javascript:``, a ``<button>``) are share controls as links to networks are.

Mixed share bars: links to networks beside share controls that load no page.

A share row often mixes the two: a Twitter intent link beside ``<a href="#" class="social
fb">`` that a script opens, or Facebook and Twitter sharer links beside an e-mail control
(``#shared-counts-email``) that opens an in-page form. The region walk counts the first
kind as social links and the second as named controls (a control that loads no page --
``#``, an in-page ``#fragment``, ``javascript:``, a ``<button>`` -- named by a network
token of its class, id, labels or icon: ``sharebars.network``); a bar of either kind alone
needs two of its own. Here the two counts are joined: the row is a bar when its controls,
counted together, are most of its links and name two networks (e-mail aside).

What is no share control stays out: a log-in button ("Sign in with Facebook"), a toggle
that opens a menu, a hidden template's control.

A link to an in-page dialog (``<a href="#modal-share">Artikel teilen</a>`` opening the
page's closed share window) loads no page either: ``share_buttons`` takes it as it takes a
``<button>`` labelled "Share" (``opens_dialog``).
"""

from __future__ import annotations

import re

from lxml import etree

from . import ctas
from .chrome_util import href_links, norm, text_content, text_stats
from .dialogs import hidden_overlay, is_dialog
from .element_hints import is_hidden
from .rules import chrome_patterns as chrome_rules
from .rules import regions as rules
from .rules.conversion import LOGIN_WORDS
from .sharebars import _SHARE_CONTROLS_BELOW, network

#: Page regions never taken as a bar themselves (a header holding the logo, a menu and icons).
_PAGE_REGIONS = frozenset({"body", "main", "article", "header", "footer"})
#: Attributes of a control that opens or closes a part of the page (a menu, a panel).
_TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-haspopup")
_WORD = re.compile(r"[^\W\d_]+")


def mixed_bar(el: etree._Element, n_named: int, n_links: int, n_social: int) -> str | None:
    """``share`` (or ``follow``) when ``el`` is a bar of ``n_social`` network links and
    ``n_named`` named share controls (``n_links``: its links with a target, the named
    controls not among them): both kinds together make 2+ controls, 60% of its controls,
    name 2+ networks (an e-mail control is no network), with little other text."""
    total = n_links + n_named
    if el.tag in _PAGE_REGIONS or total > chrome_rules.MAX_BAR_LINKS or n_social + n_named < 0.6 * total:
        return None
    if next(el.iter("h1"), None) is not None:
        return None  # (the story's title above its share row: the bar is below it)
    controls = [x for x in _SHARE_CONTROLS_BELOW(el) if network(x) is not None and _share_control(x)]
    if not controls:
        return None  # (every named control a log-in button, a toggle or hidden)
    named = {network(x) for x in controls}
    if len(named - rules.MAIL_WORDS) + n_social < 2:
        return None  # (one network and an e-mail icon: no bar)
    stats = text_stats(el, max_elements=300)
    if stats.truncated or stats.chars - stats.link_chars > chrome_rules.MAX_BAR_LOOSE_TEXT \
            or stats.link_chars > 40 * total:
        return None  # (a box of other things around a bar: headings, story links)
    kinds = [ctas.share_or_follow(a.get("href") or "") for a in href_links(el, chrome_rules.MAX_BAR_LINKS + 1)]
    # (a control that loads no page acts on this page: a share)
    return "follow" if kinds.count("follow") > kinds.count("share") + len(controls) else "share"


def _share_control(x: etree._Element) -> bool:
    """A named control that shares: shown, no toggle, no log-in ("Sign in with Facebook")."""
    if any(x.get(a) is not None for a in _TOGGLE_ATTRIBUTES):
        return False
    if any(is_hidden(node) for node in (x, *x.iterancestors())):
        return False
    label = " ".join(v for v in (x.get("class"), x.get("id"), x.get("aria-label"), x.get("title"),
                                 norm(text_content(x))[:60]) if v)
    ws = _WORD.findall(label.lower())
    pairs = {a + b for a, b in zip(ws, ws[1:], strict=False)}
    return LOGIN_WORDS.isdisjoint(ws) and LOGIN_WORDS.isdisjoint(pairs)


def opens_dialog(a: etree._Element) -> bool:
    """``a`` links to an in-page ``#id`` whose element is a dialog window (``dialogs``: a
    closed share window, a modal): a script opens it, no page loads. (A tree search: asked
    only of links whose label already names sharing.)"""
    href = (a.get("href") or "").strip()
    if len(href) < 2 or href[0] != "#" or '"' in href:
        return False
    target = next(iter(_BY_ID(a, id=href[1:])), None)
    return target is not None and (is_dialog(target) or hidden_overlay(target))


_BY_ID = etree.XPath("//*[@id=$id]")
