from _dsl import *
FILE="wcxb/html/0178.html.gz"
G="/html/body/main/div/div[3]/section[1]/div/div"
B=G+"/div[3]"
DN="/html/body/header/nav/div/div[2]/ul"
MN="/html/body/header/nav/div/div[3]/div/ul"
related=[
 R(DN+"/li[3]/div/div/div[1]/div/div[2]", "Featured", 1, "outside", amb=True, note="hidden mega-menu featured story (Trends & Hacks): Family Travel on a Budget"),
 R(DN+"/li[4]/div/div/div[1]/div/div[2]", "Featured", 1, "outside", amb=True, note="hidden mega-menu featured story (Our Favorites): Sicily's Vacation Discount"),
 R(MN+"/li[3]/div/div[1]", None, 1, "outside", amb=True, note="mobile-menu copy of the Family Travel featured story"),
 R(MN+"/li[4]/div/div[1]", None, 1, "outside", amb=True, note="mobile-menu copy of the Sicily featured story"),
 R(B+"/h2[15]", None, 1, "after", note="closing 'Related: Our Ranking of the Best Hotel Booking Sites' link heading (kept in the source's ground-truth body)"),
]
ctas=[
 C("follow", "Add us on Google Click the button to make Frommer's a preferred source on Google.", "outside", "/html/body/header/div", amb=True, note="header trust bar: make Frommer's a preferred Google source"),
 C("newsletter", "Email Address *Opt in to Newsletter *I want to receive travel news, trip ideas, and special offers", "outside", "/html/body/footer/div[2]/div[2]/div[1]/div[2]", note="footer newsletter form"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div[3]/ul[2]", note="footer social icons (Facebook, X, Instagram, Flipboard)"),
]
ads=[
 A("/html/body/main/div/div[2]", "before", "dynamic-below-title-ad, Advally HeaderLeaderboard between the hero and the body"),
 A(G+"/div[2]", "outside", "sticky sidebar Advally SidebarTall"),
 A(B+"/div[1]", "inline", "in-body ad wrapper with __ADVvideoPlaceholder (video ad)"),
 *[A(B+"/div[%d]" % i, "inline", "dynamic-article-ad-wrapper, Advally ArticleInline") for i in range(2, 11)],
 A("/html/body/main/div/div[3]/div", "after", "dynamic-after-content-ad with empty __RevcontentPlaceholder"),
]
