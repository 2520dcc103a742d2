"""A subscription to a channel on a network is a follow CTA.

"Subscribe to AppleInsider on YouTube", a Google News "Subscribe" badge under the byline,
"THE POINT -- now on YouTube!": the box's words name a subscription, so the rule that found
it called it ``subscribe``, the kind of a paid subscription to the site. Its links say
otherwise: every one goes to a profile on a network (``ctas.share_or_follow``: ``follow``),
or its label names the network it leads to ("Subscribe on Spotify", through the site's own
redirect: ``rules.bar_kinds.CHANNEL_LABEL``), and subscribing to a channel is following it. A paid subscription leads to the site's own
offer page, a sign-up form or a checkout, never only to a network.

Read once the page's items are final (a box merged from pieces keeps its extent): only the
few items of kind ``subscribe``, only their links.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm
from .ctas import share_or_follow
from .rules import bar_kinds as rules

#: Links of a box read (a subscription box has a few).
_MAX_LINKS = 24
_CHANNEL_LABEL = re.compile(rules.CHANNEL_LABEL).search


def channel_follows(found: list[Found]) -> list[Found]:
    """``found`` with each ``subscribe`` CTA whose links all follow a network profile made
    ``follow`` (in place)."""
    for f in found:
        item = f.item
        if type(item) is CallToAction and item.kind == "subscribe" and channel_only(
                f.report if f.report is not None else f.element):
            item.kind = "follow"
    return found


def channel_only(box: etree._Element) -> bool:
    """``box`` links to profiles on a network only, one or more (its jumps aside), by their
    targets or their labels."""
    n = 0
    for a in islice(box.iter("a"), _MAX_LINKS):
        href = a.get("href")
        if not href or href.startswith("#"):
            continue
        if share_or_follow(href) != "follow" and _CHANNEL_LABEL(norm(a.text_content()).lower()) is None:
            return False
        n += 1
    return n > 0
