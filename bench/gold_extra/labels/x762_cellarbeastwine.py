from _dsl import *
FILE="wcxb/html/4688.html.gz"
# Cellar Beast Winehouse (winery, Webflow) blog post 'Wine for Beginners: Your Essential Guide to Wine Basics': empty
# Elfsight app mount and empty booster-script embed at the top; header (logo, menu Shop wine / Visit / Clubs / About us /
# Wine Insights drop-downs, 'Our Collection' shop button (href '#'), a mobile-only row of three social icons with
# placeholder links); breadcrumbs; post header (category / date / author, h1, excerpt, Booster share row of four icon
# links: Facebook, WhatsApp, Twitter, LinkedIn); hero image; body (Finsweet table of contents, wine types, tasting,
# serving, pairing and region sections with in-sentence links to the shop and other posts, a caption-less full-width
# banner image linking to the Private Reserve wine program between the Old World and New World regions, FAQ accordion,
# 'About the Author', 'References' list of outside sources); author card; 'Subscribe to our newsletter' band (empty
# ActiveCampaign mount + Webflow e-mail form); 'Related posts' band of two cards with 'Browse all'; footer (name / e-mail
# sign-up form with an empty ActiveCampaign mount, two menu columns incl. 'Join our Wine Club' and 'Contact Us', address
# and opening hours, copyright, four social icons); fixed FareHarbor 'BOOK NOW' button at the bottom. No ads and no ad
# configuration.
# Not labelled: the empty Elfsight mount (an attribute-less third-party app mount, purpose unknown) and the empty
# booster-script box, menus and drop-downs, breadcrumbs, the table of contents, in-sentence links (shop wines, other
# posts), the FAQ accordion and the References list (body), the author card (bio), footer menu columns, copyright.
PW="/html/body/div[1]"
HD=PW+"/div[3]/div/div/div[1]/nav"
FT=PW+"/footer/div"
related=[
 R(PW+"/section[4]", "Related posts", 2, "after|outside", note="'Related posts' band of two post cards (category, date, title, excerpt, 'read more') with a 'Browse all' button, between the newsletter band and the footer"),
]
ctas=[
 C("other", "Our Collection", "outside", HD+"/ul/li[6]", amb=True, note="header menu entry 'Our Collection' classed shopbtn (a shop button, href '#' opened by script; a menu entry a reader may not take as an ask)"),
 C("follow", "", "outside", HD+"/div", amb=True, note="header social icons (Facebook, Twitter, Instagram, placeholder links), class 'mobile' (9.3)"),
 C("share", "", "before", PW+"/section[2]/div[1]/div[2]", note="Booster share row under the excerpt: four icon links (fb-social-type facebook, whatsapp, twitter, linkedin), icons filled by script"),
 C("other", "", "inline", PW+"/section[2]/div[3]/div[1]/div/div[2]/div/figure[5]", note="caption-less full-width banner image (prp-cta-2) linking to the Private Reserve wine program, between the Old World and New World regions: the site's own promo banner in the text (as x718's in-text banners)"),
 C("newsletter", "Subscribe to our newsletter", "after|outside", PW+"/section[3]", note="'Subscribe to our newsletter' band under the article (empty ActiveCampaign form mount and a Webflow e-mail form)"),
 C("newsletter", "", "outside", FT+"/div[1]/div[1]", note="footer e-mail sign-up (first name, last name, e-mail form and an empty ActiveCampaign mount)"),
 C("contact", "Andreas 139 Ash Circle Andreas, PA 18211 FRIDAY: 2PM-9PM", "outside", FT+"/div[1]/div[2]/div[2]", amb=True, note="footer address and opening hours, no button or form (convention 2)"),
 C("follow", "", "outside", FT+"/div[3]/div[2]", note="footer social icons (Facebook, Instagram, LinkedIn, YouTube)"),
 C("other", "BOOK NOW", "outside", "/html/body/a", note="fixed FareHarbor 'BOOK NOW' booking button at the bottom of the screen (fh-fixed--bottom; booking is other, 9.6; sticky shown on desktop, 9.8)"),
]
ads=[]
