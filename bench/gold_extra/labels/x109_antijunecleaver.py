from _dsl import *
FILE="scrapinghub/html/4219d096902dad9fd9d57e881e7928ca66bdf5334c2bc7dfddaa264887777a7a.html.gz"
AR="/html/body/div[1]/div[3]/div[1]/div/article"
B=AR+"/div[3]/div"
SB="/html/body/div[1]/div[3]/div[2]/div"
related=[
 R(B+"/h3[1]", "Related post:", 1, "inline", note="in-text 'Related post: Pickled Brussels Sprouts Recipe' heading-line link after the intro"),
 R(B+"/div[2]", "You may also like:", 3, "after", note="three pin-image story links under the sibling h3 'You may also like:', after the recipe card"),
 R(AR+"/div[6]", None, 2, "after", note="previous post / next post links"),
 R(SB+"/aside[2]", "Popular posts", 5, "outside", note="sidebar WordPress Popular Posts widget"),
]
ctas=[
 C("follow", "", "outside", "/html/body/nav/div[2]", amb=True, note="social icons in the off-canvas mobile nav (hidden until opened)"),
 C("follow", "", "outside", "/html/body/div[1]/div[1]/header/div/div/div[2]", note="header social icons"),
 C("share", "858 shares Pinterest Facebook Twitter Mix Flipboard Reddit", "before", B+"/div[1]", note="top share buttons (dpsp-content-top) under the 'Sharing is caring!' line"),
 C("share", "", "inline", B+"/section/div/header/div[2]", amb=True, note="Pinterest save button on the recipe card image"),
 C("share", "", "after", B+"/p[28]", amb=True, note="'pin it later' banner image over the Pinterest image after the related pins"),
 C("share", "858 shares Pinterest Facebook Twitter Mix Flipboard Reddit", "after", B+"/div[4]", note="bottom share buttons (dpsp-content-bottom)"),
 C("comments", "2 comments", "after", AR+"/div[4]/span", amb=True, note="comment count in the tags-share row"),
 C("share", "1 Facebook Twitter Pinterest Email", "after", AR+"/div[4]/div", note="like count + share links row under the post"),
 C("follow", "Regan", "after", AR+"/div[5]", amb=True, note="author box with bio and author social icons"),
 C("comments", "2 comments", "after", AR+"/div[7]", note="comment list and 'Leave a Comment' form"),
 C("newsletter", "Never miss a post Email *", "outside", SB+"/aside[3]", note="sidebar e-mail sign-up form"),
 C("follow", "Facebook Twitter Instagram Pinterest Email Bloglovin", "outside", "/html/body/div[1]/footer/div/div[1]", note="footer social links"),
 C("share", "858 shares", "before|outside", "/html/body/div[4]", note="floating left share rail (dpsp-floating-sidebar)"),
]
ads=[
 A(B+"/p[27]", "after", "Amazon native shopping ad (amzn_assoc in_content, script-filled) after the related pins"),
]
