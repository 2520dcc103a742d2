from _dsl import *
FILE="scrapinghub/html/9e8c9f082a8d77c58c17bda03b6b4bb6a1d6883fe196c252db4ca83b9991e0d3.html.gz"
PC="/html/body/div[2]/div/div[2]"
ART=PC+"/div[2]/div/main/article"
AS=PC+"/div[2]/div/aside"
FR=PC+"/footer/div[2]/div[2]"
related=[
 R(AS+"/div[4]", "Browse The West Virginia Truth-O-Meter", 6, "outside", amb=True, note="sidebar 'See all West Virginia <rating> rulings' links: listing pages more than stories"),
]
ctas=[
 C("follow", "Stay Connected:", "outside", "/html/body/div[2]/div/div[1]/div/div[2]/div", note="header #social: Facebook/Twitter icons (empty hrefs)"),
 C("share", "", "before", ART+"/header/div[1]", note="share icons (Facebook, Twitter, e-mail) above the statement and title"),
 C("share", "", "after", ART+"/div[2]", note="share icons under the text"),
 C("contact", "How to contact us We want to hear your suggestions and comments.", "outside", AS+"/div[3]", note="sidebar widget: email the Truth-O-Meter"),
 C("newsletter", "Subscribe Keep up to date with PolitiFact West Virginia", "outside", AS+"/div[6]", note="sidebar newsletter sign-up links + Twitter/Facebook follow links"),
 C("follow", "", "outside", FR+"/div[1]/div", note="footer social-vert icons"),
 C("follow", "Stay Connected", "outside", FR+"/div[4]/div[1]", note="footer social-wrap"),
 C("newsletter", "", "outside", FR+"/div[4]/div[2]", note="footer button 'Sign up for PolitiFact's newsletter' (input value, no text node)"),
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
