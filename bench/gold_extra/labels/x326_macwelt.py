from _dsl import *
FILE="trafilatura-eval/html/macwelt.de-warten.html.gz"
# Macwelt (IDG, InterRed) guide 'iPhone 14: Warum sich das Warten wirklich lohnt': header (nav, 'Auf einen Blick' topic
# links, hidden login chooser); leaderboard; content column (breadcrumbs, title, byline, share icons, section nav, lead,
# image, text with IDG ad slots, Shopping24 / billiger.de placeholders, a YouTube video and one in-text story link);
# below the text: empty recommender div, hidden feedback mail link, SFP in-feed slot, two Outbrain widgets around the
# '-Anzeige- Macwelt Marktplatz' box; sidebar (news-teaser placeholder, MPU, sponsored 'Macwelt Specials', two article
# carousels, Outbrain, affiliate MPUs, billiger.de teaser, 'Mehr Macwelt TV', '-Verlagsangebot-' offers, job offers);
# skyscraper; footer (social/service row, service columns); page-level 1x1 layer, Sovrn and Outbrain TR_1 containers.
# Not labelled: navs, the 'Auf einen Blick' topic list (its 'Macwelt-Newsletter' link is one of six topic links), the
# hidden Insider/Plus login chooser, breadcrumbs, the section nav, the empty .ad-enabled marker div, the affiliate
# disclaimer div (#blmhinweis, filled by script), the loader modal, push-notification script (no element).
C_="/html/body/div[2]/div/div[2]/div/div[1]/div"
AR=C_+"/article"
SB="/html/body/div[2]/div/div[2]/div/div[1]/aside"
related=[
 R(AR+"/p[6]", None, 1, "inline", note="in-text story link paragraph 'iPhone 14: Alles zu Features, Design, Preis – das kommt 2022'"),
 R(SB+"/div[1]", None, 0, "outside", amb=True, note="empty news-teaser placeholder (data-count=5, filled by script)"),
 R(SB+"/div[3]", "Macwelt Specials", 1, "outside", sponsored=True, amb=True, note="'-Anzeige- Macwelt Specials' box with one promoted teaser (MacX MediaTrans gratis)"),
 R(SB+"/div[4]", "iPad Kaufberatung", 4, "outside", note="'iPad Kaufberatung' article carousel"),
 R(SB+"/div[6]", "Kaufberatung iPhone 13 (Mini/Pro)", 5, "outside", note="'Kaufberatung iPhone 13 (Mini/Pro)' article carousel"),
 R(SB+"/div[10]", "Macwelt TV", 1, "outside", note="'Mehr Macwelt TV' box with one video teaser"),
]
ctas=[
 C("share", "", "before", C_+"/div[1]/div/div[3]", note="share icons (Facebook, Twitter, Pocket, XING) under the byline"),
 C("contact", "📧 Feedback an Macwelt", "after", C_+"/div[3]", amb=True, note="hidden (display:none) 'Feedback an Macwelt' mailto line under the article"),
 C("other", "-Verlagsangebot- Angebote für Macwelt-Leser", "outside", SB+"/div[11]", note="publisher's offers box: hardware deals, tariff check, partner video shop"),
 C("other", "Alle Aktuelle Jobangebote", "outside", SB+"/div[12]", amb=True, note="sidebar job-offers widget (jobs.macwelt.de listings)"),
 C("follow", "Facebook Twitter Newsletter RSS Feed Apps Shop Kontakt", "outside", "/html/body/div[2]/div/footer/div[1]", note="footer social row (Facebook, Twitter, plus Newsletter, RSS, Apps, Shop, Kontakt links)"),
]
ads=[
 A("/html/body/div[2]/div/div[1]", "before|outside", "#leadfullWrapper leaderboard (#ad_leadfull)"),
 A(AR+"/div[4]", "inline", "#ad_adsense_top slot after the lead and image"),
 A(AR+"/div[7]", "inline", "#ad_image1 slot in the text"),
 A(AR+"/div[14]", "inline", "#ad_image2 slot in the text (title 'Google-Ad (Position: image2)', the twin of #ad_image1; added when set J was read)"),
 A(AR+"/div[8]", "inline", "#ad_video slot in the text"),
 A(AR+"/div[9]", "inline", "empty Shopping24 text-offer placeholder (iPhone 13 offer; 'AD: performance article_link')"),
 A(AR+"/div[11]", "inline", "empty billiger.de breaker in the text"),
 A(AR+"/div[21]", "after", "#ad_marktplatz_special 1x1 slot at the end of the article"),
 A(AR+"/div[22]", "after", "empty Shopping24 banner placeholder at the end of the article"),
 A(C_+"/div[2]", "after", "empty #rs_ctTileRecommender container under the article (recommendation tiles by script)", amb=True),
 A(C_+"/div[4]", "after", "#ad_sfp_infeed slot"),
 A(C_+"/div[5]", "after", "empty Outbrain AR_1 widget"),
 A(C_+"/div[6]/div[2]/div[1]", "after", "'-Anzeige- Macwelt Marktplatz' left slot (#ad_marktplatz_links)"),
 A(C_+"/div[6]/div[2]/div[2]", "after", "'-Anzeige- Macwelt Marktplatz' right slot (#ad_marktplatz_rechts)"),
 A(C_+"/div[7]", "after", "empty Outbrain AR_12 widget"),
 A(SB+"/div[2]", "outside", "sidebar #ad_mpu"),
 A(SB+"/div[5]", "outside", "empty Outbrain SB_1 widget in the sidebar"),
 A(SB+"/div[8]", "outside", "sidebar #ad_mpu_affiliate1"),
 A(SB+"/div[9]", "outside", "empty billiger.de teaser placeholder in the sidebar", amb=True),
 A(SB+"/div[14]", "outside", "sidebar #ad_mpu_affiliate2"),
 A("/html/body/div[2]/div/div[3]", "outside", "skyscraper (#ad_sky)"),
 A("/html/body/div[3]", "outside", "#ad_layer 1x1 layer slot"),
 A("/html/body/div[5]", "outside", "#ad_sovrn 1x1 slot"),
 A("/html/body/div[6]", "after|outside", "empty Outbrain TR_1 widget at the page bottom"),
]
