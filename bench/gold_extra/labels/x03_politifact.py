from _dsl import *
FILE="scrapinghub/html/b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147.html.gz"
PC="/html/body/div[2]/div/div[2]"
ART=PC+"/div[2]/div/main/article"
AS=PC+"/div[2]/div/aside"
FR=PC+"/footer/div[2]/div[2]"
related=[
 R(AS+"/div[4]", "Browse The Truth-O-Meter", 5, "outside", amb=True, note="sidebar links to fact-check listings (Trump, Pants-On-Fire, by subject/person, recent articles): section links more than stories"),
]
ctas=[
 C("follow", "Stay Connected:", "outside", "/html/body/div[2]/div/div[1]/div/div[2]/div", note="header #social: Facebook/Twitter icons"),
 C("share", "", "before", ART+"/div[1]", note="share icons above the title"),
 C("share", "", "after", ART+"/div[4]", note="share icons under the text"),
 C("contact", "How to contact us Email comments and suggestions for fact-checks to", "outside", AS+"/div[3]", note="sidebar widget (email + Facebook/Twitter)"),
 C("donate", "Support independent fact-checking", "outside", AS+"/div[4]/div/ul/h3", note="membership promo inside the Browse widget (heading, line, membership link; no wrapper of its own)"),
 C("newsletter", "Subscribe Keep up to date with PolitiFact Sign up for our weekly email newsletter", "outside", AS+"/div[6]", note="sidebar newsletter sign-ups + follow links"),
 C("follow", "", "outside", FR+"/div[1]/div", note="footer social-vert icons"),
 C("follow", "Stay Connected", "outside", FR+"/div[4]/div[1]", note="footer social-wrap"),
 C("newsletter", "", "outside", FR+"/div[4]/div[2]", amb=True, note="empty footer-signup container"),
 C("contact", "Fact-Check Suggestions", "outside", FR+"/div[4]/h1", note="footer link to the contact page"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "#interstitial / mobileinterstitial 1x1 (AdBridg)"),
 A("/html/body/section", "before|outside", "#ldr ad-topleaderboard"),
 A(PC+"/div[1]", "before|outside", "#pencil TopBillboard under the nav"),
 A(AS+"/div[1]", "outside", "sidebar 'Advertisement' ad-topmedrect"),
 A(AS+"/div[5]", "outside", "sidebar 'Advertisement' ad-middlerect"),
 A(PC+"/div[4]", "after|outside", "#ldr2 ad-bottomleaderboard above the footer"),
]
