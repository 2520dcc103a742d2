from _dsl import *
FILE="wcxb/html/4761.html.gz"
# Glossier UK (Shopify shop) page 'Custom Skincare Sets & MJC Promo Terms': skip link; promo bar carousel (class 'hide'
# until the script shows it: 'Free shipping on orders over £30', 'Expect endless compliments with ... Glossier You!');
# header (logo, category links, UK / Menu / Stores / Log in / Bag buttons); mega-menu nav with mobile copies and product
# promo cards; search modal; main: h1 and the terms text (US, UK, CAD, EU sections). Footer: brand message with an
# empty Klaviyo newsletter form mount, desktop link columns ('How can we help?', 'About Glossier', 'Stores', 'Social')
# and product index, phone-only accordion copy of the same, legal row with cookie button, easter-egg logo. Hidden
# cart drawer, empty Findation widget button mount, country-selector modal, 'Get notified' back-in-stock e-mail modal.
# No ads, no ad configuration.
# Not labelled: skip link, header buttons and menus (incl. the mega-menu promo cards, as x228), search modal, cart
# drawer (as x266), country selector, 'About Glossier' / 'Stores' columns, product index (site directory), legal row.
FT="/html/body/footer/div[1]"
DN=FT+"/div/nav/div[1]"
PN=FT+"/nav/div/div[1]"
related=[]
ctas=[
 C("other", "Free shipping on orders over £30 Expect endless compliments with our signature, best-selling fragrance, Glossier You!", "outside", "/html/body/div[1]", amb=True, note="promo bar carousel at the top (shipping offer, Glossier You product link); carries class 'hide' until the script shows it"),
 C("newsletter", "", "outside", FT+"/div/div/div", amb=True, note="footer newsletter box beside the brand message: empty Klaviyo form mount (script-filled)"),
 C("contact", "How can we help? Contact Returns & exchanges Help & FAQ International Responsible disclosure", "outside", DN+"/div[1]/div[1]", amb=True, note="footer 'How can we help?' column (Contact link among help links: half-menu column, convention 9.7)"),
 C("follow", "Social Instagram Opens in a new tab Pinterest Opens in a new tab Facebook Opens in a new tab", "outside", DN+"/div[2]/div[2]", note="footer 'Social' column: Instagram, Pinterest, Facebook, YouTube, TikTok"),
 C("contact", "Contact Returns & exchanges Help & FAQ International Responsible disclosure", "outside", PN+"/div[1]", amb=True, note="phone-only footer accordion copy of the 'How can we help?' links (hidden on desktop, 9.3; half-menu column, 9.7)"),
 C("follow", "Instagram Opens in a new tab Pinterest Opens in a new tab Facebook Opens in a new tab", "outside", PN+"/div[3]", amb=True, note="phone-only footer accordion copy of the 'Social' links (hidden on desktop, 9.3); its heading is the sibling h3"),
 C("other", "", "outside", "/html/body/div[4]", amb=True, note="empty findation-trigger / #findationWidgetButton mount (Findation shade-finder widget button, script-filled)"),
 C("other", "Get notified Close (esc) Enter your email to be notified first when this item is available again.", "outside", "/html/body/aside[4]", amb=True, note="hidden 'Get notified' back-in-stock modal: e-mail form with 'Receive email updates from Glossier' opt-in (popup, 9.5)"),
]
ads=[]
