"""Related boxes the page ships empty and a script fills (``extract/unfilled_boxes.py``).

The box's class or id names it a related block (tokens, ``classtokens``: never substrings);
its HTML holds no story link yet, at most its heading. These tables say which names count,
which names say it is something else (a shop's products, a search, a control), and which
marks show that the page fills it.
"""

from __future__ import annotations

#: Class/id words naming a box of the site's other stories, in many languages (``classtokens``
#: patterns: a prefix starts a word, a word run is whole words in a row).
RELATED_NAMES: dict[str, tuple[str, ...]] = {
    "prefix": (
        "related", "recommend", "recirc",  # en ("relatedposts", "recommendations", "recirculation")
        "verwandt", "empfehl", "aehnlich",  # de
        "recommand", "similaire",  # fr
        "relacionad", "recomend", "similar",  # es / pt
        "correlat", "consigliat",  # it
        "gerelateerd", "aanbevol",  # nl
        "podobn", "polecan",  # pl
    ),
    "word": (
        "more-stories", "more-articles", "more-news", "more-posts", "most-read", "mostread",
        "most-popular", "mostpopular", "popular-posts", "popular-articles", "top-stories",
        "read-next", "readnext", "you-may-like", "you-might-like", "meistgelesen",
    ),
}
#: ...unless a word of the same name says what else it is: products of a shop, a search,
#: a control or a picture of one card.
NOT_STORY_WORDS: frozenset[str] = frozenset({
    "product", "products", "produkt", "produkte", "producto", "productos", "produit", "produits",
    "cart", "shop", "search", "searches", "toggle", "button", "btn", "img", "image", "icon",
    "label", "count", "counter",
})
#: ...and the ends of glued names that say the same ("relatedproducts", "recommendedproducts").
NOT_STORY_ENDS: tuple[str, ...] = ("products", "produkte", "productos", "produits", "product")
#: Class words of a box waiting for its content: shown while the script loads it.
LOADING_WORDS: frozenset[str] = frozenset({
    "loading", "loader", "placeholder", "skeleton", "lazy", "lazyload", "spinner", "mount",
})
#: Attribute name starts of a script's template bindings: Vue (``v-for``, ``:href``),
#: Angular (``ng-repeat``, ``*ngFor``), Alpine (``x-for``) and ``data-*`` settings.
BINDING_PREFIXES: tuple[str, ...] = ("data-", "v-", ":", "ng-", "*ng", "x-", "@")
#: Tags that a script fills when they stand empty (no child element, no text).
FILLED_TAGS: frozenset[str] = frozenset({
    "ul", "ol", "div", "section", "article", "aside", "a", "h2", "h3", "h4", "h5", "h6",
})
#: A box holds at most this many elements (an empty box is small; a column is not).
MAX_ELEMENTS = 60
