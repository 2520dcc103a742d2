from _dsl import *
FILE="wcxb/html/4799.html.gz"
# KeebsForAll (Shopify store, Impact-style theme) blog post 'Top 7 Hot-Swappable Mechanical Keyboards for Beginners':
# drawer/popover <template>s (empty shells); scrolling announcement bar ('FREE SHIPPING ... ABOVE $70' linking to
# accessories + 'CLICK HERE TO JOIN THE KFA DISCORD SERVER', repeated marquee copies); header (menu, search, category nav,
# logo, Search / Login / Cart); mobile navigation drawer; hidden cookie bar; cart drawer ('Your cart is empty / Continue
# shopping'); search drawer; article banner (h1, date, author); text with many in-line product/collection links, tables,
# 'Next up: ...' lines without links, a stray 'sbb-itb-...' h6 marker and, closing the prose, an h2 'Related posts' with
# a list of 4 blog posts; 'Share' button + Facebook / Twitter / Pinterest / e-mail links; 'Reading next' (2 post cards);
# 'Leave a comment' form; footer (newsletter form, 'Useful Pages' menu, About text, 'Contact Us' text block, social icons,
# copyright); three empty Shopify app-block mounts at the end of body.
# Not labelled: <template> shells, header menus and icons, navigation drawer (its social icons aside), cookie bar, cart
# and search drawers (shop/site utilities), in-text product and collection links (ordinary links in sentences, no buttons
# or boxes), 'Next up:' lines (no link), footer 'Useful Pages' menu and About text, empty app-block mounts (no name or
# configuration saying what they hold). No ad slots: no ad markup or ad scripts.
A_="/html/body/main/section/div/div[2]"
PR=A_+"/div[1]/div[1]"
AB="/html/body/aside/height-observer/div/marquee-text/span[1]"
FB="/html/body/main/footer/div/div/div/div[1]"
related=[
 R(PR+"/ul[11]", "Related posts", 4, "after", note="h2 'Related posts' + list of 4 blog posts closing the prose (budget keyboards, stabilizer issues, PBT vs ABS, beginner's guide); not in the wcxb ground truth; no container of its own, so the list (9.1)"),
 R(A_+"/div[2]", "Reading next", 2, "after", note="'Reading next' article navigation with 2 post cards (keyboard sizes, beginner's guide)"),
]
ctas=[
 C("other", "FREE SHIPPING ON SELECTED IN STOCK ORDERS ABOVE $70 WITHIN USA! CLICK HERE TO JOIN THE KFA DISCORD SERVER", "outside", "/html/body/aside", note="scrolling announcement bar: free-shipping shop promo + 'join the KFA Discord server' (two asks, convention 4 / 9.2)"),
 C("other", "FREE SHIPPING ON SELECTED IN STOCK ORDERS ABOVE $70 WITHIN USA!", "outside", AB+"/p[1]", amb=True, note="announcement-bar free-shipping link to the accessories collection (ask of the bar, 9.2)"),
 C("follow", "CLICK HERE TO JOIN THE KFA DISCORD SERVER", "outside", AB+"/p[2]", amb=True, note="announcement-bar Discord invite (ask of the bar, 9.2)"),
 C("share", "Share", "after", A_+"/div[1]/div[2]", note="'Share' button + Facebook / Twitter / Pinterest / e-mail share links under the text"),
 C("comments", "Leave a comment", "after", A_+"/div[3]", note="'Leave a comment' form (name, e-mail, message, hCaptcha)"),
 C("newsletter", "Sign up for news stories and personal offers", "outside", FB+"/div[1]", note="footer newsletter block with e-mail field and Subscribe button"),
 C("contact", "Contact Us Visit our Contact Page or email us directly at help@keebsforall.com", "outside", FB+"/div[4]", note="footer 'Contact Us' block: link to the contact page + help@ e-mail (convention 2: link set apart)"),
 C("follow", "", "outside", "/html/body/main/footer/div/div/div/div[2]/div[1]", note="footer social icons (ul.social-media: 'Follow on Twitter / Instagram / YouTube'; icons are SVGs the archive dropped; an omission of the blind labels)"),
 C("follow", "", "outside", "/html/body/header/navigation-drawer/div/div[1]/div/div[2]/ul", amb=True, note="the same social icons in the mobile navigation drawer (lg:hidden drawer, 9.3)"),
]
ads=[]
