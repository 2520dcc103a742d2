from _dsl import *
FILE="scrapinghub/html/624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35.html.gz"
SA="/html/body/div[4]/div[2]/div[1]"
ART=SA+"/article"
B=ART+"/div[2]/div"
EL=SA+"/div"
RC="/html/body/div[4]/div[2]/aside"
related=[
 R(B+"/div[3]", "Related articles", 2, "inline", note="two-related-articles box after the first paragraph"),
 R(B+"/div[7]/p[5]", None, 1, "inline", note="'SEE MORE: <link>' single-link paragraph"),
 R(B+"/div[9]/p[7]", "DON'T MISS", 3, "inline", note="three [INSIGHT]/[VIDEO]/[REACTION] story links; the DON'T MISS heading is the preceding p[6]"),
 R(EL+"/div[1]", "Related articles", 3, "after", note="related-articles text list under the article"),
 R(EL+"/footer/section/div", None, 0, "after", amb=True, note="empty spot.im recirculation module (script-filled) in the comments section"),
 R(RC+"/section[1]", "Most read in World", 0, "outside", note="right column, empty list filled by script"),
 R(RC+"/section[2]", None, 5, "outside", note="right column 'More From This Section (World)' stories, no visible heading"),
 R(RC+"/section[3]", "Latest videos", 5, "outside"),
 R(RC+"/section[4]", None, 10, "outside", note="right column more-from-section stories, no heading"),
 R(RC+"/section[5]", None, 7, "outside", note="right column more-from-section stories, no heading"),
]
ctas=[
 C("follow", "Find us on Facebook Follow us on Twitter", "outside", "/html/body/div[4]/header/div/div[1]/ul", note="header social buttons"),
 C("comments", "0", "before", ART+"/header/div/div[2]", amb=True, note="spot.im comment counter in the byline panel"),
 C("share", "", "before", ART+"/header/div/div[3]", note="empty social-buttons-and-comments container (gigya share bar, script-filled)"),
 C("comments", "", "after", EL+"/footer/section", note="#gigyacomments: spot.im launcher (comments), script-filled"),
 C("follow", "CONNECT WITH US Find us on Facebook Follow us on Twitter Check us on Google+ Subscribe to our rss feed", "outside", "/html/body/div[4]/footer/aside/section[2]"),
 C("subscribe", "TODAY'S PAPER Wednesday, 20th November 2019 See today's front and back pages, download the newspaper", "outside", "/html/body/div[4]/footer/aside/section[3]", note="footer e-paper promo"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "div-gpt-ad-vip 8x8 out-of-page"),
 A("/html/body/div[2]", "before|outside", "div-gpt-ad-...-oop out-of-page"),
 A("/html/body/div[3]", "before|outside", "#superbanner leaderboard: gpt-1 + empty oas_Top"),
 A("/html/body/div[4]/div[1]", "before|outside", "empty OUTBRAIN AR_21 between header and main"),
 A(EL+"/footer/div/div", "after", "empty OUTBRAIN AR_22 under the article"),
 A(EL+"/div[3]", "after", "gpt-6 (1x1/fluid) after the comments section"),
 A(RC+"/div[1]", "outside", "right column gpt-2 (300x250/300x600)"),
 A(RC+"/div[2]", "outside", "right column gpt-3"),
 A(RC+"/div[3]", "outside", "right column empty OUTBRAIN SB_1"),
 A(RC+"/div[4]", "outside", "right column gpt-4"),
 A(RC+"/div[5]", "outside", "right column gpt-5"),
 A("/html/body/div[4]/div[3]", "after|outside", "#bottomad / pub_Bottom, empty"),
]
