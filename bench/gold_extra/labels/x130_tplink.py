from _dsl import *
FILE="wcxb/html/4235.html.gz"
M="/html/body/div/article/div/div"
FO="/html/body/div/footer"
# TP-Link 'What is Mesh WiFi?' guide page: a closable top promo banner (link to the Tapo store sale), utility bar
# (Support, Community, Where to Buy), product mega-menu, the article (title, sections, 'Deco Mesh WiFi Home
# Security' feature list, FAQ ending with 'check out our Deco FAQ page!'), a sticky right box with 'Related
# Products' and 'Share', then the footer (Subscribe form + 'Let's Connect' social icons, footer menus), a region
# switcher dialog and cookie templates. No ad slots (DoubleClick only named in the cookie text).
# Not labelled: utility bar and mega-menu (incl. 'Contact Technical Support', 'Where to Buy'), footer menus (incl.
# 'Promotions', 'Contact Us'), in-text links, the 'From Bulgaria?' region dialog, cookie banner/dialog.
related=[
 R(M+"/div[3]/div/div[1]", "Related Products", 3, "outside", amb=True, note="sticky right box: 3 Deco product teasers (products, not stories)"),
 R(M+"/div[1]", None, 0, "outside", amb=True, note="empty div.tp-blog-related before the article column (unfilled related container)"),
]
ctas=[
 C("other", "", "before|outside", "/html/body/div/div[1]", amb=True, note="closable top banner, image link 'DTC madness' to the Tapo store sale"),
 C("share", "Share Facebook Linkedin Twitter", "outside", M+"/div[3]/div/div[2]", note="share icons in the sticky right box under Related Products"),
 C("newsletter", "Subscribe", "outside", FO+"/div[1]/div/div/div/div/div[1]", note="footer 'Subscribe: Be The First To Get Exclusive Deals & News' e-mail form"),
 C("follow", "Let's Connect", "outside", FO+"/div[1]/div/div/div/div/div[2]", note="footer social icons"),
 C("follow", "", "outside", FO+"/div[2]/div/div/div[1]/div[2]", amb=True, note="empty tp-footer-follow list (5 empty items, social icons for mobile)"),
]
ads=[]
