from _dsl import *
FILE="wcxb/html/4340.html.gz"
# Resy blog guide 'The Resy Guide to New York City's 2025 Michelin Winners': hero, lead, an interactive map with
# restaurant cards, a 'Read More About the Winners' story carousel, then the body proper (90 venue entries, each with
# a 'Book Now' reservation button, under a party-size/date picker), hidden tooltip cards for in-text venue links,
# 'Discover More' story carousel, footer. Header: promo link bar (Amex offers), 'Follow @Resy' icons, nav with
# hover drop-downs of three story teasers each (Guides / Interviews / New Openings), repeated in a standalone nav;
# hidden side menus (nav + socials, city list). No ad slots.
# Not labelled: the promo link bar and footer menus ('U.S. Card Offers from Amex', 'iOS App', 'Request a Demo',
# 'Resy Gift Card' among menu links), 'Get Resy Emails' nav item, city list, the map cards and the per-venue
# 'Book Now' buttons (part of the guide's entries), the hidden venue tooltips, empty page1-dateshare (date only).
R0="/html/body/div/div"
P=R0+"/section/div/div[1]"
related=[
 R(R0+"/header/div/nav[3]/ul/li[1]/div", "Guides", 3, "outside", amb=True, note="hover drop-down of the header 'Guides' nav item: 3 story teasers"),
 R(R0+"/header/div/nav[3]/ul/li[2]/div", "Interviews", 3, "outside", amb=True, note="hover drop-down 'Interviews': 3 story teasers"),
 R(R0+"/header/div/nav[3]/ul/li[3]/div", "New Openings", 3, "outside", amb=True, note="hover drop-down 'New Openings': 3 story teasers"),
 R(R0+"/nav[2]/ul/li[1]/div", "Guides", 3, "outside", amb=True, note="same 'Guides' drop-down in the standalone nav copy"),
 R(R0+"/nav[2]/ul/li[2]/div", "Interviews", 3, "outside", amb=True, note="same 'Interviews' drop-down in the standalone nav copy"),
 R(R0+"/nav[2]/ul/li[3]/div", "New Openings", 3, "outside", amb=True, note="same 'New Openings' drop-down in the standalone nav copy"),
 R(P+"/div[5]", "Read More About the Winners", 10, "inline", note="featured-articles carousel between the lead/map and the venue list"),
 R(R0+"/section/div/div[2]", "Discover More", 15, "after", note="#morePosts story carousel under the guide"),
]
ctas=[
 C("follow", "Follow @Resy Instagram X Facebook", "outside", R0+"/header/div/nav[2]", note="header social icons"),
 C("follow", "Follow @Resy Instagram X Facebook", "outside", R0+"/nav[3]/div/nav[2]", amb=True, note="social icons in the hidden side menu"),
 C("other", "Today 2 Close Party Size Remove 2 Add Update Close Date", "inline", P+"/div[6]/div/div", amb=True, note="reservation party-size/date picker heading the venue list (drives the Book Now buttons)"),
 C("follow", "Instagram X Facebook", "outside", R0+"/div[2]/div/div[2]/div/nav", note="footer social icons"),
]
ads=[]
