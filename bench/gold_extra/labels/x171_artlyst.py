from _dsl import *
FILE="wcxb/html/0408.html.gz"
# Artlyst (Divi theme builder) 'Critics' Choice: Best UK Art Exhibitions 2025'. Header: sticky 1200px banner image
# (Peter Doig exhibition banner linking to Artlyst's review), desktop row (Subscribe button, logo, search icon), menu,
# mobile rows (logo, Subscribe, menu, search). Body: title row, image row, date/author row with social follow icons,
# post content (critics' picks; ends with stray 'Read More' (site search for 'tate') and 'Visit' (Towner Eastbourne)
# link paragraphs). Footer section 1: BSA Pro ad slot, 'Help Keep Artlyst Free and Independent' donation appeal
# with PayPal button, 'Selected Articles' (3 posts); section 2: follow icons + Subscribe button + About/Contact/
# Advertise/Terms links, desktop and mobile copies. Cookie-consent template, search popup, EventON lightbox: chrome.
# Not labelled: menus, search icon/popup, About/Contact/Advertise footer links, cookie-consent template.
HD="/html/body/div[1]/div/header/div/div"
BD="/html/body/div[1]/div/div/div/div/div/div"
PC=BD+"/div[4]/div/div"
F1="/html/body/div[1]/div/div/footer/div/div[1]"
F2="/html/body/div[1]/div/div/footer/div/div[2]"
related=[
 R(F1+"/div[2]", "Selected Articles", 3, "after|outside", note="'Selected Articles' post grid (3 reviews) in the footer builder section"),
]
ctas=[
 C("newsletter", "Subscribe", "outside", HD+"/div[2]/div[1]", note="header 'Subscribe' button (artlyst.com/subscribe), desktop row"),
 C("newsletter", "Subscribe", "outside", HD+"/div[5]/div[1]", amb=True, note="header 'Subscribe' button, mobile row copy"),
 C("follow", "FollowFollowFollowFollow", "before", BD+"/div[3]/div[3]/ul", note="social follow icons in the date/author row above the text"),
 C("read_more", "Read More", "after", PC+"/p[65]", amb=True, note="stray 'Read More' link paragraph at the end of the post (site search for 'tate')"),
 C("other", "Visit", "after", PC+"/p[66]", amb=True, note="stray 'Visit' link paragraph (Towner Eastbourne exhibition page) at the end of the post"),
 C("donate", "Help Keep Artlyst Free and Independent Independent Art Journalism is hanging by a thread", "after|outside", F1+"/div[1]/div", note="donation appeal with PayPal donate button (column also holds the BSA ad slot, labelled apart)"),
 C("follow", "FollowFollowFollowFollowFollow", "outside", F2+"/div[1]/div[1]/ul", note="footer follow icons (Facebook, X, YouTube, Instagram, LinkedIn)"),
 C("newsletter", "Subscribe", "outside", F2+"/div[1]/div[1]/div", note="footer 'Subscribe' button"),
 C("follow", "FollowFollowFollowFollowFollow", "outside", F2+"/div[2]/div[1]/ul", amb=True, note="footer follow icons, mobile row copy"),
 C("newsletter", "Subscribe", "outside", F2+"/div[2]/div[1]/div[1]", amb=True, note="footer 'Subscribe' button, mobile row copy"),
]
ads=[
 A(HD+"/div[1]", "before|outside", "sticky 1200px exhibition banner image at the top of the header (links to the Peter Doig review)", amb=True),
 A(F1+"/div[1]/div/div[1]", "after|outside", "BSA Pro ad container bsa-image-1 (hidden item) at the top of the footer"),
]
