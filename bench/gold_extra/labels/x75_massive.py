from _dsl import *
FILE="wcxb/html/0254.html.gz"
ART="/html/body/main/article"
B=ART+"/div[2]/div/div/div"
# MASV (file-transfer SaaS) blog guide built with Divi sections: intro, table of contents, five text sections,
# FAQ accordion. Four Divi 'starttrial' promo boxes with Sign-Up buttons sit between the sections, a 'More Workflows'
# blog grid sits between two body sections, and two '💡 Read More:/Related:' lines sit in the text (the wcxb
# ground truth keeps those lines, the Workflow Tip and the closing sign-up sentence as body). No ad slots.
# The table of contents, breadcrumbs, header mega-menu and footer menus (incl. Download App / Contact Us /
# Request a Demo) are not labelled.
related=[
 R(B+"/div[5]/div/div/div[3]", "Read More", 1, "inline", note="'💡 Read More: Protect Your Review Assets With Forensic Watermarking'"),
 R(B+"/div[6]/div/div/div[5]", "Related", 1, "inline", note="'💡 Related: How to Cut Film Production Costs Without Compromising Quality'"),
 R(B+"/div[7]", "More Workflows", 3, "inline", note="Divi blog grid of 3 workflow posts between the tips section and the closing section"),
 R(ART+"/footer/ul", "Related Articles:", 3, "after", note="ul#relatedPosts cards; the h2 heading is its sibling in the article footer"),
]
ctas=[
 C("share", "", "before", ART+"/div[1]", note="AddToAny icons above the text (LinkedIn, X, Gmail, Facebook, Reddit)"),
 C("other", "Large File Transfer for Video Review and Approval", "inline", B+"/div[2]/div/div/div[3]", note="Divi promo box with 'Sign-Up for Free' button under the table of contents"),
 C("other", "Transfer Large Files With No Limitations", "inline", B+"/div[3]/div/div/div[5]", note="Divi promo box with 'Sign-Up For Free' button"),
 C("other", "💻 Workflow Tip: Video professionals can use a MASV Portal", "inline", B+"/div[4]/div/div/div[7]", amb=True, note="bordered product tip box ending 'Learn how >' (in the wcxb body)"),
 C("other", "Collect Files in Review Storage", "inline", B+"/div[4]/div/div/div[8]", note="Divi promo box with 'Sign-Up For Free' button"),
 C("other", "Ensure files end up in the right storage or collaboration platform", "inline", B+"/div[8]/div/div/div[2]/div/p[6]", amb=True, note="closing paragraph ending 'Sign-up for MASV today' link (in the wcxb body)"),
 C("other", "MASV Large File Transfer", "inline", B+"/div[8]/div/div/div[4]", note="Divi promo box with 'Sign-Up for MASV' button before the FAQ"),
 C("follow", "About the Author Jim Donnelly", "after", ART+"/footer/div", amb=True, note="author box whose bio links the author's LinkedIn"),
 C("other", "Log In Sign-Up Free", "outside", "/html/body/header/nav/div[2]", note="header Log In / Sign-Up Free buttons ('Sign-Up for Free' is a 'without' snippet)"),
 C("follow", "", "outside", "/html/body/footer/div/div[2]/div[3]", note="footer YouTube / LinkedIn icons"),
]
ads=[]
