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

#: A channel row (``channel_rows.channel_row``): at most this many links, at least
#: ``MIN_CHANNELS`` channels, and channels at least ``MIN_CHANNEL_SHARE`` of the links (a menu of
#: "Newsletter · RSS · Contact · Shop" is none).
MAX_CHANNEL_LINKS = 12
MIN_CHANNELS = 2
MIN_CHANNEL_SHARE = 0.6
#: Levels a list of other links beside two channels is looked down for the part holding them.
CHANNEL_DEPTH = 4
#: The words of one link of a channel row at most ("RSS-Feed", "Follow us on Twitter"), and its
#: loose words beside each link (an emoji, a separator) at most.
MAX_CHANNEL_LABEL = 4
MAX_CHANNEL_LOOSE = 3
#: Words one of the links below holds (lower case): one search rejects most links.
CHANNEL_HINT = re.compile(r"feed|rss|atom|\.xml|/@|newsletter")
#: A profile on a fediverse server of any host ("https://example.social/@name").
FEDIVERSE_HREF = re.compile(r"^(?:https?:)?//[^/?#]+/@[^/?#@]+/?$", re.IGNORECASE)
#: The site's newsletter page (a path segment "newsletter(s)": "/newsletter", "/newsletters/").
NEWSLETTER_HREF = re.compile(r"/newsletters?(?:[/?#]|$)", re.IGNORECASE)
#: A feed of comments, not of the site's posts.
COMMENT_FEED = re.compile(r"comment", re.IGNORECASE)
