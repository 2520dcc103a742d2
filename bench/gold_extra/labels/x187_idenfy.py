from _dsl import *
FILE="wcxb/html/4155.html.gz"
# iDenfy (identity-verification SaaS, WordPress + NitroPack) blog post 'Cryptocurrency Regulations Around the World'.
# Header mega-menu (dropdown promo cards, 'Try for free' / 'Book a demo' button items, mobile 'Try for free' button);
# post hero (title, dek, author/date); three-column body: empty left column, text (one 'Related:' line), sticky right
# column with TOC and a 'Try for free' sidebar card; FAQ accordion; author box; 'Read more articles' (3 posts); full-width
# 'Save costs by onboarding more verified users' CTA band; certificates strip; footer menus, social icons, app badges.
# No ads.
# Not labelled: mega-menu link lists and their dropdown promo cards ('Partner with us', case-study 'Read more'),
# TOC, FAQ (article content), author box, certificate logos, footer menus and legal links, empty NitroPack templates.
AR="/html/body/div[1]/div[2]/main/div[1]/article/div[2]"
NV="/html/body/div[1]/div[1]/header/div/nav/div[2]"
related=[
 R(AR+"/div[1]/div[2]/div/div[2]/p[7]", None, 1, "inline", note="'Related: What is the Crypto Travel Rule? An Overview' line"),
 R("/html/body/div[1]/div[2]/main/div[2]/div", "Read more articles", 3, "after|outside", note="'Read more articles' related-posts grid below the article"),
]
ctas=[
 C("other", "Try for free", "outside", NV+"/div/div[2]/div", amb=True, note="mobile 'Try for free' button in the menu toggle bar"),
 C("other", "Try for free", "outside", NV+"/ul/li[7]", amb=True, note="'Try for free' button item in the header menu"),
 C("other", "Book a demo", "outside", NV+"/ul/li[8]", amb=True, note="'Book a demo' button item in the header menu"),
 C("other", "Ensure Crypto Compliance With Streamlined KYC & PoA Checks Verify and onboard crypto users within seconds", "outside", AR+"/div[1]/div[3]/div/div[2]", note="sticky right-column product card with 'Try for free' button"),
 C("other", "Save costs by onboarding more verified users Join hundreds of businesses that successfully integrated iDenfy", "after|outside", "/html/body/div[1]/div[3]", note="full-width CTA band with 'Try for free' buttons above the footer"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div[1]/div/div[2]/div", note="footer social icons"),
 C("app", "", "outside", "/html/body/footer/div[2]/div[1]/div/div[3]/div", note="footer Google Play / App Store badges"),
]
ads=[]
