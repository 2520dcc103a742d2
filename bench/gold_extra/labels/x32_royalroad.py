from _dsl import *
FILE="trafilatura-eval/html/royalroad.com.melas.html.gz"
C0="/html/body/div[3]/div/div/div"
PB=C0+"/div[3]/div[2]"
FH=C0+"/div[1]/div/div[3]"
PF="/html/body/div[4]/div/div"
# A web-fiction chapter page: fiction header (cover, title, author, buttons), a top ad portlet, the chapter portlet
# (reader settings bar, prev/next buttons, chapter text, mid ad, author's note, 'Support' buttons, bottom chapter
# navigation, RSS), a bottom ad, 'About the author' box, comments (script-loaded), hidden modals (settings,
# give-reputation), prefooter and footer. The author's note is the author's own text and is not labelled.
# Not labelled: header menus/notifications/login, the reader-settings bar and modal, the 'Fiction Page' button, the
# author's stats buttons (2 Fictions / 3 Posts / 0 Threads), the 'Give Reputation' modal, the footer 'About' and
# 'Amazon Affiliate' texts, the theme select, the footer legal links. Ads: nitropay createAd() on four ids.
related=[
 R(PB+"/div[1]", None, 1, "before", note="Previous Chapter (disabled button, chapter 1) / Next Chapter buttons above the text"),
 R(PB+"/div[6]", None, 2, "after", note="bottom chapter navigation: Previous (disabled) / Fiction Index / Next Chapter"),
]
ctas=[
 C("donate", "Donate Patreon", "before", FH+"/div", note="header 'Donate' dropdown with Patreon link"),
 C("contact", "Report Chapter", "before", FH+"/a[2]", amb=True, note="header 'Report Chapter' button"),
 C("subscribe", "Remove Ads", "before", C0+"/div[2]/span", amb=True, note="'Remove Ads' link to premium subscription in the top ad portlet"),
 C("donate", "PayPal Patreon", "after", PB+"/div[5]", note="'Support \"Melas\"' PayPal/Patreon buttons (heading h5 is a sibling)"),
 C("follow", "RSS", "after", PB+"/div[7]", amb=True, note="RSS feed button of the fiction"),
 C("follow", "Follow Author", "after", C0+"/div[5]/div[2]/div/div[2]/div/div[1]/form", note="'Follow Author' button in the About-the-author box"),
 C("comments", "Comments(48) Set Compact Log in to comment Log In Load Comments", "after", C0+"/div[6]", note="comments container, loaded by script"),
 C("follow", "", "outside", PF+"/div[3]/ul", note="prefooter social icons under 'Follow Us On' (icons only)"),
 C("contact", "Need some help? Create a support ticket Contact Contact Us by Email", "outside", PF+"/div[4]", note="prefooter help/contact column"),
]
ads=[
 A(C0+"/div[2]/div/div[1]", "before", "nitropay Content_Top_Desktop (portlet labelled 'Advertisement')"),
 A(C0+"/div[2]/div/div[2]", "before", "nitropay Content_Top_Mobile (same portlet)"),
 A(PB+"/div[3]", "after", "nitropay Content_Mid_Desktop after the chapter text ('Advertisement' h6 is a sibling)"),
 A(C0+"/div[4]", "after", "nitropay Content_Bottom_Desktop under the chapter portlet"),
]
