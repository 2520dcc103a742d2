"""A shop's cart panels (``chrome_guards.in_cart``): the drawer, pop-up or mini-cart showing
what the reader has put in the basket ("Just added to your cart", "Add a discount code",
"View cart"). The shop's own machinery, no ask of the page's: no CTA, whatever its buttons
say.
"""

from __future__ import annotations

#: Class/id/tag words naming a cart or basket (whole words of a name, several languages).
CART_WORDS = frozenset({
    "cart", "carts", "minicart", "basket", "minibasket", "shoppingcart", "shoppingbag",
    "warenkorb", "panier", "carrito", "carrello", "winkelwagen", "winkelmand", "koszyk",
    "carrinho", "kosik", "varukorg", "handlekurv", "indkobskurv", "ostoskori",
})
#: Words beside a cart word naming a product's buy box ("add-to-cart", "buy-cart"), no panel.
BUY_WORDS = frozenset({"add", "addtocart", "atc", "buy", "product"})
#: Levels above a CTA where a box named for the cart is looked for (a drawer's body, its
#: add-on panel, the coupon field in it).
CART_CLIMB = 4
#: Tags the climb stops at: the page's regions (a header's cart icon stands beside its menu,
#: a shop theme's ``<body>`` class names the cart on every page).
CART_STOP = frozenset({"html", "body", "main", "article", "header", "nav", "footer"})
#: The opening of a notice that something went into the cart (lower-cased text starts; the
#: pop-up's own markup may name only "atc", "added"...).
ADDED_STARTS: tuple[str, ...] = (
    "added to your cart", "added to cart", "just added to your cart", "added to your basket",
    "added to basket", "added to your bag", "item added to", "zum warenkorb hinzugefügt",
    "in den warenkorb gelegt", "ajouté au panier", "ajouté à votre panier", "añadido al carrito",
    "agregado al carrito", "añadido a tu carrito", "aggiunto al carrello", "toegevoegd aan je winkelwagen",
    "toegevoegd aan winkelwagen", "dodano do koszyka", "adicionado ao carrinho",
)
