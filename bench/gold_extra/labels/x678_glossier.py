from _dsl import *
FILE="wcxb/html/4759.html.gz"
# Glossier (Shopify shop) legal page 'Custom Skincare Sets Promo Terms': skip link; promo bar (class 'hide' until a
# script shows it) carousel of shipping offers per country and a 'Glossier You' slide; header (logo, category menu,
# search / country / Menu / Stores / Log in / Bag); mega-menu with sub-lists and promo cards; search dialog; main (h1
# and one paragraph of terms); footer (brand message with an empty Klaviyo newsletter form mount; desktop link columns
# 'How can we help?', 'About Glossier', 'Stores', 'Social'; product index A-Z; phone-only accordion copy of the columns;
# legal links and cookie preferences); mini bag drawer; empty Findation widget mount; country-selector modal;
# 'Get notified' back-in-stock modal; 'Welcome to Glossier' location modal.
# No related block and no ad slot. Not labelled: menus and mega-menu (its promo cards 'Create a Custom Skincare Set',
# 'Share your Glossier You story' are menu entries), search dialog, header Log in / Bag, footer brand message,
# 'About Glossier' and 'Stores' columns, product index (site directory, convention 6), legal links, mini bag drawer
# (the shop's cart), country-selector and welcome-mat modals (location settings, no ask).
FT="/html/body/footer/div[1]"
related=[]
ctas=[
 C("other", "Score free shipping on qualifying orders! For more information on shipping rates and timelines", "outside", "/html/body/div[1]", amb=True, note="promo bar carousel above the header (free-shipping offers, 'Glossier You' slide); class 'hide' until a script shows it"),
 C("newsletter", "", "outside", FT+"/div/div/div", amb=True, note="footer empty Klaviyo newsletter form mount (klaviyo-form-SANvbr), filled by script (10.9)"),
 C("contact", "How can we help? Contact Returns & exchanges Help & FAQ International Responsible disclosure", "outside", FT+"/div/nav/div[1]/div[1]/div[1]", amb=True, note="footer 'How can we help?' column: Contact among help / returns / FAQ links (half-menu column, 9.7)"),
 C("follow", "Social Instagram Opens in a new tab Pinterest Opens in a new tab Facebook", "outside", FT+"/div/nav/div[1]/div[2]/div[2]", note="footer 'Social' column (desktop nav): Instagram, Pinterest, Facebook, YouTube, TikTok"),
 C("follow", "Instagram Opens in a new tab Pinterest Opens in a new tab Facebook", "outside", FT+"/nav/div/div[1]/div[3]", amb=True, note="phone-only accordion copy of the 'Social' links (nav.phone-only, 9.3)"),
 C("other", "", "outside", "/html/body/div[4]", amb=True, note="empty Findation shade-finder widget button mount (findation-trigger), filled by script (10.9)"),
 C("other", "Get notified Close (esc) Enter your email to be notified first when this item is available again.", "outside", "/html/body/aside[4]", amb=True, note="hidden 'Get notified' back-in-stock modal: e-mail form 'Notify me' with a Glossier e-mail updates opt-in (9.5)"),
]
ads=[]
