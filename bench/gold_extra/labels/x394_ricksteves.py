from _dsl import *
FILE="wcxb/html/0070.html.gz"
# Rick Steves' Europe travel-tips page 'Do I Need Travel Insurance?': header (search, My Account links, breadcrumbs,
# main nav), mobile header; article (empty share container above the title, title, photo, long text); right sidebar
# ('Related articles' 2 links, 'Travel Insurance Providers' advice box, kept as reference text); footer menus
# (About Us, Travel Help, Publications incl. newsletter links, Media Partners), Contact Us icons, Follow Us links.
# No ads (one googletag mention only, no slot). Not labelled: nav, breadcrumbs, account links, footer menus
# (the 'Publications' e-mail links sit among the footer menus), 'Travel Insurance Providers' sidebar text.
MC="/html/body/div/div/div[2]"
related=[
 R(MC+"/aside/div[1]", "Related articles", 2, "outside", note="right-sidebar related links"),
]
ctas=[
 C("share", "", "before", MC+"/div/div[1]/article/div[1]", amb=True, note="empty share container above the title (filled by script)"),
 C("contact", "Contact Us email phone map", "outside", "/html/body/footer/div[1]/div[5]/div[1]", note="footer Contact Us icons"),
 C("follow", "Follow Us Facebook Instagram YouTube TikTok Pinterest Twitter", "outside", "/html/body/footer/div[1]/div[5]/div[2]", note="footer social links"),
]
ads=[]
