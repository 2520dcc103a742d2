"""Follow widgets drawn by a network's or a blog platform's script (``follow_embeds``)."""

from __future__ import annotations

import re

#: Frame addresses worth a closer look: a network's plugin path (one cheap search).
FRAME_HINT = re.compile(r"plugins/|follow_button|subscribe_widget", re.IGNORECASE)
#: Facebook's page plugin, like box and follow button, the profile in ``href=``.
PROFILE_FRAME = re.compile(
    r"facebook\.com/(?:v[\d.]+/)?plugins/(?:page|likebox|like_box|follow)\.php\?(?:[^#]*?[?&;])?href=([^&#]+)",
    re.IGNORECASE)
#: Follow buttons naming their profile otherwise: X's follow button, YouTube's subscribe button.
FOLLOW_FRAME = re.compile(
    r"platform\.twitter\.com/widgets/follow_button\.html\?[^#]*screen_name=\w|"
    r"youtube\.com/subscribe_widget\?[^#]*(?:p|channel|channelid)=\w",
    re.IGNORECASE)
#: Wrappers holding only the frame climbed to find its box.
FRAME_CLIMB = 3
#: Class tokens (whole, all of them) of a blog platform's followers gadget.
FOLLOWER_GADGETS = (("widget", "Followers"),)
#: Their last tokens, one search over a class string rejecting the others.
GADGET_HINT = re.compile("|".join(re.escape(g[-1]) for g in FOLLOWER_GADGETS))
#: ...which holds no more text than a title.
MAX_GADGET_TEXT = 60
#: ...and few elements (its script fills it).
MAX_GADGET_ELEMENTS = 80
#: Class tokens X's widget script turns into a follow widget: a timeline or a follow
#: button, the profile in the link's ``href`` (any site embedding X writes them so).
EMBED_LINK_CLASSES = frozenset({"twitter-timeline", "twitter-follow-button"})
