from _dsl import *
FILE="wcxb/html/4497.html.gz"
# Car Talk (cartalk.com, Next.js/Chakra) ranking article 'Best EVs of 2026': header (logo, search and burger icons, nav
# with Buying Guides / Deals / Car Reviews / Repair Shops / Community / Cars A-Z menus, secondary Click&Clack menu (incl.
# 'Donate Car') and Login); breadcrumbs; main column (h1; meta row with author popover, date, 'Share' Facebook / Twitter /
# Email and an 'Add as preferred source' Google button; 'Edited By' popovers; lead image; text blocks with 'Why You Can
# Trust Car Talk', a 'Best EVs of 2026' award list, award sections, three tables with empty bodies, 'About the expert'
# box, FAQ accordion, affiliate disclaimer); right column ('Car Buying, Selling and Owning' box of 3 section links,
# 'Parts & Accessories' box of 10 buying-guide links with 'More on Parts & Accessories'); empty tertiary column; footer
# (logo and blurb, 'Quick Links' incl. Newsletter and Donate a Car, 'Popular Topics', social icons, Contact Us / Write for
# Us / policy links, trademarks).
# No ad slot on the page (no ad markup or ad script; the tertiary column is empty with no ad evidence).
# Not labelled: nav menus (incl. the 'Popular' article links inside the drop-downs, 'Donate Car', Login), breadcrumbs,
# author and editor popovers, award list and FAQ (body), 'About the expert' box (expert bio), affiliate disclaimer, the
# 'Car Buying, Selling and Owning' box (three section pages: navigation, convention 6), empty tertiary column, footer
# 'Quick Links' and 'Popular Topics' (site menus incl. Newsletter / Donate a Car links), footer Contact Us / Write for Us
# links among policy links.
P="/html/body/div/div/div[2]/div[1]"
SB="/html/body/div/div/div[2]/div[2]"
related=[
 R(SB+"/div[2]", "Parts & Accessories", 10, "outside", note="right-column 'Parts & Accessories' box: 10 links to Car Talk buying guides (ceramic coating, car wax, wiper blades, ...) and a 'More on Parts & Accessories' link"),
]
ctas=[
 C("share", "Share Facebook Twitter Email", "before", P+"/div[1]/div/ul/li[3]", note="'Share' row (Facebook, Twitter, Email) in the article meta row under the h1"),
 C("follow", "Add as preferred source", "before", P+"/div[1]/div/ul/li[4]", amb=True, note="'Add as preferred source' Google button in the meta row (asks the reader to follow Car Talk in Google; as x542)"),
 C("follow", "", "outside", "/html/body/div/div/div[3]/div[2]/div/div[1]", note="footer social icons (Facebook, Twitter, LinkedIn, Instagram, Reddit)"),
]
ads=[]
