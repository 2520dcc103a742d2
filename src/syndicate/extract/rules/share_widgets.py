"""Share widgets that a script fills (``extract/share_widgets.py``), as data."""

from __future__ import annotations

#: Class words of third-party share widgets whose container is empty until a script runs
#: (AddThis, AddToAny, ShareThis, Shareaholic, Shariff, Gigya, Heateor, Easy Social Share,
#: Simple Share Buttons, Jetpack's sharedaddy): matched on the words of a class token.
SHARE_WIDGET_WORDS = frozenset({
    "addthis", "a2a", "addtoany", "sharethis", "shareaholic", "shariff", "gigya", "heateor",
    "essb", "ssba", "sharedaddy", "jiathis", "bshare",
})
#: ...but not a like button (Jetpack's likes widget is named ``sharedaddy`` too), a float
#: clearer or a bare share counter: class words that make a box no share widget.
NOT_WIDGET_WORDS = frozenset({"like", "likes", "clear", "clearfix", "count", "counter", "counts"})
#: ``data-*`` attributes telling a share widget which page to share: their name ends in one
#: of these, their value is a URL or a share scheme.
SHARE_DATA_SUFFIXES = ("url", "href", "link", "permalink")
SHARE_DATA_VALUES = ("http://", "https://", "//", "whatsapp:", "mailto:", "fb-messenger:")
#: A script-filled share box holds at most this much text (a "Share it!" prompt) and this
#: many elements.
MAX_WIDGET_TEXT = 40
MAX_WIDGET_ELEMENTS = 80
