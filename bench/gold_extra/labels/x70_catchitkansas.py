from _dsl import *
FILE="scrapinghub/html/3ce1c8fdf6ad2ded9e48a68be71eb069fc453ef1b75f47698428a1fdda0deb24.html.gz"
LC="/html/body/div[3]/div/div[1]/div[1]"
AD=LC+"/article/div"
RC="/html/body/div[3]/div/div[1]/div[2]/div[1]"
BAND="/html/body/div[3]/div/div[2]/div"
# Gray TV high-school sports page: a short results story (first line is an external 'CLICK FOR FULL STATE SWIM
# RESULTS' link), a video player with a 3-clip playlist, a photo gallery carousel (body media, not labelled), and
# the same 8-story headline list twice (mobile copy under the article, desktop copy in the right column), each
# opening with an empty Outbrain 'Sponsored' native row. GPT slots named gdm-ad-*. The header weather box, the
# overlay menus, breadcrumbs and the footer menu (incl. an 'Advertising' link) are not labelled.
related=[
 R(AD+"/div[1]/div[2]", None, 3, "before", amb=True, note="visualPlaylist beside the video player: 3 clips (javascript:loadVideo)"),
 R(AD+"/aside", None, 8, "after", note="mobile-only (visible-xs) headline list under the gallery: 8 swim/sports stories with thumbnails"),
 R(AD+"/div[8]", None, 1, "after", note="prevNext: next story link 'Moscow wins Wild West Bowl for 6-man crown'"),
 R(RC+"/div[2]/aside", None, 8, "outside", note="right-column copy of the same 8-story headline list (desktop)"),
]
ctas=[
 C("share", "", "before", AD+"/div[3]", note="socialIcons row under the date: Facebook, Twitter, LinkedIn, email, print (icons only)"),
 C("read_more", "CLICK FOR FULL STATE SWIM RESULTS", "before", AD+"/div[4]/div/div[1]/p[1]", amb=True, note="first body line linking to the full results on kshsaa.org (in the ground-truth body)"),
 C("other", "", "after", AD+"/div[4]/div/div[3]", amb=True, note="empty onesignal-customlink-container (push-notification subscribe button, script-filled)"),
]
ads=[
 A("/html/body/div[2]", "outside", "gdm-ad-wallpaper out-of-page skin slot"),
 A(LC+"/div[1]", "before|outside", "gdm-ad-mobiletop 320x50 above the breadcrumb (mobile)"),
 A(AD+"/div[4]/div/div[2]", "after", "gdm-ad-728x90-A right after the last paragraph"),
 A(AD+"/aside/div/div[1]", "after", "empty Outbrain 'Sponsored' native row heading the mobile headline list", amb=True),
 A(AD+"/div[7]", "after", "yieldmo ym_0 (mobile only) below the headline list"),
 A(AD+"/div[9]", "after", "gdm-ad-728x90-B at the end of the article column"),
 A(RC+"/div[1]/div[1]", "outside", "right column gdm-ad-300x250-A"),
 A(RC+"/div[1]/div[2]", "outside", "right column gdm-ad-300x250-B"),
 A(RC+"/div[2]/aside/div/div[1]", "outside", "empty Outbrain 'Sponsored' native row heading the desktop headline list", amb=True),
 A(BAND+"/div[1]", "after|outside", "empty circularAd (Flipp ad spot, comments only)", amb=True),
 A(BAND+"/div[2]", "after|outside", "empty OUTBRAIN widget AR_4"),
 A(BAND+"/div[3]", "after|outside", "empty OUTBRAIN widget AR_2"),
 A("/html/body/div[3]/div/div[3]/div", "after|outside", "gdm-ad-kixer-B out-of-page mobile interstitial", amb=True),
 A("/html/body/div[4]", "outside", "gdm-footer-container-ad floating footer slot with close button"),
]
