"""Links that may stand in a row of profile links: the site's feed and its mail address; and
the row of profile links that is no follow row (``people_row``).

``ctas.bar_of_link`` grows a share/follow bar over ancestors holding only social links; a
feed or a plain mail address beside the profiles ("Facebook Instagram Twitter E-mail RSS")
is part of such a row, so it neither stops the climb nor counts toward the bar's two links.
"""

from __future__ import annotations

from .rules import follow_rows as rules

#: What ``row_aside`` answers for such a link (a kind no bar is of).
ASIDE = "aside"


def row_aside(href: str) -> str | None:
    """``ASIDE`` for a link to a feed or a plain e-mail address, else None."""
    low = href.lower()
    if not rules.ASIDE_HINT.search(low):
        return None  # (most links: no feed or mail word at all)
    href = href.strip()
    if rules.MAIL_HREF.match(href) or rules.FEED_HREF.search(href):
        return ASIDE
    return None


#: At least this many accounts on one network and no other: a row of people.
MIN_PEOPLE_ROW = rules.MIN_PEOPLE_ROW


def profile_address(href: str) -> tuple[str, str]:
    """A profile link's network (its host, lower case, without "www.") and account (its path,
    lower case, without query or slashes around it)."""
    host, _, path = href.strip().partition("//")[2].partition("/")
    return host.lower().removeprefix("www."), path.partition("?")[0].strip("/").lower()


def people_row(profiles: list[tuple[str, str]]) -> bool:
    """The profile links (``profile_address`` of each) are many accounts on one network and
    no other: a row of people (a project's contributors, a list of writers), not the site's
    own profiles, which go to one account on each of its networks (a few on one: a
    publisher's channels)."""
    if len(profiles) < rules.MIN_PEOPLE_ROW or any(host != profiles[0][0] for host, _ in profiles):
        return False
    return len({account for _, account in profiles}) >= rules.MIN_PEOPLE_ROW
