"""Announcement bars above the article (``extract/promo_boxes.py``): their size and names."""

from __future__ import annotations

#: An announcement bar above the article (``promo_boxes.top_bar``): one sentence of this
#: many characters and words...
MIN_BAR_TEXT = 25
MAX_BAR_TEXT = 220
MIN_BAR_WORDS = 4
#: ...in a strip named by one of these class/id words (whole words; a header's other lines
#: are a motto, a byline, a disclosure).
PROMO_BAR_WORDS = frozenset({
    "promo", "promobar", "announcement", "announcements", "notification", "notifications",
    "hellobar", "pencil", "sitewide",
})  # ("alert", "notice": a site's notices, "topbar": its utility links)
