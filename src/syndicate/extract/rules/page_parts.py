"""The page's own header and footer, and the text's closing line, as data for
``extract/page_parts.py`` (placement)."""

from __future__ import annotations

import re

#: The page's header or footer in the article's row holds at least this many links (the
#: site's links; a post's own footer row holds a few): what stands beyond it is page-level
#: (a pixel or interstitial slot after the footer, an announcement bar before the header).
MIN_FOOTER_LINKS = 5
#: Words of a name saying a header/footer is a post's own ("post-footer", "entry-header").
STORY_WORDS = frozenset({"article", "post", "entry", "story"})
#: Items between the text and a last block of at most this many characters that is no line
#: of the text ("Comments are closed.") are ``after`` the text.
TAIL_CHARS = 250
#: ...and so are items between the text and a box of its last blocks apart from the text (an
#: author box, "About the contributor", a disclosure) holding at most this many characters.
TAIL_BOX_CHARS = 1000
#: An inline style fixing a box to the window or keeping it in view while the page scrolls
#: (``extract/floating.py``): a layer over the page or beside it, not in its flow.
FLOATING_POSITION = re.compile(r"(?:^|;)\s*position\s*:\s*(?:fixed|sticky)\b", re.IGNORECASE).search
#: Positioning classes doing the same (Bootstrap's, Tailwind's): whole class tokens.
FLOATING_CLASSES = frozenset({
    "fixed", "sticky", "fixed-top", "fixed-bottom", "sticky-top", "sticky-bottom", "position-fixed",
    "position-sticky"})
#: A page footer's names besides "footer" (``extract/placement.py``, as region words): the
#: short form and other languages' (fr "pied" de page, de "Fuß"/"Fusszeile", it "piede", pt
#: "rodapé", pl "stopka"); an article's own ("entry-foot") is its part, as "post-footer" is.
FOOT_WORDS = frozenset({"foot", "pied", "fuss", "fusszeile", "piede", "rodape", "stopka"})
