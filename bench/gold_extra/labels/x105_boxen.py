from _dsl import *
FILE="trafilatura-eval/html/boxen.de-staatsanwaltschaft.html.gz"
# boxen.de WordPress news theme: top bar, breaking-news ticker, header ads, mega menu, article column + sidebar, footer.
W="/html/body/div"
COL=W+"/div[5]/div[1]/div/div"
E=COL+"/article/div[4]"
SB=W+"/div[5]/div[1]/div/aside/div"
FT=W+"/div[5]/footer/div/div"
related=[
 R(W+"/div[2]/div/div/div/div[2]", "BRANDAKTUELL /", 10, "before|outside", note="breaking-news ticker under the top bar (first item is this article)"),
 R(W+"/header/nav[2]/div/div/div/div/ul/li[2]/div", None, 3, "outside", amb=True, note="'Top News' mega-menu panel with 3 post cards (hidden until hover)"),
 R(COL+"/div[1]", "Ähnliche Beiträge", 4, "after", note="related-posts grid under the article"),
 R(COL+"/div[2]", None, 1, "after", note="post navigation: 'Voriger Artikel' link; 'Nächster Artikel: Dies ist der neueste Artikel' has no link"),
 R(SB+"/div[2]/div[4]", "Letzte Kommentare", 2, "outside", amb=True, note="sidebar recent-comments widget linking to articles"),
 R(FT+"/div[3]/div", "Letzte Kommentare", 5, "outside", amb=True, note="footer recent-comments widget linking to articles"),
]
ctas=[
 C("follow", "", "outside", W+"/div[1]/div/div/div/div[2]", note="top bar Facebook/Twitter icons"),
 C("follow", "", "before|outside", W+"/div[4]", amb=True, note="superbanner image under the header linking to the site's Facebook page"),
 C("comments", "0", "before", COL+"/article/div[2]/div[2]/a[2]", amb=True, note="comment-count link in the meta row (beside views and a like heart)"),
 C("share", "", "before", COL+"/article/div[2]/div[2]/div", note="meta row share icons (Facebook, Twitter, Google+, Pinterest)"),
 C("comments", "Keine Kommentare Antwort schreiben", "after", COL+"/div[3]", note="comments section with log-in-to-comment notice"),
 C("other", "Registrieren / Login", "outside", SB+"/div[1]", amb=True, note="sidebar BuddyPress login/register form"),
 C("other", "Boxfans Neu | Aktiv | Beliebt", "outside", SB+"/div[2]/div[3]", amb=True, note="sidebar community members widget"),
 C("follow", "", "outside", W+"/div[5]/div[2]/div/div/div/div[2]", note="bottom bar Facebook/Twitter icons"),
]
ads=[
 A(W+"/header/div/div/div/div/div[2]/div[1]", "before|outside", "header AdSense leaderboard 728x90 (desktop)"),
 A(W+"/header/div/div/div/div/div[2]/div[2]", "before|outside", "header AdSense 468x60 (mobile/tablet)"),
 A(E+"/div[1]", "before", "AdSense 200x200 floated right at the start of the text"),
 A(E+"/ins", "after", "bare AdSense ins after the last paragraph"),
 A(E+"/div[2]", "after", "AdSense 468x15 link unit at the end of the entry"),
 A(SB+"/div[2]/div[1]", "outside", "sidebar image banner to a boxing shop (kwon.com)"),
 A(SB+"/div[2]/div[2]", "outside", "sidebar AdSense 300x250"),
 A(W+"/div[6]", "after|outside", "AdSense 720x90 at the very bottom of the page"),
]
