from _dsl import *
FILE="scrapinghub/html/ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf.html.gz"
SA="/html/body/div[4]/div[2]/div[1]"
ART=SA+"/article"
B=ART+"/div[2]/div"
EL=SA+"/div"
RC="/html/body/div[4]/div[2]/aside"
related=[
 R(B+"/div[3]", "Related articles", 2, "inline", note="two-related-articles box after the first paragraph"),
 R(B+"/div[7]/p[5]", None, 1, "inline", note="'READ MORE: <link>' single-link paragraph"),
 R(B+"/div[9]", "Related articles", 2, "inline", note="second two-related-articles box between photos and text"),
 R(B+"/div[10]/p[5]", "DON'T MISS", 3, "inline", note="DON'T MISS heading (strong) + three [INSIGHT]/[NEWS] story links in one paragraph"),
 R(B+"/div[13]", "Trending", 0, "inline", note="top-articles box between the last two text blocks, empty list filled by script"),
 R(EL+"/div[1]", "Related articles", 3, "after", note="related-articles text list under the article"),
 R(EL+"/footer/section/div", None, 0, "after", amb=True, note="empty spot.im recirculation module (script-filled) in the comments section"),
 R(RC+"/section[1]", "Most read in Science", 0, "outside", note="right column, empty list filled by script"),
 R(RC+"/section[2]", "Latest videos", 5, "outside"),
 R(RC+"/section[3]", None, 16, "outside", note="right column 'More From This Section (Science)' stories, no visible heading"),
]
ctas=[
 C("follow", "Find us on Facebook Follow us on Twitter", "outside", "/html/body/div[4]/header/div/div[1]/ul", note="header social buttons"),
 C("comments", "0", "before", ART+"/header/div/div[2]", amb=True, note="hidden spot.im comment counter in the byline panel"),
 C("share", "", "before", ART+"/header/div/div[3]", note="empty social-buttons-and-comments container (share bar, script-filled)"),
 C("comments", "", "after", EL+"/footer/section", note="#gigyacomments: spot.im launcher (comments), script-filled"),
 C("follow", "CONNECT WITH US Find us on Facebook Follow us on Twitter Check us on Google+ Subscribe to our rss feed", "outside", "/html/body/div[4]/footer/aside/section[2]"),
 C("subscribe", "TODAY'S PAPER Wednesday, 20th November 2019 See today's front and back pages, download the newspaper", "outside", "/html/body/div[4]/footer/aside/section[3]", note="footer e-paper promo"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "div-gpt-ad-vip out-of-page"),
 A("/html/body/div[2]", "before|outside", "div-gpt-ad-...-oop out-of-page"),
 A("/html/body/div[3]", "before|outside", "#superbanner leaderboard: gpt-1 + empty oas_Top"),
 A("/html/body/div[4]/div[1]", "before|outside", "empty OUTBRAIN AR_21 between header and main"),
 A(EL+"/footer/div/div", "after", "empty OUTBRAIN AR_22 under the article"),
 A(EL+"/div[3]", "after", "gpt-6 after the comments section"),
 A(RC+"/div[1]", "outside", "right column gpt-2"),
 A(RC+"/div[2]", "outside", "right column gpt-3"),
 A(RC+"/div[3]", "outside", "right column empty OUTBRAIN SB_1"),
 A(RC+"/div[4]", "outside", "right column gpt-4"),
 A(RC+"/div[5]", "outside", "right column gpt-5"),
 A("/html/body/div[4]/div[3]", "after|outside", "#bottomad / pub_Bottom, empty"),
]
