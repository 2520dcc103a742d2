"""Offer lists taken for related blocks (``extract/offer_lists.py``): their size and the
page types of a shop's product page."""

from __future__ import annotations

#: An offer list holds at least this many cards (one priced card is a product box, not a list)...
MIN_CARDS = 2
#: ...and at most this many (a shop's grid of products is a listing page, no sidebar box).
MAX_CARDS = 12
#: Levels looked down for the level where the block's links part into cards (a widget's
#: wrapper, its list, the list's entries).
MAX_CARD_DEPTH = 6
#: A card's text is at most this long (a price in a long text is a story's figure).
MAX_CARD_CHARS = 400
#: A price stands alone: an element of at most this many children whose text, at most this
#: long, holds it ("19,99 €", "$38.24 USD"; a headline's "$20k" is no price).
MAX_PRICE_CHILDREN = 2
MAX_PRICE_CHARS = 24
#: ``og:type`` values of a product page.
PRODUCT_OG_TYPES = frozenset({"product", "og:product", "product.item", "product.group"})
#: schema.org item types of a product page (``itemtype`` or JSON-LD ``@type``).
PRODUCT_TYPES = frozenset({"Product", "ProductGroup", "IndividualProduct", "ProductModel"})
