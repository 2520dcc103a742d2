"""Tables of ``lone_follows``: one icon linking to a social profile, standing alone in chrome."""

from __future__ import annotations

#: Levels climbed from the icon's link to the box holding it and nothing else (a footer's
#: ``div.social > ul > li > a``).
BOX_CLIMB = 4
#: Most characters of visible text in that box (a "Follow us" label beside the icon).
MAX_BOX_TEXT = 40
#: Where the climb stops: the page's regions are no widget's box, even holding one link.
NOT_BOX = frozenset({"html", "body", "main", "article", "header", "footer", "nav", "td", "tr", "table", "tbody", "form",
                     "button"})
#: Most links of a row of icons only (``_icon_row``): more is a menu or a column, no row.
MAX_ICON_ROW = 12
#: Levels above the icon searched for an author card (``_author_card``).
AUTHOR_CLIMB = 10
#: Most links of an author card (its name, its page, a few profiles).
MAX_CARD_LINKS = 8
