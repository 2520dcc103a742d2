from _dsl import *
FILE="scrapinghub/html/1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198.html.gz"
ART="/html/body/div[3]/div[7]/div/div[1]/div"
SB="/html/body/div[3]/div[7]/div/div[2]"
related=[
 R(ART+"/div[11]", None, 0, "after", amb=True, note="empty b-article__refs lists under the article (script-filled related links)"),
 R(SB+"/div[1]", "News", 10, "outside", note="sidebar tabs Latest / Most Read, 5 stories each"),
 R(SB+"/div[3]", "Recommended", 0, "outside", sponsored=True, amb=True, note="heading over an empty taboola-right-rail-thumbnails container"),
 R(SB+"/div[5]", "Multimedia", 3, "outside", note="sidebar tabs Photo / Cartoons / Infographics, one item each"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[3]/div[4]/div/div[2]", note="header social icons (empty li: fb, tw, ins, pin, soundcloud, youtube, rss)"),
 C("comments", "4 55 3", "before", ART+"/div[1]/div[3]", amb=True, note="counters: comment count link (4), likes 55, dislikes 3"),
 C("follow", "Subscribe", "before", ART+"/div[2]", note="'Subscribe' Google News badge under the byline"),
 C("share", "... Reddit Google+ Blogger Pinterest StumbleUpon Telegram WhatsApp", "after", ART+"/div[7]", note="#share social-likes pane (fb, tw, email, comment link, more)"),
 C("comments", "Track Do not track Community standards Discussion", "after", ART+"/section", note="comments section: Facebook / Sputnik tabs, add-comment form"),
 C("other", "Sputnik push notifications", "outside", "/html/body/div[3]/footer/div/div/div[2]/div", note="footer push-notification switch"),
 C("other", "Sputnik push notifications Get push notifications from Sputnik International", "outside", "/html/body/div[16]", amb=True, note="hidden push-notification modal"),
]
ads=[
 A("/html/body/div[3]/div[1]/div/div[2]", "before|outside", "728x90 gpt leaderboard in the site bar"),
 A(ART+"/div[5]", "after", "adfox banner right after the last paragraph"),
 A(ART+"/div[9]", "after", "empty b-banner-container under the share/likes row", amb=True),
 A(ART+"/div[10]/div[1]", "after", "empty taboola-below-article-thumbnails"),
 A(ART+"/div[10]/div[2]", "after", "empty taboola-below-article-thumbnails-2nd"),
 A(SB+"/div[2]", "outside", "sidebar 300x600 gpt"),
 A(SB+"/div[4]", "outside", "#unit_92159 mixi.media native unit"),
 A(SB+"/div[6]", "outside", "sidebar adfox banner"),
 A(SB+"/div[7]", "outside", "sidebar adfox banner"),
]
