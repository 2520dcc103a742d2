from _dsl import *
FILE="wcxb/html/0140.html.gz"
# Houstonia Magazine (SagaCity Media) map-layout list article "Houston's Hottest New Restaurants to Visit This Month":
# header (skip link, off-canvas menu with primary/secondary/social/footer/address sections, logo, search modal),
# quick-links bar, empty marquee ad section (970x250 GPT); breadcrumbs; article header (kicker, h1, subhead, byline,
# date), empty map section, body (hero figure, two intro paragraphs, inline 300x250 ad section, editor's note, six
# restaurant place embeds with figures, address/phone and Google/Apple Maps links, an empty #dynamic-cta-slot between
# the second and third); 'Filed under' tags and 'Share' buttons row; empty end-of-article layout section; footer
# (address/phone/fax, social icons, Channels / About Us / Subscriptions / Other SagaCity Media link columns, copyright).
# Not labelled: skip link, menus (incl. the off-canvas 'Subscribe' link), quick links, breadcrumbs, tags, the place
# embeds' website and maps links (body listings), footer Channels / About Us (Advertise, Contact Us) / sister-site columns,
# GTM noscript iframe.
AR="/html/body/div/main/div[1]/article"
BD=AR+"/section[2]"
FT="/html/body/div/div/div/div"
related=[
 R("/html/body/div/main/div[2]", None, 0, "after", amb=True, note="empty end-of-article container (div.end-of-article > #layout-section--1), presumably filled by script with more stories; purpose only guessed"),
]
ctas=[
 C("other", "", "inline", BD+"/div[4]", amb=True, note="empty div#dynamic-cta-slot between the second and third place embeds (script-filled CTA; kind unknown)"),
 C("share", "Share Share on Facebook Share on Twitter Share on LinkedIn Share on Pinterest Share via Email Share on Reddit", "after", "/html/body/div/main/div[1]/div/div/div[2]", note="'Share' row under the tags (six share buttons)"),
 C("follow", "Facebook Twitter Instagram Pinterest LinkedIn", "outside", "/html/body/div/header/div[1]/nav/div[1]/div[2]/section[3]", amb=True, note="social profile links section of the hidden off-canvas menu"),
 C("follow", "", "outside", FT+"/div[1]/div/div[2]/div/ul", note="footer social icons (Facebook, Instagram, Twitter, Pinterest, LinkedIn)"),
 C("contact", "329 NE Couch Street, Suite 200Portland, OR 97232 Phone: 713-862-4570", "outside", FT+"/div[1]/div/div[1]/div[2]", amb=True, note="footer address / phone / fax block, no button or form (convention 2)"),
 C("subscribe", "Subscriptions Subscribe Renew Subscription Change Address Subscriber FAQ", "outside", FT+"/div[2]/nav/ul[3]", amb=True, note="footer 'Subscriptions' link column (Subscribe, Renew, Change Address, FAQ, Back Issues, Pay Invoice, Newsletters): half the links are subscriber services (convention 9.7)"),
]
ads=[
 A("/html/body/div/header/div[3]", "before|outside", "empty marquee ad section in the header (display-ad controller, 970x250 / 3x1 GPT sizes)"),
 A(BD+"/div[1]", "inline", "empty inline ad section after the second paragraph (display-ad controller, 300x250)"),
]
