from _dsl import *
FILE="trafilatura-eval/html/thestkittsnevisobserver.com-bvi.html.gz"
# The St Kitts Nevis Observer (tagDiv Newspaper WordPress theme) news item 'BVI Premier Fahie Arrested in USA On Drug
# Related Charges': hidden mobile nav (with social icons) and mobile search; desktop header (date, social links, logo,
# weather widget, main menu, search, 'Trending Now' ticker); article (categories, title, byline, top share bar with FB
# like iframe, featured image, '- Advertisement -' content_top slot, BVINEWS text, the governor's statement reproduced
# below it (h2, release date, body), content_bottom slot, bottom share bar, previous/next article); sidebar ('Local News'
# latest posts, windy.com weather iframe, adsbygoogle loader, four AdSense widgets, 'Newspaper Cover' latest post, 'READ
# THE PRINT EDITION' image link); footer (tagline, 'Links' menu, 'Stay connected' socials, custom_ad_3 slot, copyright);
# photection copy-protection modal.
# Not labelled: menus (incl. 'Corporate > Subscription / Contact' and the footer menu's Subscription/Contact Us),
# weather widgets, the bare adsbygoogle.js loader script widget (aside#block-109, Auto-ads loader, no slot of its own),
# photection modal, hidden author vcard.
H="/html/body/div[6]/div[1]/div[3]/div/div"
A_="/html/body/div[6]/div[2]/div/div[2]/div[1]/div/article"
S="/html/body/div[6]/div[2]/div/div[2]/div[2]/div"
F="/html/body/div[6]/div[3]/div/div/div/div[1]/div"
related=[
 R(H+"/div[8]/div/div/div/div", "Trending Now", 5, "outside", note="header 'Trending Now' ticker with 5 stories"),
 R(A_+"/footer/div[3]", None, 2, "after", note="previous/next article links"),
 R(S+"/aside[2]", "Local News", 6, "outside", note="sidebar latest-posts grid (its 'Local News' heading is the separate text widget aside[1] above it)"),
 R(S+"/aside[8]", None, 1, "outside", amb=True, note="sidebar latest-post widget showing the latest 'Newspaper Cover for 22nd April, 2022' post"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[3]/div/div[1]/div[1]", amb=True, note="Facebook/Twitter icons in the hidden mobile nav"),
 C("follow", "Facebook Twitter Youtube", "outside", H+"/div[3]/div/div[2]/div/div", note="header social links"),
 C("share", "Facebook Twitter Pinterest WhatsApp", "before", A_+"/div[2]", note="top share bar (FB like iframe + share buttons) under the byline"),
 C("share", "Facebook Twitter Pinterest WhatsApp", "after", A_+"/footer/div[2]", note="bottom share bar (FB like iframe + share buttons)"),
 C("subscribe", "READ THE PRINT EDITION OF THE OBSERVER!", "outside", S+"/aside[9]", amb=True, note="sidebar image link to the print-edition archive"),
 C("follow", "Stay connected Facebook Twitter Youtube", "outside", F+"/div[2]/div/div[2]/div[3]", note="footer 'Stay connected' social links"),
]
ads=[
 A(A_+"/div[3]/div[2]", "before", note="'- Advertisement -' content_top slot (td-g-rec, AdSense ins placed by script) under the featured image, above the text"),
 A(A_+"/div[3]/div[10]", "after", note="'- Advertisement -' content_bottom slot after the governor's statement"),
 A(S+"/aside[5]", "outside", note="sidebar AdSense widget (ins.adsbygoogle)"),
 A(S+"/aside[6]", "outside", note="sidebar AdSense widget (ins.adsbygoogle)"),
 A(S+"/aside[7]", "outside", note="sidebar AdSense widget (ins.adsbygoogle)"),
 A(S+"/aside[10]", "outside", note="sidebar AdSense widget (ins.adsbygoogle) at the bottom"),
 A(F+"/div[3]/div/div", "outside", note="footer '- Advertisement -' custom_ad_3 slot"),
]
