"""HTML comments that name the ad slot after them (``extract/ad_comments.py``).

The ad words themselves are ``ad_networks.AD_WORDS`` (en, de, es, pt, it, fr, nl) and the
sizes ``banner_ads.IAB_SIZES``: this table holds only what tells a slot's opening comment
from the other comments that mention ads.
"""

from __future__ import annotations

import re

#: Longer comments are commented-out markup, licences or notes, not a slot's name.
MAX_COMMENT_CHARS = 120
#: A comment starting so closes the box before it ("<!-- /ad -->", "<!-- .ad-wrap -->",
#: "<!-- #ad-top -->"): it names that box, not the one after it.
CLOSING_MARKS = ("/", ".", "#")
#: Words that make a comment a closing one wherever they stand ("<!-- Ad block END -->",
#: "google_ad_section_end", "Ende Werbung", "fin pub"); such a comment is ignored: the box
#: it names stands before it and is named by its opening comment too.
CLOSING_WORDS = frozenset({"end", "ende", "fin", "close", "closing", "stop", "eof", "ends", "ended"})
#: Words of comments that mention ads without naming a slot: a tracking or conversion tag
#: ("Global site tag (gtag.js) - Google Ads"), a plugin's note ("managing ads with Advanced
#: Ads", "AdRotate ... to display their advertisements"), an ad-blocker fix.
NOT_SLOT_WORDS = frozenset({
    "pixel", "tracking", "conversion", "conversions", "remarketing", "retargeting", "gtag",
    "analytics", "uet", "insight", "snippet", "meta", "managing", "using", "adblock",
    "adblocker", "blocker", "css", "style", "styles", "fix", "no", "without", "free",
})
#: A width x height size ("728x90", "300 x 250", "260*190", an ad server's "300,600").
#: (Not part of a longer number: "1,300,600" is none.)
SIZE = re.compile(r"(?<!\d)(?<!\d[,.])(\d{2,4}) ?[x×*,] ?(\d{2,4})(?!\d|[,.]\d)")
#: The words of a comment: letters and digits between anything else.
WORD = re.compile(r"[^\W_]+")
#: Tags never a slot a comment names: the page's regions, text-level and list elements,
#: scripts and frames (a frame is found by its source; a bare script is no box).
NOT_BOX_TAGS = frozenset({
    "header", "footer", "nav", "article", "main", "body", "html", "iframe", "template", "br",
    "hr", "link", "meta", "p", "a", "span", "b", "i", "em", "strong", "li", "ul", "ol", "tr",
    "td", "th", "table", "tbody", "h1", "h2", "h3", "h4", "h5", "h6", "img", "script", "style",
    "noscript", "form", "input", "button", "label", "textarea", "select", "figure", "figcaption",
})
#: Parents that put a box inside the body text (an empty span in a paragraph): no slot.
TEXT_PARENTS = frozenset({
    "p", "a", "span", "b", "i", "em", "strong", "small", "label", "button", "h1", "h2", "h3",
    "h4", "h5", "h6", "blockquote", "figcaption", "q", "cite",
})
