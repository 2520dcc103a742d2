from _dsl import *
FILE="scrapinghub/html/686bb170effe273eaff1c0f88e412172e8d972518a6d1454c896f52aafaa9643.html.gz"
M="/html/body/div[2]"
ART=M+"/article"
S=ART+"/section"
B=S+"/div[2]"
related=[
 R(M+"/div", "Trending", 6, "before|outside", amb=True, note="trending bar under the nav: nav-like links (Full Moons 2019, Forums, Videos, Subscribe to 'All About Space')"),
 R(B+"/p[5]", None, 1, "inline", note="'Related: Possible Water Plumes on Europa: The Discovery in Images' lone link paragraph"),
 R(B+"/ul", None, 3, "inline|after", note="bulleted list of 3 related story links after the last body paragraph, before the author promo"),
 R(ART+"/div", None, 0, "after", amb=True, note="empty related-articles-block / expanding-articles (script-filled)"),
 R(M+"/aside[2]/section[2]", "More from Space...", 5, "outside", note="sidebar popular box"),
]
ctas=[
 C("follow", "", "outside", "/html/body/nav/div[1]/div/div[3]", note="masthead social icons (Facebook, Twitter, Instagram, YouTube, Flipboard)"),
 C("share", "Shares", "before", ART+"/header/div/nav", note="socialite share widget with share count under the byline"),
 C("follow", "Mike Wall's book about the search for alien life", "after", B+"/p[16]", amb=True, note="author book promo + 'Follow him on Twitter... Follow us on Twitter or Facebook'"),
 C("subscribe", "Need more space? Subscribe to our sister title", "after", B+"/figure", note="All About Space magazine subscription promo image with caption"),
 C("contact", "Join our Space Forums to keep talking space", "after", S+"/div[3]", note="forums invitation + news tip/correction e-mail"),
 C("read_more", "", "after", S+"/div[4]", amb=True, note="empty read-more-container"),
 C("comments", "No comments yet Comment from the forums", "after", S+"/div[6]", note="xenforo forum comments widget"),
 C("newsletter", "Sign Up for e-mail newsletters", "outside", M+"/aside[2]/section[1]", note="sidebar newsletter sign-up (iframe form)"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "dfp-leaderboard-container (empty)"),
 A(B+"/aside", "inline", "empty hawk-widget (affiliate price widget) after the 2nd paragraph", amb=True),
 A(B+"/p[10]", "inline", "empty p.mid__article (mid-article ad slot placeholder)", amb=True),
 A(S+"/div[5]", "after", "empty this-will-be-used-for-mpu-2"),
 A(ART+"/footer[1]", "after", "empty taboola-below-article-thumbnails"),
 A(ART+"/footer[2]", "after", "empty taboola-mobile-below-article-thumbnails"),
 A(ART+"/footer[3]", "after", "empty third van_taboola footer", amb=True),
]
