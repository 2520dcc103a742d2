from _dsl import *
FILE="scrapinghub/html/f5c90a6d5253c3a21ff3168c64bea4b5ffade7a1ba5bed952a59ebee0d648d98.html.gz"
HD="/html/body/div[1]/div[1]"
P="/html/body/div[1]/div[4]/div"
AR=P+"/main/article/div"
B=AR+"/div[1]/div"
SC=AR+"/div[2]"
M=P+"/main"
related=[
 R(HD+"/section", "Article Browser", 15, "outside", note="sticky-header carousel of latest stories (heading is screen-reader only), More/Previous articles buttons"),
 R(B+"/div[1]", None, 0, "inline", amb=True, note="'NOW WATCH' JW Player inline video with a contextual playlist (script-filled)"),
 R(B+"/aside[12]", "More in White House", 4, "after", note="inline-stories--more after the author card"),
 R(SC+"/div[2]/aside", "Top Stories", 0, "outside", note="right-rail top stories, handlebars template filled by script"),
 R(SC+"/aside", "Recommended Articles", 0, "outside", note="right-rail recommended stories, template filled by script"),
 R(M+"/div[2]/div[1]/div", "Most Popular", 10, "after|outside", note="most-popular list with View More button, band below the article"),
 R(M+"/div[2]/div[2]/div[1]/aside", "Around the Web", 4, "outside", note="partner-module: links to other publications, rail beside Most Popular"),
]
ctas=[
 C("follow", "google plus instagram", "outside", HD+"/nav/div/div", note="social icons in the drop-down site navigation"),
 C("share", "", "outside", HD+"/header/div/nav[1]", note="share icons + comments icon in the sticky header bar"),
 C("follow", "About Victor Davis Hanson Follow Victor Davis Hanson on Twitter", "before", AR+"/header/div/div[3]/div[1]/div/div", amb=True, note="author drop-down box by the byline"),
 C("share", "", "before", AR+"/header/div/div[3]/div[2]", note="share icons (facebook/twitter/email/print/comments) under the byline"),
 C("comments", "Comments", "inline", B+"/div[2]", amb=True, note="desktop comments-launch button placed between the last two paragraphs (opens the comments flyout)"),
 C("share", "", "after", B+"/div[3]/nav", note="share icons after the last paragraph"),
 C("comments", "Comments", "after", B+"/div[3]/div", note="comments-launch button beside the bottom share icons"),
 C("subscribe", "Something to Consider If you enjoyed this article, we have a proposition for you: Join NRPLUS.", "after", B+"/div[4]", note="NRPLUS membership appeal, LEARN MORE"),
 C("follow", "@vdhanson", "after", B+"/footer[1]", amb=True, note="inline author card ending in the author's Twitter handle"),
 C("newsletter", "Politics happens. Stay current with NR Daily. Get our conservative analysis delivered right to you. No charge.", "outside", SC+"/div[3]/aside", note="right-rail e-mail opt-in"),
 C("follow", "Facebook Twitter", "outside", P+"/footer/div/div[1]/div[1]", note="footer social icons"),
 C("donate", "Donate Subscribe", "outside", P+"/footer/div/div[1]/div[3]", amb=True, note="two-link footer-top menu: Donate, Subscribe"),
 C("newsletter", "Newsletters Morning Jolt (M-F) NR Daily (M-Sa) Breaking News (M-Su) Email", "outside", P+"/footer/div/div[2]/div[2]/div[2]", note="footer newsletter form"),
 C("comments", "", "after|outside", "/html/body/div[2]", note="comments flyout (Coral Talk, 'Loading...')"),
]
ads=[
 A(HD+"/section/div/div/div[5]/div[1]", "outside", "empty nativoAPCarousel div inside the article browser (Nativo sponsored card)", amb=True),
 A(P+"/aside", "before|outside", "leaderboard billb_atf above the article"),
 A(B+"/aside[1]", "inline", "Advertisement inline_1"),
 A(B+"/aside[2]", "inline", "Advertisement inline_1_mobile"),
 A(B+"/aside[3]", "inline", "Advertisement inline_2_mobile"),
 A(B+"/aside[4]", "inline", "Advertisement native_mobile"),
 A(B+"/aside[5]", "inline", "Advertisement inline_3_mobile"),
 A(B+"/aside[6]", "inline", "Advertisement native"),
 A(B+"/aside[7]", "inline", "Advertisement inline_4_mobile"),
 A(B+"/aside[8]", "inline", "Advertisement inline_5_mobile"),
 A(B+"/aside[9]", "inline", "Advertisement inline_2 (react AdUnit)"),
 A(B+"/aside[10]", "inline", "Advertisement inline_6_mobile"),
 A(B+"/aside[11]", "inline", "Advertisement inline_3 (react AdUnit)"),
 A(SC+"/div[1]", "outside", "right-rail rec_atf"),
 A(SC+"/div[4]", "outside", "right-rail rec_widget"),
 A(SC+"/div[5]", "outside", "empty Outbrain SB_1 widget in the right rail"),
 A(M+"/aside", "after", "leaderboard billb_footer below the article"),
 A(M+"/div[1]/div[1]", "after", "empty Outbrain AR_7 widget below the article"),
 A(M+"/div[1]/div[2]", "after", "MGID/idealmedia composite container below the article"),
 A(M+"/div[2]/div[2]/div[2]", "outside", "rail rec_bottom"),
 A(M+"/div[2]/div[2]/div[3]", "outside", "empty Outbrain SB_1 widget in the lower rail"),
 A(M+"/div[2]/div[2]/div[4]", "outside", "MGID/idealmedia composite container in the lower rail"),
 A("/html/body/div[1]/div[5]", "outside", "sticky bottom ad with Close Ad button"),
]
