from _dsl import *
FILE="wcxb/html/4012.html.gz"
# Computer Overhauls (Shopify shop blog) article 'Best Cheap Laptops for College Students in 2026': empty utility-bar
# section; header (Menu toggle, logo, product live search, 'Visit Us: 130 West 26th St' promo link to the contact page,
# Login, View cart; main menu Shop By Brand / All Items / ... / Returns & Warranty / Contact Us / About Us; mobile nav
# copy); article container with a 'Share:' rail beside the text (Facebook, Twitter, LinkedIn, Pinterest); meta (date,
# author), h1, text with h2/h3 sections and in-text links to the shop's laptop collection, warranty page and Google
# Reviews; 'Filed in:' tags; 'Share:' buttons again; previous / next article links; footer (Contact Us block with
# address, phone, e-mail link and live-chat hours; Links, Shop By Type, Shop By Brand, Policy menus; copyright, payment
# icons); hidden templates (message banner, add-to-cart banner), empty modal shells, photo-zoom dialog, three empty
# Shopify app-block mounts. No ads, no ad markup.
# Not labelled: search, Login / View cart, menus, in-text shop/warranty links (sentences of the text), tags, footer menus
# (incl. 'Sell Your Electronics'), payment icons, hidden add-to-cart/message templates (shop chrome, no ask of their own),
# empty modal shells and the photo-zoom dialog (11.3), empty Shopify app-block mounts (no evidence of their purpose).
A="/html/body/main/div/div"
related=[
 R(A+"/div[2]/div[5]", None, 2, "after", note="previous / next article links: 'Refurbished vs Cheap New Laptops: The True Cost Comparison', 'Budget Gaming PC vs Gaming Laptop: Which is Smarter for Your Money?'"),
]
ctas=[
 C("contact", "Visit Us: 130 W 26th, NY, NY 10001 130 West 26th St New York, NY 10001", "outside", "/html/body/div[2]/header/div[1]/div[1]/a", amb=True, note="header promo link 'Visit Us:' with the shop address, linking to /pages/contact-us (address widget, no button style)"),
 C("share", "Share: Share on Facebook Tweet on Twitter Share on LinkedIn Pin on Pinterest", "before|outside", A+"/div[1]/aside", note="'Share:' rail in the article sidebar beside the text"),
 C("share", "Share: Share on Facebook Tweet on Twitter Share on LinkedIn Pin on Pinterest", "after", A+"/div[2]/div[4]", note="'Share:' buttons under the tags"),
 C("contact", "Contact Us 130 West 26th St New York, NY 10001 Tel. 212-216-9711", "outside", "/html/body/div[7]/footer/section/div[1]/div/div[1]", amb=True, note="footer 'Contact Us' block: address, phone, mailto link and live-chat hours, no button or form (convention 2)"),
]
ads=[]
