from _dsl import *
FILE="trafilatura-eval/html/de.happycoffee.org.sidamo.html.gz"
# Happy Coffee (Shopify shop) product page 'Happy Coffee SIDAMO Bio Bohnen'. Header: mobile header (shipping promo
# bar, menu, search, cart, hidden mobile menu) and desktop header (same promo bar, social icons, support e-mail,
# cart dropdown, login, main nav, search). Product section: prev/next product arrows, gallery, title with Judge.me
# star badge ('40 reviews'), price, description table (Aroma, Herkunft, Prozess ... - body), 'Röstempfehlung' lightbox
# link, purchase form (variants, one-off vs. 'Im Abo kaufen & sparen', add to cart), Judge.me 'Customer Reviews'
# widget, then the long description paragraph; below, two image+text blocks ('Aus fairem Direkthandel',
# 'Frisch geröstet': shop text, kept as body) and a 'Kaffee Abo' banner. Footer: logo + social icons, menus
# (Informationen, Zubehör Tests, Unsere Kaffees), empty AUSGEZEICHNET.ORG seal, mobile social icons, credits and
# payment icons. Hidden roast-recommendation lightbox (content). No ads (GTM noscript iframe only).
# Not labelled: menus (incl. 'Kaffee Abo' menu items, footer 'Zubehör Tests' and 'Unsere Kaffees' link menus),
# search, cart dropdown, login, support e-mail menu item, gallery, price, lightbox link, the roast lightbox,
# payment icons, empty mega-menu container.
PS="/html/body/div[3]/div[1]/div[2]/div/div/div[1]"
FT="/html/body/div[4]/footer/div"
related=[
 R("/html/body/div[3]/div[1]/div[1]/div/div", None, 2, "before", note="'Vorheriges | Nächstes' previous/next product arrows above the product"),
]
ctas=[
 C("other", "3€ Versand nach Deutschland | 6,90€ nach Europa", "outside", "/html/body/div[1]/header[2]/div/div[1]", amb=True, note="closable shipping promo bar at the top of the desktop header"),
 C("other", "3€ Versand nach Deutschland | 6,90€ nach Europa", "outside", "/html/body/div[1]/header[1]/div[1]", amb=True, note="same shipping promo bar in the mobile header"),
 C("follow", "", "outside", "/html/body/div[1]/header[2]/div/div[2]/ul[1]", note="header social icons (Facebook, YouTube, Pinterest, Instagram, e-mail)"),
 C("comments", "40 reviews", "before", PS+"/div[2]/div[1]", amb=True, note="Judge.me star rating badge with review count under the product name"),
 C("other", "Einzelkauf: Im Abo kaufen & sparen (10%)", "inline", PS+"/div[2]/div[4]", amb=True, note="the shop's purchase form (variants, one-off or subscription, quantity, 'In den Warenkorb') after the description table"),
 C("comments", "Customer Reviews Based on 40 reviews Write a review", "inline", PS+"/div[4]", note="Judge.me 'Customer Reviews' widget (summary, 'Write a review', 5 reviews, pagination) before the long description paragraph"),
 C("other", "Jetzt mit 10% Dauerrabatt Mit dem Kaffee Abo Mehr als 450 aktive Nutzer jeden Monat Mehr erfahren", "after", "/html/body/div[3]/div[2]/div[4]", note="full-width 'Kaffee Abo' (coffee subscription) banner with 'Mehr erfahren' button below the product text"),
 C("follow", "", "outside", FT+"/div[1]/div[2]", note="footer social icons under the logo"),
 C("follow", "", "outside", FT+"/div[6]", amb=True, note="mobile copy of the footer social icons"),
 C("other", "AUSGEZEICHNET.ORG", "outside", FT+"/div[5]", amb=True, note="AUSGEZEICHNET.ORG rating seal container in the footer (filled by script)"),
]
ads=[]
