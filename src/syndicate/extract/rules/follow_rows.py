"""Follow rows: links that sit among a site's profile links without being profiles.

A row of "follow us" icons often ends with the site's own feed and a mail address
("Facebook Instagram Twitter E-mail RSS"); those links neither make a row a follow bar nor
break one (``follow_rows.row_aside``).
"""

from __future__ import annotations

import re

#: Words one of the links below holds (lower case): one search rejects most links.
ASIDE_HINT = re.compile(r"mailto:|feed|rss|atom|\.xml")
#: A plain e-mail address (a share-by-mail link is ``mailto:?subject=...``, a share link).
MAIL_HREF = re.compile(r"^mailto:[^?\s]", re.IGNORECASE)
#: A feed: a ``feed:`` link, a host named for feeds ("feeds.example.com"), or a path ending in
#: a feed's name or file ("/feed/", "/rss", "/atom.xml", "/ticker/index.xml", "?feed=rss2").
FEED_HREF = re.compile(
    r"^(?:feed:|(?:https?:)?//(?:feeds?|rss)\.)|"
    r"/(?:feed|rss|rss2|atom)/?(?:[?#]|$)|\.(?:rss|xml|atom)(?:[?#]|$)|[?&]feed=",
    re.IGNORECASE,
)
#: A row of at least this many accounts on one network and no other is a row of people
#: (contributors, writers), no follow bar (a publisher has two or three channels on one).
MIN_PEOPLE_ROW = 4
