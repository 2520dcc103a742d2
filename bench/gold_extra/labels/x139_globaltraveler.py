from _dsl import *
FILE="wcxb/html/0331.html.gz"
TL="/html/body/div[1]/div"
NV="/html/body/div[1]/nav/div[1]"
CT="/html/body/div[2]/div[2]"
SW=CT+"/div[1]/div/div"
FD=CT+"/div[5]/div"
related=[
 R(TL+"/div[3]", None, 0, "outside", amb=True, note="empty sister-site (Trazee Travel) drop-down panel filled by the posts API"),
 R(TL+"/div[4]", None, 0, "outside", amb=True, note="empty sister-site (WhereverFamily) drop-down panel filled by the posts API"),
 R(TL+"/div[5]", "FX Excursions", 4, "outside", amb=True, note="hidden FX Excursions drop-down with four section cards (Itineraries, Tours, Specialty Tours & Events, Flights)"),
 R(CT+"/div[2]/div/div/div/div[1]", "Read This Next", 1, "after", note="featured next story card under the article"),
 R(CT+"/div[2]/div/div/div/div[2]", "All Reads on This Topic", 3, "after", note="topic link list with 'Read Them All'"),
 R(FD, None, 15, "after|outside", note="latest-posts feed (three lists and a grid) below the promo bands; three cards are 'Sponsored Content', labelled as ads too"),
]
ctas=[
 C("app", "Get the GT App", "outside", NV+"/div[1]/ul/li[12]", amb=True, note="App Store / Google Play badges inside the collapsed main menu"),
 C("follow", "", "outside", NV+"/div[1]/ul/li[13]", amb=True, note="social icons inside the collapsed main menu"),
 C("follow", "Vote Now Staff Blog", "outside", NV+"/div[2]", note="nav-bar social icons with 'Vote Now' (readers' awards) and 'Staff Blog' links"),
 C("share", "ShareThis", "before|outside", SW+"/div[1]", note="sticky share rail left of the text (Facebook, X, LinkedIn, share)"),
 C("contact", "What are your thoughts on this report? ... Email us at letters@globaltravelerusa.com.", "after", SW+"/div[2]/p[9]", amb=True, note="closing letters-to-the-editor prompt, kept in the body by the ground truth"),
 C("newsletter", "Newsletter Get insider information and deals in your inbox!", "outside", SW+"/div[3]", note="newsletter form in the right column beside the text"),
 C("other", "Introducing FX Excursions ... Explore Excursions", "after|outside", CT+"/div[3]", note="FX Excursions promo band with 'Explore Excursions' button"),
 C("follow", "#globility Insta Feed", "after|outside", CT+"/div[4]", note="Instagram feed widget (lightwidget iframe)"),
]
ads=[
 A(FD+"/div[1]/div[2]", "after|outside", "'Sponsored Content' native card in the latest-posts feed", amb=True),
 A(FD+"/div[2]/div[2]", "after|outside", "'Sponsored Content' native card in the latest-posts feed", amb=True),
 A(FD+"/div[4]/div[2]", "after|outside", "'Sponsored Content' native card in the latest-posts feed", amb=True),
]
