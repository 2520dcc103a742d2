from _dsl import *
FILE="scrapinghub/html/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html.gz"
MB="/html/body/div[2]/div[3]"
SB=MB+"/aside"
related=[
 R(SB+"/div[2]", "Most Read", 5, "outside", note="sidebar Most Read list"),
]
ctas=[
 C("follow", "Follow VentureBeat on Facebook Follow VentureBeat on Twitter", "outside", "/html/body/nav/ul/li[7]", amb=True, note="mobile copy of the social follow links inside the nav menu"),
 C("follow", "Follow VentureBeat on Facebook Follow VentureBeat on Twitter", "outside", "/html/body/nav/div/ul", note="header social follow widget"),
 C("donate", "Support independent journalism Contribute", "outside", "/html/body/nav/div/div", note="header 'Contribute' box"),
 C("share", "", "before|outside", "/html/body/div[2]/div[2]", note="sticky social-share rail (icons only) beside the article"),
 C("other", "UPCOMING EVENTS GamesBeat Summit Apr. 28-29 Transform Jul. 15-16", "outside", SB+"/div[4]", amb=True, note="sidebar events promo (the site's conferences)"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "a1-p2-s0 marquee billboard slot at the top of the body"),
 A("/html/body/div[2]/div[1]", "before|outside", "vb-ad-leaderboard a1-p1-s1"),
 A(SB+"/div[1]", "outside", "sidebar medrec a1-p1-s2"),
 A(SB+"/div[3]", "outside", "sidebar medrec a0-p2-s2"),
 A(SB+"/div[5]", "outside", "sidebar medrec a0-p4-s2"),
 A(MB+"/div/div[2]/article/div/div", "after", "empty pressboard-ad-sponsorship-msg after the last paragraph", amb=True),
 A("/html/body/div[3]", "outside", "ROS_Skin 1x1 skin slot"),
 A("/html/body/div[4]", "outside", "ROS_HB 1x1 out-of-page slot"),
 A("/html/body/div[5]", "outside", "ROS_BP 1x1 out-of-page slot"),
 A("/html/body/div[6]", "outside", "ROS_Zedo 1x1 out-of-page slot"),
]
