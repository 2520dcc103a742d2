from _dsl import *
FILE="wcxb/html/4810.html.gz"
# 3i (robot vacuum maker, Shopify) blog post 'How Does Robot Vacuum Mapping Work?': empty announcement bar; header (menu
# button, Robot Vacuum / Accessories / Brand / Support nav, logo, search / login / cart icons) and navigation drawer;
# cart and search drawers; article banner ('Tips & Tricks' badge, h1, date, author, image); text with in-text product
# links, ending with a 'Related Reading: 4 Best Robot Vacuums for Hardwood Floors' line; under the text a 'yg-product-list
# hide-pc' copy of the product cards (mobile), 'Blog Tags', share bar; Previous / Next article cards; right column
# 'Popular Products' (hide-mobile) with two product cards (price, 'Learn More' and Amazon 'Buy Now' buttons);
# breadcrumbs; footer (logo, Products / Brand / Support menus with mobile copies, 'Customer Service' hours, phone and
# e-mail with social icons, country selector, copyright); empty popup box, back-to-top, empty customer-service widget,
# hidden language-selection modal. No ads.
# Not labelled: empty announcement-bar section, footer 'newsletter' block holding only the logo (no form), menus and drawers, search/login/cart icons, badge and tags, in-text product links (body), breadcrumbs,
# footer menus (incl. 'Contact Us'), country selector, back-to-top, language modal, empty Shopify app block.
AR="/html/body/main/section/div/div[2]"
AC=AR+"/div[1]/div[1]"
FB="/html/body/main/footer/div/div/div/div[1]/div[5]"
related=[
 R(AC+"/div[1]/div/p[17]", None, 1, "after", note="'Related Reading: 4 Best Robot Vacuums for Hardwood Floors' line after the conclusion"),
 R(AR+"/div[1]/div[2]", "Previous Next", 2, "after", note="article navigation: Previous / Next labels and two post cards (Robot Vacuum Vs Cordless Vacuum; How to Choose a Vacuum Cleaner for Hardwood Floors)"),
]
ctas=[
 C("other", "3i S10 Ultra Robot Vacuum Sale price$699.98 Regular price$1,299.99 Learn More Buy Now", "after", AC+"/div[2]", amb=True, note="copy of the product cards under the text, hidden on desktop (yg-product-list hide-pc: convention 9.3)"),
 C("share", "Share", "after", AC+"/div[4]", note="share bar under the tags (button and share icon list)"),
 C("other", "Popular Products 3i S10 Ultra Robot Vacuum Sale price$699.98 Regular price$1,299.99 Learn More Buy Now", "outside", AR+"/div[2]", note="right column 'Popular Products' shop band: two product cards with 'Learn More' and Amazon 'Buy Now' buttons"),
 C("contact", "Mon. to Sun. 8:00--17:00, CST+1 (866) 288-8883 - US onlysupport-us@3itech.com", "outside", FB+"/div", amb=True, note="footer 'Customer Service' hours, phone and e-mail (no button or form: convention 2); heading is the previous sibling p"),
 C("follow", "", "outside", FB+"/ul", note="footer social icons (Facebook, Twitter, Instagram, YouTube, TikTok, LinkedIn)"),
 C("other", "", "outside", "/html/body/yg-popup-box", amb=True, note="empty yg-popup-box (script-filled promo pop-up)"),
 C("contact", "", "outside", "/html/body/div[4]", amb=True, note="empty yg-customer-service floating widget (script-filled)"),
]
ads=[]
