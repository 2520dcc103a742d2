from _dsl import *
FILE="wcxb/html/4647.html.gz"
# Echo Strength Depot (Shopify fitness-equipment shop, Minimog theme) blog article 'The Best Home Gym Setups for Any
# Budget': scroll-to-top button; announcement slider ('Free Shipping on All Orders' / 'SAVE15 - Additional 15% OFF all
# orders' / 'Promo Code: SAVE15', no links); header (mobile bar with hamburger drawer of the shop menu, desktop bar with
# shop menu, Search / Account / Cart; hidden search popup with 'Popular Searches'); main article (blog link 'News', h1,
# 'by ALLIN ONE on Jan 22, 2025', feature image, text of three budget tiers with product recommendations as plain text,
# 'Final Thoughts'; 'Share:' row of Facebook / Pinterest / Twitter icons; Previous / Next article links; 'Related Articles'
# four cards); empty m-blog-sidebar; 'Holiday Season Processing Delay' notice band; mobile sticky bar (cart, search);
# footer (about paragraph with showroom address, 'Categories', 'Information', 'Service' link columns, 'Subscribe' e-mail
# form, copyright, payment-icons image); cart drawer (hidden); two empty shopify-app-block divs. No ads, no ad
# configuration.
# Not labelled: header menus, account/cart/search (shop navigation), search popup, the 'Holiday Season Processing Delay'
# notice (information, no ask), footer link columns (the 'Information' column's 'Contact Us' is one link of four), the
# footer about paragraph (prose with an address, no phone/e-mail/button), cart drawer, mobile sticky bar (cart/search
# navigation), empty shopify app-block mounts (nothing says what they hold), product names in the text (plain text, no
# links or buttons).
AR="/html/body/main/div/section/div/div/div[1]/div/article"
related=[
 R(AR+"/div[5]", None, 2, "after", note="Previous '5 High-Demand Pieces of Equipment for a Compact Home Gym' / Next 'Charlotte's Newest Fitness Equipment Store: Echo Strength Depot' links"),
 R(AR+"/div[6]", "Related Articles", 4, "after", note="'Related Articles' four cards (image + title links) under the article"),
]
ctas=[
 C("share", "Share:", "after", AR+"/div[4]", note="'Share:' row of Facebook / Pinterest / Twitter icons under the text"),
 C("newsletter", "Subscribe Enter your email below to be the first to know about new collections and product launches", "outside", "/html/body/div[7]/m-footer/div[1]/div/div/div[5]", note="footer 'Subscribe' e-mail sign-up form"),
 C("other", "Free Shipping on All Orders SAVE15 - Additional 15% OFF all orders Promo Code: SAVE15", "outside", "/html/body/div[3]", amb=True, note="top announcement slider of shop promotions (free shipping, SAVE15 promo code): a promo bar, but no link or button"),
]
ads=[]
