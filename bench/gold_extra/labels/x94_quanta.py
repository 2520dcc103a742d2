from _dsl import *
FILE="scrapinghub/html/bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06.html.gz"
PC="/html/body/div[2]/div/div[6]/div/div"
LN=PC+"/div[1]/div"
PB=PC+"/div[2]"
SA=PB+"/div[2]/div/div/div/aside[1]/div"
SB=PB+"/div[2]/div/div/div/aside[2]/div/div"
FA=PB+"/div[7]/div/div/div[1]/section/aside/div"
FB=PB+"/div[7]/div/div/div[2]/section/aside/div/div"
related=[
 R(PB+"/div[5]/section/div/div/div/div", "Related:", 3, "inline", note="LinkList component between body paragraphs; its 3 links exist only as JSON in a script (rendered by React)"),
 R(PC+"/section[2]", None, 0, "after", amb=True, note="empty post__category loader (script-filled more-in-category feed)"),
 R(PC+"/div[3]", "Next article", 1, "after", note="next-post card 'Neutrinos Lead to Unexpected Discovery in Basic Math'"),
]
ctas=[
 C("comments", "", "outside", LN+"/section/div[4]/div[1]", amb=True, note="comment-count link in the fixed local nav bar (appears on scroll)"),
 C("other", "Read Later", "outside", LN+"/section/div[4]/div[2]", amb=True, note="Read Later bookmark button in the fixed local nav bar"),
 C("share", "Share", "outside", LN+"/section/div[4]/div[3]", note="share menu in the fixed local nav bar"),
 C("comments", "Comments", "outside", LN+"/ul/li[1]", amb=True, note="Comments link in the local nav's mobile dropdown (hidden)"),
 C("other", "Read Later", "before", PB+"/div[1]/section/section/div/div[2]/div/div[2]/div[2]", amb=True, note="Read Later bookmark button under the headline"),
 C("other", "", "outside", SA+"/div[2]", amb=True, note="sidebar poster: house promo for the Quanta book 'Alice and Bob Meet the Wall of Fire' (Amazon links, images only)"),
 C("share", "", "outside", SB+"/div[1]", note="'Share this article' icons in the right sidebar beside the body"),
 C("newsletter", "Newsletter Get Quanta Magazine delivered to your inbox", "outside", SB+"/div[2]", note="sidebar newsletter teaser (with 'Subscribe now' button div[3] and 'Most recent newsletter' link)"),
 C("other", "", "after", FA+"/div[2]", amb=True, note="post-footer copy of the book promo poster"),
 C("share", "", "after", FB+"/div[1]", note="post-footer copy of 'Share this article' icons"),
 C("newsletter", "Newsletter Get Quanta Magazine delivered to your inbox", "after", FB+"/div[2]", note="post-footer copy of the newsletter teaser"),
 C("newsletter", "The Quanta Newsletter Get highlights of the most important news delivered to your email inbox", "after", PC+"/section[1]", note="newsletter sign-up form under the article"),
 C("comments", "Comment on this article Quanta Magazine moderates comments", "after", PC+"/section[3]", note="comments section (disqus_thread, Show comments)"),
 C("follow", "", "outside", "/html/body/div[2]/div/footer/section/div/section[1]/div[2]", note="footer social icons (Facebook, Twitter, YouTube, Instagram)"),
]
ads=[]
