from _dsl import *
FILE="scrapinghub/html/5fa5679de56c43edf70685762c2d1f2de296432ae53aa46e075b552fee17cab8.html.gz"
M="/html/body/div[3]/div[6]/main/div/div[3]"
B=M+"/div[3]/div"
S="/html/body/div[3]/div[6]/aside/div/div[2]"
related=[
 R(S+"/div[1]/div/div/div[2]", "You may also like", 3, "outside", note="sidebar trending module, sister sites"),
 R(S+"/div[2]/div[1]", "Recent from Adam Clark Estes", 3, "outside", note="sidebar, author's recent posts"),
 R(M+"/div[5]", "Recommended Stories", 6, "after"),
]
ctas=[
 C("comments", "108", "before", M+"/div[2]/div/div[2]/div[1]", amb=True, note="counters row: views, comment count link, recommends"),
 C("share", "", "before", M+"/div[2]/div/div[2]/div[2]", note="top share tools (icons only)"),
 C("share", "Share This Story", "after", M+"/div[4]"),
 C("follow", "About the author Adam Clark Estes Email Twitter", "after", M+"/div[6]", amb=True, note="About the author box with Email/Twitter links"),
 C("comments", "", "after", M+"/div[8]", note="empty comments iframe container (script-filled)"),
 C("share", "Share Tweet", "after|outside", M+"/div[10]", note="bottom share bar"),
 C("newsletter", "", "outside", "/html/body/div[3]/div[9]", amb=True, note="empty js_subscribe container"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "splashy-ad-container-top SPLASHY_TOP"),
 A("/html/body/div[3]/div[5]", "before|outside", "sticky TOP_BANNER"),
 A("/html/body/div[3]/div[6]/aside/div/div[1]", "outside", "LEFT_TOP"),
 A(S+"/div[1]/div/div/div[1]", "outside", "sidebar instream-native-video", amb=True),
 A(S+"/div[1]/div/div/div[3]", "outside", "LEFT_RAIL"),
 A(S+"/div[2]/div[2]", "outside", "PROMOTION_NATIVE_SIDEBAR"),
 A(S+"/div[3]", "outside", "leftrail_dynamic_ad_wrapper (empty)"),
 A(B+"/div[1]", "inline", "SPLASHYMID"),
 A(B+"/div[2]", "inline", "TEADS outstream"),
 A(B+"/div[3]", "inline", "SPLASHYMID_MOBILE"),
 A(B+"/div[4]", "inline", "swappable mobile in-post, labelled Advertisement"),
 A(B+"/div[5]", "inline", "instream-native-video in the body", amb=True),
 A(B+"/div[6]", "inline", "SPLASHYMID_MOBILE"),
 A(B+"/div[7]", "inline", "TEADS outstream mobile"),
 A(B+"/div[8]", "inline", "MOBILE_IN_POST Advertisement"),
 A(B+"/div[9]", "inline", "MOBILE_IN_POST Advertisement (before the last paragraph)"),
 A(M+"/div[9]", "after", "empty taboola-below-article-thumbnails"),
 A("/html/body/div[3]/div[7]", "after|outside", "INFINITE_PROMOTION"),
]
