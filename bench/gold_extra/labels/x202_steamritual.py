from _dsl import *
FILE="wcxb/html/4819.html.gz"
# Steam Ritual (WordPress GeneratePress) buyer's guide 'Espresso Machines Under $500 (2025 Buyer's Guide)': intro,
# affiliate disclosure box, five product cards (heading, Price/Why/Ideal list, two paragraphs, a 'Check Price on
# Amazon' affiliate button that wcxb leaves out of the body), 'Final Thoughts'. Entry footer with categories, tags and
# previous/next post links; comment form; right sidebar with Recent Posts, search, Recent Comments (empty). No ads
# (GTM prefetch only).
# Not labelled: header logo, primary nav (incl. Contact), affiliate disclosure, categories/tags, search widget,
# 'Recent Comments' widget ('No comments to show.'), footer menu (About, Contact, legal).
E="/html/body/div[1]/div/div[1]/main/article/div"
C_=E+"/div[2]"
related=[
 R(E+"/footer/nav", None, 2, "after", note="previous/next post links (7 Must-Have Espresso Accessories…, The Easiest Espresso Machine for Beginners)"),
 R("/html/body/div[1]/div/div[2]/div/aside[1]", "Recent Posts", 5, "outside", note="sidebar 'Recent Posts' widget"),
]
ctas=[
 C("other", "Check Price on Amazon", "inline", C_+"/div[2]/div/a", amb=True, note="affiliate button of the Breville Bambino Plus card"),
 C("other", "Check Price on Amazon", "inline", C_+"/div[3]/div/a", amb=True, note="affiliate button of the Gaggia Classic Pro card"),
 C("other", "Check Price on Amazon", "inline", C_+"/div[4]/div/a", amb=True, note="affiliate button of the DeLonghi Dedica card"),
 C("other", "Check Price on Amazon", "inline", C_+"/div[5]/div/a", amb=True, note="affiliate button of the Flair Classic card"),
 C("other", "Check Price on Amazon", "inline", C_+"/div[6]/div/a", amb=True, note="affiliate button of the Capresso Café Pro card (the last card, before 'Final Thoughts')"),
 C("comments", "Leave a Comment Cancel reply", "after", "/html/body/div[1]/div/div[1]/main/div", note="'Leave a Comment' form"),
]
ads=[]
