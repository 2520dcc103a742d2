from _dsl import *
FILE="wcxb/html/4574.html.gz"
# Parkview Health blog post 'Transitioning to a plant-based diet – tips and tricks': header (logo, main menu with a
# button-styled 'Find Care' item, utility menu Contact Us / Careers / Medical Education / Donate / Pay a Bill / MyChart
# Login / Search); breadcrumb; utility row ('Return to Parkview Dashboard Blog', Share / Print); left aside ('Share this
# story' icons, 'Featured in this post' doctor card, 'Newsletter Sign Up' card, 'Share Your Story' card); main (h1, date,
# category, text ending with an empty h4); 'Related Blog Posts' slider of 3 cards with 'View all posts'; footer (accordion
# link columns, copyright with social icons, legal links); empty consent mounts.
# No ad markup: no ads.
# Not labelled: menus (incl. the utility menu's Contact Us / Donate links among 7), breadcrumb, 'Return to ... Blog' link,
# 'Featured in this post' card (author credit), footer accordion columns (About / Patients / Get Involved / Medical
# Professionals), legal links, consent mounts.
AS="/html/body/div[2]/section[2]/div/aside"
related=[
 R("/html/body/div[2]/section[3]", "Related Blog Posts", 3, "after", note="'Related Blog Posts' slider of 3 cards with 'View all posts' link"),
]
ctas=[
 C("other", "Find Care", "outside", "/html/body/header/nav/div[1]/ul/li[6]", amb=True, note="button-styled 'Find Care' item closing the main menu (mainnavbutton)"),
 C("share", "Share Print", "before", "/html/body/div[2]/section[1]/div/ul", note="utility row Share / Print links above the post"),
 C("share", "Share this story Facebook Twitter Linkedin Pinterest", "outside", AS+"/section", note="aside 'Share this story' icons beside the text"),
 C("newsletter", "Newsletter Sign Up Sign up for our weekly e-newsletter", "outside", AS+"/div[2]", note="aside 'Newsletter Sign Up' card"),
 C("other", "Share Your Story If you have a Parkview story you would like to share with us", "outside", AS+"/div[3]", note="aside 'Share Your Story' card asking readers to submit their Parkview story"),
 C("follow", "pinterest facebook instagram twitter youtube linkedin", "outside", "/html/body/section/div/div[2]/ul", note="footer social icons"),
]
ads=[]
