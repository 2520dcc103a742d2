from _dsl import *
FILE="wcxb/html/0457.html.gz"
# Scottish Construction Now (scottishconstructionnow.com, own Bootstrap template; own ad server: sfn-banner boxes with
# a[data-advert] / img.advert linking to /advert-click) news article 'And finally… trouble brewing': top sfn-banner
# leaderboard (desktop d-lg-block and mobile d-lg-none copies of one advert); sticky header (burger toggle, logo, top links
# About / Advertise / 'SUBSCRIBE' button opening #subscribeModal, search; nav with dropdowns News / Insight / Law / Plant,
# Scottish Construction Summit, Jobs, Events, and five social icons; hidden slide-out menu with a 'SUBSCRIBE' button copy,
# search, nav copy, About / Advertise / legal links, social icon copy and a mobile phone / e-mail list); main: desktop
# row of two banners and a mobile banner above the article; left 'Article Tags' column; article (h1, date and reading
# time, mobile tags copy, featured image, standfirst, text with two banner pairs between <hr>s: one after p[3], one after
# the last paragraph); 'Join over 11,200 construction industry professionals...' newsletter box with an e-mail form;
# right sticky sidebar ('Share this article:' Facebook / X / LinkedIn, desktop-only 'Subscribe to our newsletter to not
# miss articles like this one: SUBSCRIBE' box); article bottom (mobile banner, 'Related Articles' row of 4 cards);
# footer ('Follow us:' five social icons, phone / e-mail list, News / Insight / Explore / Legal link columns, copyright,
# designer credit); hidden #subscribeModal newsletter modal with an e-mail form.
# Not labelled: burger toggle, search forms, nav menus and their slide-out copy, About / Advertise links (plain menu links,
# header and footer), 'Article Tags' lists (tag list, desktop and mobile), reading time, footer link columns, copyright
# and designer credit.
H="/html/body/header"
ART="/html/body/main/div[3]/div/div/article"
TX=ART+"/div[1]/div[4]"
SB="/html/body/main/div[3]/div/div/div[2]/div/div"
related=[
 R("/html/body/main/div[4]/div[2]", "Related Articles", 4, "after", note="'Related Articles' row of 4 cards under the article (And finally… Greenock waterfront poised for UK's longest urban zipline; Santa's little bricklayers; Ho-ho-home of the Year; jarring discovery)"),
]
ctas=[
 C("newsletter", "SUBSCRIBE", "outside", H+"/div[1]/div/div/div[2]/div/nav/ul/li[3]", note="header 'SUBSCRIBE' button (btn-primary) opening the free daily newsletter modal, beside the About / Advertise links"),
 C("follow", "", "outside", H+"/div[2]/div/div/div/div/div/div[2]", note="header nav social icons (LinkedIn, Facebook, Bluesky, X, Instagram)"),
 C("newsletter", "SUBSCRIBE", "outside", H+"/div[3]/div[1]/div[2]", amb=True, note="'SUBSCRIBE' button copy in the hidden slide-out menu (opens the newsletter modal)"),
 C("follow", "", "outside", H+"/div[3]/div[4]/div/nav[2]", amb=True, note="social icon copy in the hidden slide-out menu"),
 C("contact", "01382 472315 newsdesk@scottishnews.com", "outside", H+"/div[3]/div[4]/div/nav[3]", amb=True, note="phone (tel:) / newsdesk e-mail list in the hidden slide-out menu, mobile only, no button (10.5)"),
 C("share", "Share this article:", "before|outside", SB+"/div[1]", note="'Share this article:' Facebook / X / LinkedIn icons in the sticky right sidebar beside the text"),
 C("newsletter", "Subscribe to our newsletter to not miss articles like this one: SUBSCRIBE", "outside", SB+"/div[2]", note="sticky right-sidebar box 'Subscribe to our newsletter to not miss articles like this one:' with a 'SUBSCRIBE' button opening the modal (desktop, d-lg-flex)"),
 C("newsletter", "Join over 11,200 construction industry professionals in receiving our FREE daily", "after", ART+"/div[2]", note="newsletter box under the text: 'Join over 11,200 construction industry professionals in receiving our FREE daily…' with an e-mail form and 'Subscribe' button"),
 C("follow", "Follow us:", "outside", "/html/body/footer/div[1]/div/div/div[1]/div/div[2]/div[1]", note="footer 'Follow us:' social icons (LinkedIn, Facebook, Bluesky, X, Instagram)"),
 C("contact", "01382 472315 newsdesk@scottishnews.com", "outside", "/html/body/footer/div[1]/div/div/div[1]/div/div[2]/div[2]", amb=True, note="footer phone / newsdesk e-mail list, no button or form (convention 2)"),
 C("newsletter", "Join over 11,200 construction industry professionals in receiving our FREE daily", "outside", "/html/body/div[2]", amb=True, note="hidden #subscribeModal newsletter modal (aria-hidden) with text and an e-mail form; opened by the SUBSCRIBE buttons (9.5, labelled apart from them as x661 does)"),
]
ads=[
 A("/html/body/div[1]/div/div[1]", "before|outside", "top leaderboard sfn-banner, desktop copy (d-none d-lg-block; data-advert 65b10a52f1def, 'leaderboard' gif)"),
 A("/html/body/div[1]/div/div[2]", "before|outside", "top sfn-banner, mobile copy of the same advert (d-block d-lg-none)"),
 A("/html/body/main/div[1]/div/div/div[1]", "before|outside", "desktop banner row above the article, left banner (Metal Technology)"),
 A("/html/body/main/div[1]/div/div/div[2]", "before|outside", "desktop banner row above the article, right banner"),
 A("/html/body/main/div[2]", "before|outside", "mobile banner above the article (d-block d-lg-none, Sibbald Training)"),
 A(TX+"/div[3]/div/div[1]", "inline", "in-text banner pair between p[3] and p[4], left MPU"),
 A(TX+"/div[3]/div/div[2]", "inline", "in-text banner pair between p[3] and p[4], right banner"),
 A(TX+"/div[4]/div/div[1]", "after", "banner pair after the last paragraph, left (SCN_MPU 2025, own promo in an advert box)"),
 A(TX+"/div[4]/div/div[2]", "after", "banner pair after the last paragraph, right (Scottish-Construction-Now-Small, own promo in an advert box)"),
 A("/html/body/main/div[4]/div[1]", "after", "mobile banner above 'Related Articles' (d-block d-lg-none)"),
]
