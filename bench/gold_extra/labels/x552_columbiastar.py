from _dsl import *
FILE="wcxb/html/0394.html.gz"
# The Columbia Star (weekly newspaper, Our-Hometown WordPress theme, AdRotate + AdButler + Ezoic) article 'Green Gifts for
# Gardeners': top menu bar (search, utility menus 'Past Issues' ... 'Contact Us', 'Log In'); flyout mobile menu; header with
# empty 'pre-branding-ads' widget area, 'header-ads-left' widget area holding the Columbia weather widget, logo and date,
# 'header-ads-right' widget area holding a 'Pay Now' (pay an invoice) link, 'hero_widget' AdRotate 728x90 AdButler
# leaderboard, main and secondary menus, empty 'hero-widgets' ads area. Article: h1, subhead, bylines; entry text opening
# with an AddToAny share bar, a captioned photo holding an AdRotate group (Ezoic placeholder 109), gift paragraphs, a second
# AdRotate group (Ezoic placeholder 110) after the Womanswork paragraph, photos, closing line; empty own-site
# 'recommended articles' mount (recapi /related endpoint). AJAX comments container ('Loading Comments'). Sidebar: 'Get News
# Updates' newsletter box, AdRotate AdButler slot, AJAX ad widget #oht_ads_ad_widget-3 ('Loading', fetches 5 ads), 'Pay Now'
# link. Footer: empty 'footer-hero-ad' area, footer menu, credits. Body end: Ezoic placeholder 100, Ezoic left sidebar wall.
# Not labelled: menus (incl. 'Submit Wedding & Engagement Information', 'Contact Us', 'Log In', 'Advertiser Index'),
# bylines (incl. the 'South Carolina Garden-based Learning Network on Facebook' credit, no link), photo captions, shop web
# addresses in the text (body), closing line 'Let us hear about your favorite green gift' (no link), footer menu and credits.
HD="/html/body/div[4]/div[1]/header"
AR="/html/body/div[4]/div[2]/div/main/div[2]"
EC=AR+"/div[2]"
SB="/html/body/div[4]/div[2]/div/div/aside"
related=[
 R(EC+"/div[7]", None, 0, "after", amb=True, note="(amb under 10.9, set after the reading of S) empty own-site recommended-articles mount (#oht-related-content, data-endpoint recapi.our-hometown.com/api/v1/related) after the last paragraph, filled by script"),
]
ctas=[
 C("share", "", "before", EC+"/div[1]", note="AddToAny share bar at the top of the entry text (Facebook, Twitter, e-mail, Messenger, copy link, SMS, more)"),
 C("comments", "Loading Comments", "after", "/html/body/div[4]/div[2]/div/main/div[3]", amb=True, note="#oht-comments-container under the article, 'Loading Comments' spinner, filled by AJAX (unrendered mount, 10.9)"),
 C("newsletter", "Get News Updates Enter your e-mail address below to join our mailing list and receive e-mail notice with each new edition", "outside", SB+"/div[1]", note="sidebar newsletter box (Newsletter plugin form)"),
 C("other", "Pay Now", "outside", SB+"/div[4]", amb=True, note="sidebar 'Pay Now' link (pay an invoice: advertisers'/subscribers' billing, a service link more than an ask to the reader)"),
]
ads=[
 A(HD+"/div[1]", "before|outside", amb=True, note="empty #pre-branding-ads header widget area (header__ads), nothing in it"),
 A(HD+"/div[2]/div[1]", "outside", amb=True, note="#header-ads-left header ad widget area holding the Columbia weather widget (convention 3 makes it an ad slot; a reader sees a weather box)"),
 A(HD+"/div[2]/div[3]", "outside", amb=True, note="#header-ads-right header ad widget area holding a 'Pay Now' invoice link (convention 3; a reader sees an own-site link)"),
 A(HD+"/div[4]/div[1]", "before|outside", note="header AdRotate single ad (a-single a-12): AdButler 728x90 placement written by script"),
 A(HD+"/div[9]", "before|outside", amb=True, note="empty #hero-widgets header ad area (header__ads--hero)"),
 A(EC+"/div[2]/div", "inline", note="AdRotate group g-2 inside the first photo's caption box at the top of the text (Ezoic placeholder 109)"),
 A(EC+"/div[4]", "inline", note="AdRotate group g-3 between the Womanswork paragraph and the seed-starting paragraph (Ezoic placeholder 110)"),
 A(SB+"/div[2]", "outside", note="sidebar AdRotate single ad (a-single a-5): AdButler placement written by script"),
 A(SB+"/div[3]", "outside", note="sidebar #oht_ads_ad_widget-3 ('Loading'): AJAX ad widget fetching 5 ads"),
 A("/html/body/div[5]/footer/div[1]", "after|outside", amb=True, note="empty #footer-hero-ad footer ad area (footer__ads hero-ads)"),
 A("/html/body/span[1]", "outside", note="Ezoic ezoic-pub-ad-placeholder-100 at the end of the body (its data-ez-ph-id span follows as a sibling)"),
 A("/html/body/div[6]", "outside", note="Ezoic left sidebar wall (ez-sidebar-wall-left) with placeholder 975 and close button"),
]
