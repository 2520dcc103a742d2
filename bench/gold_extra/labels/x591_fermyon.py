from _dsl import *
FILE="wcxb/html/4459.html.gz"
# Fermyon blog post 'Startup Lessons from 25 Years and 5 Startups' (Tim Enwall): header aside (announcement bar 'Announcement:
# Fermyon Joins Akamai' linking to the press release, desktop copy and a mobile copy; menu with Products mega-menu, Developer,
# Blog; navbar end: Contact Sales / Cloud Login and a bar of dark-mode toggle, Get a Demo, Explore Wasm Functions); article
# (back link, tags, date, h1, author, hero image, text with h3 lessons; one sentence points to the blog series 'High
# Performing Startups — the Fermyon System'); empty #hub-examples card list; '🔥 Recommended Posts' with 2 post cards and a
# third column 'Stay in the loop! Get updates sent to your email inbox or RSS'; '#cta' band 'Quickstart Your Serverless Apps
# with Spin / Get Started'; footer (four link columns, tagline with 'Subscribe to Updates' button and social icons, badge,
# legal nav); hidden '#getUpdates' modal 'Connect with Fermyon' (Chat on Discord, Schedule a Meeting, Become an Insider).
# Not labelled: menus and mega-menu, Cloud Login and dark-mode toggle, tags, in-text links to the talk video and the author's
# LinkedIn (body), empty #hub-examples card list (no heading or evidence of a related widget), footer link columns (incl.
# Contact) and legal nav (incl. RSS), footer badge.
H="/html/body/aside"
AT=H+"/main/div/div[1]/div[1]/article"
REC=H+"/main/div/div[1]/div[2]/div/div"
FS=H+"/main/div/footer/section/div[1]/div[2]/div/div"
related=[
 R(AT+"/p[32]", None, 1, "inline", amb=True, note="ordinary sentence pointing to the blog series 'High Performing Startups — the Fermyon System' (10.10: pointer written into the text)"),
 R(REC, "🔥 Recommended Posts", 2, "after", note="'Recommended Posts' with 2 cards (Introducing Fermyon Wasm Functions on Akamai, The Next Generation of Serverless is Happening); its third column is the newsletter ask"),
]
ctas=[
 C("other", "Announcement: Fermyon Joins Akamai", "outside", H+"/div[1]", amb=True, note="announcement bar link to the Akamai acquisition press release (desktop copy; a promo line, could be read as a news pointer)"),
 C("other", "Fermyon Joins Akamai", "outside", H+"/div[2]", amb=True, note="mobile copy of the announcement bar (is-hidden-desktop: 9.3)"),
 C("contact", "Contact Sales", "outside", H+"/div[4]/section[1]/a[1]", amb=True, note="amb: a menu link with no button look (as x547's 'Get in Touch'); header 'Contact Sales' link (to /demo) beside Cloud Login"),
 C("other", "Get a Demo Explore Wasm Functions", "outside", H+"/div[4]/section[2]", note="header primary bar: Get a Demo and Explore Wasm Functions buttons (and the dark-mode toggle) (11.7, 9.2)"),
 C("other", "Get a Demo", "outside", H+"/div[4]/section[2]/a[2]", amb=True, note="'Get a Demo' button, item of the header bar (9.2)"),
 C("other", "Explore Wasm Functions", "outside", H+"/div[4]/section[2]/a[3]", amb=True, note="'Explore Wasm Functions' button, item of the header bar (9.2)"),
 C("newsletter", "Stay in the loop! Get updates sent to your email inbox or RSS.", "after", REC+"/div/article[3]/div", note="'Stay in the loop! Get updates sent to your email inbox or RSS' column in the Recommended Posts row"),
 C("other", "Quickstart Your Serverless Apps with Spin Get Started", "after|outside", H+"/main/div/section", note="'#cta' band: 'Quickstart Your Serverless Apps with Spin' with Get Started button, above the footer"),
 C("newsletter", "Building faster, denser cloud compute - powered by WebAssembly. Subscribe to Updates", "outside", FS, note="footer column with tagline and 'Subscribe to Updates' button (to /newsletter); holds the social icons (11.9)"),
 C("follow", "", "outside", FS+"/p", note="footer social icons: Discord, GitHub, LinkedIn, Bluesky, Twitter, YouTube"),
 C("follow", "Connect with Fermyon Chat on Discord Schedule a Meeting Become an Insider", "outside", H+"/main/div/div[2]", amb=True, note="hidden '#getUpdates' modal 'Connect with Fermyon': Chat on Discord, Schedule a Meeting, Become an Insider (9.5: kind from its first button)"),
]
ads=[]
