from _dsl import *
FILE="scrapinghub/html/51d066b0602c9421d8d6410bc4b931700978409a3faa2a984e8fbde519ad7241.html.gz"
S="/html/body/section/div"
ART=S+"/article"
B=ART+"/div[3]"
RR=ART+"/div[2]"
related=[
 R(B+"/div[1]", None, 1, "inline", note="in-text 'embedded article' story link: Help Shape the Future of Public Transit"),
 R(B+"/div[2]", None, 1, "inline", note="in-text story link: Man Shot at Dallas Gas Station"),
 R(B+"/div[4]", None, 1, "inline", note="in-text story link: Wrong-Way Crash"),
 R(B+"/div[5]", None, 1, "inline", note="in-text story link: Plano Apartment (Updated flag)"),
 R(B+"/div[6]", None, 1, "inline", note="in-text story link: Fitzgerald firing"),
 R(B+"/div[7]", None, 1, "inline", note="in-text story link: Fort Worth human waste"),
 R(B+"/div[8]", None, 1, "inline", note="in-text story link: SWA flight"),
 R(B+"/div[9]", None, 1, "inline", note="in-text story link: Life Support Restraining Order"),
 R(ART+"/figure/div[1]/div[2]/div[4]", "More videos (1 of 9)", 0, "before", amb=True, note="lead-video end card, empty relatedVideos carousel filled by script"),
 R(RR+"/div[2]", None, 0, "outside", amb=True, note="empty 'rail topstories' container in the right rail (script-filled)"),
]
ctas=[
 C("share", "", "before", ART+"/div[1]/div", note="socialNetworks-top icons: facebook, twitter, comment, email, print"),
 C("share", "Link Embed", "before", ART+"/figure/div[1]/div[2]/div[2]", amb=True, note="lead-video end card title with share/link/embed tools"),
 C("newsletter", "NEWSLETTERS Receive the latest local updates in your inbox", "outside", RR+"/div[6]", note="right-rail newsletter sign-up form"),
 C("other", "", "outside", RR+"/div[4]", amb=True, note="empty CivicScience poll container in the rail"),
 C("other", "WATCH LIVE NBC 5 Today at 6am", "outside", S+"/div", note="fixed bottom 'watch live' TV promo bar (tve_cta) with close button"),
 C("comments", "Leave Comments", "after", S+"/aside/div[1]", note="Facebook comments block under the article"),
 C("follow", "Social Media", "outside", "/html/body/div[2]/div/div/div/div/div[3]/ul/li[5]/div/div[1]/div[1]/div[1]", amb=True, note="social icons in the header 'Connect' dropdown menu"),
 C("follow", "Connect With Us", "outside", "/html/body/div[10]/div/div/div[1]/div/div", note="footer social icons"),
]
ads=[
 A("/html/body/div[1]", "outside", "empty adTransitionalContainer (interstitial)", amb=True),
 A("/html/body/div[3]", "outside", "empty adBackgroundContainer (skin)", amb=True),
 A("/html/body/div[4]", "before|outside", "topbanner leaderboard1 with close button"),
 A(ART+"/figure/div[2]", "before", "Taboola filmstrip placeholder under the lead video (tbFilmStrip)", amb=True),
 A(RR+"/div[1]", "outside", "rail rect1 topbox (plus freewheel slot)"),
 A(RR+"/div[5]", "outside", "rail rect2 bottomrectangle 300x160"),
 A(RR+"/div[7]", "outside", "rail bottombox 300x250"),
 A(B+"/div[11]", "after", "empty taboola-below-article-thumbnails"),
 A(S+"/aside/div[2]", "after", "bottombanner leaderboard2 below comments"),
]
