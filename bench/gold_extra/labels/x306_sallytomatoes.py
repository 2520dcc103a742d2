from _dsl import *
FILE="wcxb/html/0024.html.gz"
# Sally Tomatoes (restaurant/caterer/event venue, Wix site with Wix Blog) post 'Comparing Different Types of Catering
# Services': header (name, dropdown site nav incl. Contact / Online Orders, Facebook / Instagram / Yelp social bar, phone
# number, Log In, empty cart-like widget); blog app (All Posts nav + search, empty slot placeholders, post: title, author /
# date / read time, text with three photos, post footer with share buttons and empty stats, 'Recent Posts' 3 links with
# 'See All'); pinned AI-chat widget (bottom left, empty) and Wix Chat iframe (bottom right); footer (phone / e-mail /
# address, legal links, 'Live Screen Feed' link, social bar, copyright). No ads, no ad configuration.
# Not labelled: site nav, Log In, blog nav and search, empty slot placeholders, 'More actions' button, empty post stats,
# footer legal links and 'Live Screen Feed' link.
W="/html/body/div/div/div[3]/div"
HD=W+"/header/div[2]/div[2]/div/div"
FT=W+"/footer/div[2]/div[2]/div/div"
P=W+"/main/div/div/div/div[2]/div/div/div/section/div[2]/div/div/div/div/div/div/div[2]/div[3]/div[2]/div[3]"
related=[
 R(P+"/div[2]", "Recent Posts", 3, "after", note="'Recent Posts' block (See All) with 3 post links under the post"),
]
ctas=[
 C("follow", "", "outside", HD+"/div[3]", note="header social bar: Facebook, Instagram, Yelp icons"),
 C("contact", "(707) 665-9472", "outside", HD+"/div[4]", amb=True, note="header phone number"),
 C("share", "", "after", P+"/div[1]/div/div/article/div/footer/div/div/section/div[1]", note="post-footer share buttons (Facebook, X, LinkedIn, link, print)"),
 C("contact", "", "outside", W+"/div[2]", amb=True, note="pinned bottom-left native widget (AI chat assistant styles), empty until script runs"),
 C("contact", "", "outside", W+"/div[3]", note="pinned bottom-right Wix Chat iframe"),
 C("contact", "Phone: (707) 665-9472 Email: info@sallytomatoes.com 1100 Valley House Dr, Rohnert Park CA 94928", "outside", FT+"/div[1]", amb=True, note="footer contact block (phone, e-mail, address)"),
 C("follow", "", "outside", FT+"/div[7]", note="footer social bar: Facebook, Instagram, Yelp icons"),
]
ads=[]
