"""Boxes the page names a call to action (``extract/cta_names.py``)."""

from __future__ import annotations

from .conversion import CTA_WORDS, NOT_CONVERSION_WORDS
from .offer_boxes import NAV_PATH_WORDS

#: Class/id words naming a call to action, as a word of a compound name too: a CSS module's
#: ``Header_falcCta__bzGq2``, BEM's ``c-cta-v2``, ``footer-cta-container`` (``classtokens.words``).
NAME_WORDS = CTA_WORDS | {"calltoaction"}
#: A named box holds one action: one or two links (a button and the link of its blurb).
MAX_LINKS = 2
#: A box whose class value stands this many times or more in its ancestor ``REPEAT_CLIMB``
#: levels up is a card of a listing (a shop grid's "Buy" boxes, a comparison's "See pricing"
#: cells, a row of onward links).
REPEATED = 3
REPEAT_CLIMB = 3
#: Its links' labels are short (a button's label, no headline).
MAX_LABEL_WORDS = 6
#: Target path words of no ask: log-in, help, listing and author pages (``offer_boxes``' too:
#: a "View all" to /topics/), and a shop's cart and checkout (a cart drawer's "View cart" is
#: the shop's own chrome), in several languages.
#: (Not "page", "section", "about" and the account words of ``NAV_PATH_WORDS``: words of a
#: landing page's slug too, "/coaching-overview-page/".)
NOT_TARGET_WORDS = NOT_CONVERSION_WORDS | (NAV_PATH_WORDS - {
    "page", "section", "sections", "about", "label", "user", "profile", "editorial", "methodology",
}) | frozenset({
    "cart", "checkout", "basket", "warenkorb", "kasse", "panier", "carrito", "carrello", "winkelwagen", "koszyk",
})
#: Kinds a prompt's words name that need their own controls (a share bar's network links, a
#: profile's icons, a comment form, a text to unfold): in a named box's prompt they are
#: its topic ("Share your story"), not its kind.
NOT_PROMPT_KINDS = frozenset({"share", "follow", "comments", "read_more"})
