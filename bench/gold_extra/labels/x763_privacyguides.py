from _dsl import *
FILE="wcxb/html/4861.html.gz"
# Privacy Guides (non-profit privacy site, MkDocs Material) recommendation page 'VPN Services': header (logo, title,
# GitHub repository link, search, language select, palette switch, red heart 'Donate' icon button); tab bar (Home /
# Knowledge Base / Recommendations / … / About); left sidebar: the whole site navigation tree (with a copy of the
# repository link shown in the mobile drawer); right sidebar: table of contents; content (breadcrumbs, cover image, h1,
# threat list, intro, 'VPNs do not provide anonymity' warning box ending in two buttons 'Introduction to the Tor Browser'
# / 'Tor Myths & FAQ', a 'Detailed VPN Overview' button, 'Recommended Providers' table, three recommendation boxes
# (Proton VPN, IVPN, Mullvad), each with description, 'Homepage' button and privacy/docs/source icons and a 'Downloads'
# toggle of store and platform links, followed by the provider's feature sections; 'Criteria' sections); source-file
# facts (dates, contributors); hidden 'Was this page helpful?' feedback form; footer (Previous 'Search Engines' / Next
# 'AI Chat' links, non-profit / no-affiliate statement, licence and privacy links, six social icons); empty md-dialog.
# No ads and no ad configuration (the site states it takes no sponsors, ads or affiliate links).
# Not labelled: tabs, the left navigation tree (a site directory, 6), the table of contents, breadcrumbs, search,
# language select, palette switch, the threat link, the in-sentence links of the text and of the criteria, the
# 'Downloads' toggles (accordions in the text, 7; part of each recommendation box), the source-file facts, the footer
# statement and licence/privacy links, the empty md-dialog.
HD="/html/body/header/nav"
AR="/html/body/div[3]/main/div/div[3]/article"
B=AR+"/div[2]"
related=[
 R(B+"/div[1]/p[4]", None, 2, "inline", note="two buttons 'Introduction to the Tor Browser' / 'Tor Myths & FAQ' closing the 'VPNs do not provide anonymity' warning box: pointers to the site's own guides set apart as buttons (10.10)"),
 R(B+"/p[3]", None, 1, "inline", note="'Detailed VPN Overview' button alone in its paragraph before 'Recommended Providers' (pointer set apart, 10.10)"),
 R("/html/body/div[3]/footer/nav", None, 2, "after|outside", note="footer previous/next links 'Previous Search Engines' / 'Next AI Chat' (previous/next pages are one related block)"),
]
ctas=[
 C("donate", "", "outside", HD+"/div[5]", note="header red heart icon button titled 'Donate' (link to /about/donate/)"),
 C("follow", "", "outside", HD+"/div[2]", amb=True, note="header 'Go to repository' link to the site's GitHub repository (a link to the site's code host, a reader may not take it as a follow ask)"),
 C("follow", "", "outside", "/html/body/div[3]/main/div/div[1]/div/div/nav/div", amb=True, note="copy of the repository link at the top of the navigation drawer (shown in the mobile drawer; 9.3)"),
 C("other", "Homepage", "inline", B+"/div[2]/p[3]", amb=True, note="Proton VPN recommendation box: 'Homepage' button and privacy-policy / documentation / source icons (10.2: per-entry product links of a round-up, amb; the site says it takes no affiliate money)"),
 C("other", "Homepage", "inline", B+"/div[4]/p[3]", amb=True, note="IVPN recommendation box: 'Homepage' button and icons (10.2)"),
 C("other", "Homepage", "inline", B+"/div[5]/p[3]", amb=True, note="Mullvad recommendation box: 'Homepage' button, onion-service and other icons (10.2)"),
 C("other", "Was this page helpful?", "after", AR+"/form", amb=True, note="hidden (hidden attribute) 'Was this page helpful?' feedback form with two rating buttons under the page (survey widget)"),
 C("follow", "", "outside", "/html/body/div[3]/footer/div/div/div[2]", note="footer social icons (Mastodon, PeerTube, Matrix, Forum, GitHub, onion service)"),
]
ads=[]
