from _dsl import *
FILE="wcxb/html/2157.html.gz"
# Be Connected (eSafety Commissioner, Totara/Moodle) course page 'What is a smartphone?': skip links; header (logo, 'Join /
# Sign in' button, menu incl. 'Email newsletter', text-size control); breadcrumb; top block (Course label, h1,
# description, in-page links Video / Activities / Print the guide; right column 'Topic navigation' list of the five
# courses of 'Computer basics for beginners'); main column (Guest notice; 'Join or sign in' box; video transcript
# accordion; 'Activities' with three lessons, each with 'Start now'); right rail 'Recommended content' (2 tiles); bottom
# block 'Print the guide' (guide downloads in nine languages); footer ('Subscribe to the Be Connected newsletter' band,
# eSafety note, Learn / Get involved / About columns, empty social row, legal links).
# Not labelled: skip links, menus, text-size control, breadcrumb, in-page anchor links, Guest notice (no link), transcript,
# 'Print the guide' block (the course's own printable guide in several languages: part of the course material, no ask),
# footer columns (navigation; 'Contact us' one entry of 'About'), empty whitespace-only social row.
MC="/html/body/div[5]/div/div/div[1]/div/div/ul/li/div[3]/div/ul"
related=[
 R("/html/body/div[4]/div/div/div/div[2]/div/div/div/div/div[2]/div", "Topic navigation", 5, "outside", amb=True, note="'Topic navigation' list of the courses of the topic 'Computer basics for beginners' (computer, laptop, tablet, smartphone (current), internet) beside the course description; a series list a reader may call navigation"),
 R("/html/body/div[5]/div/div/div[2]", "Recommended content", 2, "outside", note="right rail 'Recommended content' tiles: Advanced online security (topic), How to choose mobile phones for seniors (article)"),
]
ctas=[
 C("other", "Join / Sign in", "outside", "/html/body/div[2]/nav/div/div[2]", amb=True, note="header 'Join / Sign in' button (sign-up with log-in, 11.7)"),
 C("other", "Join or sign in Sign in to save your progress and earn a certificate Join / Sign in", "before", MC+"/li[1]", note="'Join or sign in' box with button above the transcript (account sign-up ask)"),
 C("other", "1 Get to know your smartphone 6 min Start now", "inline", MC+"/li[4]", amb=True, note="course activities each with a 'Start now' button (convention 1: one amb CTA for the listing; no container of their own, labelled on the first activity; the activity titles are in the wcxb ground truth)"),
 C("newsletter", "Subscribe to the Be Connected newsletter Get the latest updates on new courses, articles and more", "outside", "/html/body/footer/div[1]", note="footer newsletter band with 'Subscribe now' button"),
]
ads=[]
