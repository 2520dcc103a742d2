from _dsl import *
FILE="wcxb/html/0392.html.gz"
# Searchlight (St Vincent and the Grenadines newspaper, TownNews-like 'TA' WordPress widget template) press release
# 'Enrolment now open for Spanish Classes at Venezuelan Institute': header (WP AdServer leaderboard ins wp340, mobile
# logo, desktop logo row with a logo_adzone ad ins, hamburger and desktop menus); main column (empty custom-html slot,
# two WP AdServer slots zone 31 and zone 32 above the article, article: image, caption, category, date, h1, press-release
# text ending 'Further information may be obtained by calling ...'; share links; Facebook comments with like button;
# mobile-only social follow icons; 'ALSO IN THE NEWS' label followed by a posts slot of 6 Front Page stories); right
# sidebar ('News' label + posts slot of 5 stories, empty async sidebar mount, WP AdServer slot zone 33, 'E-EDITION' label
# + ePaper cover and app badges, 'Subscribe Now' button, second empty async mount); footer colophon (company address and
# phone as one '#' link); cookie notice.
# Not labelled: menus (incl. hamburger 'Subscribe' item), empty custom-html slots, empty ta_async_content sidebar mounts
# (sidebar_1 / sidebar_2: nothing says what they hold), article's closing 'Further information ... calling' line (the
# release's own contact), cookie notice.
H="/html/body/div/div/section/div/div/div[1]/div"
M="/html/body/div/div/section/div/div/section/div/div/div/div/div/div/section/div/div"
related=[
 R(M+"/div[1]/div[11]", "ALSO IN THE NEWS", 6, "after", note="posts slot of 6 Front Page stories under the article; its 'ALSO IN THE NEWS' label is the sibling labels_slot div[10] (no common container but the column)"),
 R(M+"/div[2]/div[2]", "News", 5, "outside", note="right-sidebar posts slot of 5 News stories; its 'News' label is the sibling labels_slot div[1]"),
]
ctas=[
 C("share", "", "after", M+"/div[1]/div[6]", note="share links under the article (Facebook, Twitter, LinkedIn, Pinterest, ...)"),
 C("comments", "Comments", "after", M+"/div[1]/div[7]", note="'Comments' Facebook comments plugin with fb-like button (script-filled)"),
 C("follow", "", "after", M+"/div[1]/div[9]", amb=True, note="social follow icons (Facebook, Twitter, YouTube, Instagram) shown only on small screens (hidden-md hidden-lg)"),
 C("subscribe", "", "outside", M+"/div[2]/div[5]", note="right-sidebar 'E-EDITION' box: ePaper cover link and Google Play / App Store badges; its label is the sibling div[4]"),
 C("subscribe", "Subscribe Now", "outside", M+"/div[2]/div[6]", note="right-sidebar orange 'Subscribe Now' button (newspaper subscription shop)"),
 C("contact", "Interactive Media Ltd. • P.O. Box 152 • Kingstown • St. Vincent and the Grenadines • Phone: 784-456-1558", "outside", "/html/body/div/div/section/div/div/div[2]/div/div[2]", amb=True, note="footer colophon with address and phone, no button or form (convention 2: amb)"),
]
ads=[
 A(H+"/div[2]", "before|outside", "header WP AdServer slot (ads_slot-1, ins.wp340 zone 340, min-height per breakpoint)"),
 A(H+"/div[4]/section/div/section/div/div/div[2]", "outside", "desktop logo row: logo_adzone ad ins (ads_slot-5, zone 30) beside the logo"),
 A(M+"/div[1]/div[2]", "before", "WP AdServer slot ads_slot-2 (zone 31) above the article"),
 A(M+"/div[1]/div[3]", "before", "WP AdServer ads-tag slot (zone 32, zoneid ins) above the article"),
 A(M+"/div[2]/div[3]", "outside", "right-sidebar WP AdServer slot ads_slot-6 (zone 33)"),
]
