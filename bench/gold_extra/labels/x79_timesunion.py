from _dsl import *
FILE="scrapinghub/html/ecb46e3e489d2aac92b2563112e1801077b4219a6db9751f18e228bcaf457802.html.gz"
PC="/html/body/article/div[2]/div[1]"
BD=PC+"/div[5]/div[1]"
SB=PC+"/div[6]"
related=[
 R(SB+"/div[6]", "Most Popular", 7, "outside", note="numbered Most Popular list in the article sidebar"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/div[2]/div/div[2]/ul", amb=True, note="header utility row: Facebook/Twitter/Instagram/Pinterest/RSS icons plus Subscribe links"),
 C("subscribe", "Subscribe Subscriber Services", "outside", "/html/body/header/div[2]/div/div[2]/ul/li[6]/span", note="header Subscribe / Subscriber Services links"),
 C("share", "", "before", PC+"/div[4]/div", note="share icons (email, Facebook, Twitter, Pinterest, Reddit, Flipboard, print, comments jump) under the byline"),
 C("share", "", "inline", BD+"/div[7]/div/div[3]/div/div[1]", amb=True, note="hidden per-photo share icons in the in-body gallery's control panel"),
 C("comments", "View Comments", "after", PC+"/div[7]", note="'View Comments' button (Viafoura comments)"),
 C("other", "", "outside", SB+"/div[7]", amb=True, note="sidebar image link to puzzles.timesunion.com (house promo)"),
 C("follow", "Connect Android App iOS App Newsletters Facebook Twitter Pinterest Instagram", "outside", "/html/body/footer/div/div[2]/div[3]", amb=True, note="footer 'Connect' column: app links, newsletters, social profiles"),
 C("subscribe", "Subscribe Subscriber Services Home Delivery Become a Carrier iPad app", "outside", "/html/body/footer/div/div[2]/div[4]", amb=True, note="footer 'Subscribe' column (links, e-edition)"),
]
ads=[
 A("/html/body/div[1]", "outside", "OOP out-of-page slot"),
 A("/html/body/header/div[1]", "before|outside", "A728 top full banner in the header"),
 A("/html/body/article/div[1]", "before|outside", "A951 billboard above the article"),
 A(BD+"/div[1]", "before", "SendToNews s2nPlayer lead video (ad-monetised video syndication)", amb=True),
 A(BD+"/div[2]", "before", "TMP300_3 fixed-asset slot before the dateline"),
 A(BD+"/div[4]", "inline", "CONCERT1 duplicated ad (mobile) between paragraphs"),
 A(BD+"/div[5]", "inline", "second SendToNews s2nPlayer embed between paragraphs", amb=True),
 A(BD+"/div[6]", "inline", "CONCERT2 duplicated ad (mobile) between paragraphs"),
 A(BD+"/div[7]/div/div[3]/div/div[4]", "inline", "GO300 medium rectangle inside the in-body photo gallery's control panel (shown in the gallery view)", amb=True),
 A(PC+"/div[5]/div[2]/div[1]", "after", "taboola-below-article-thumbnails (script writes an empty Taboola container, no heading)"),
 A(PC+"/div[5]/div[2]/div[2]", "after", "B728 full banner in the article footer"),
 A(SB+"/div[1]", "outside", "A300x60 sidebar slot"),
 A(SB+"/div[2]", "outside", "A300 medium rectangle"),
 A(SB+"/div[3]", "outside", "taboola-right-rail-thumbnails (script writes an empty Taboola container)", amb=True),
 A(SB+"/div[4]", "outside", "B300 medium rectangle"),
 A(SB+"/div[5]", "outside", "empty NTV7 native ad slot", amb=True),
 A(SB+"/div[8]", "outside", "S300 medium rectangle"),
 A("/html/body/article/div[2]/div[2]", "after|outside", "second ctpl-fullbanner2 (B728, same id) below the page content", amb=True),
 A("/html/body/div[2]", "outside", "MRM rich-media slot"),
 A("/html/body/div[3]", "outside", "MAD adhesion banner"),
]
