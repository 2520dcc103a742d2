from _dsl import *
FILE="wcxb/html/4030.html.gz"
ART="/html/body/main/article"
L=ART+"/div[3]/div/div[2]"
O=ART+"/div[3]/div/div[3]"
RR=ART+"/div[4]/div/div"
PF="/html/body/main/div[2]"
related=[
 R(L+"/div[1]/div[3]", None, 1, "inline", note="featured-link card in product 1: Fellow Stagg EKG Electric Kettle Review"),
 R(L+"/div[3]/div[3]", None, 1, "inline", note="featured-link card in product 2: Cosori kettle review"),
 R(L+"/div[5]/div[3]", None, 1, "inline", note="featured-link card in product 3: best tea kettles"),
 R(L+"/div[9]/div[3]", None, 1, "inline", note="featured-link card in product 5: best pour-over coffee makers"),
 R(O+"/div[1]", None, 1, "inline", amb=True, note="featured-link card 'How We Test Products' (methodology page) under How We Tested"),
 R(O+"/div[2]", None, 1, "after", note="featured-link card after Sources: These Infusers Steep Brew-Tea-Ful Cups of Tea"),
 R(PF+"/div[2]/div", None, 16, "after|outside", note="post-footer recirc: two card lists of 8 with leaderboard slots between"),
]
ctas=[
 C("other", "Tired of losing recipes? Save your favorites on MyRecipes for free", "outside", "/html/body/div[1]", note="site-wide notification bar with close button"),
 C("other", "", "outside", "/html/body/div[2]", amb=True, note="hidden empty MyRecipes toast"),
 C("other", "Myrecipes Dialog", "outside", "/html/body/footer/div[2]/div[2]", amb=True, note="MyRecipes interstitial dialog (modal)"),
 C("share", "", "outside", "/html/body/header/div/div[2]/div[2]", note="article share icons in the sticky header: Pinterest, Facebook, email"),
 C("follow", "Follow us:", "outside", "/html/body/header/div/div[2]/div[1]/nav/div/div[2]", amb=True, note="social icons in the menu footer"),
 C("follow", "Follow us:", "outside", "/html/body/footer/div[1]/div/div[1]/div[2]", note="footer social icons"),
 C("other", "$200 at Amazon $180 at Target View on Williams Sonoma", "inline", L+"/div[1]/div[1]/div[3]", amb=True, note="retailer buttons of product 1 (affiliate shop links)"),
 C("other", "$58 at Amazon $78 at Wayfair $78 at Home Depot", "inline", L+"/div[3]/div[1]/div[3]", amb=True, note="retailer buttons of product 2"),
 C("other", "$35 at Amazon View on Walmart", "inline", L+"/div[5]/div[1]/div[3]", amb=True, note="retailer buttons of product 3"),
 C("other", "View on Lardera.com", "inline", L+"/div[7]/div[1]/div[3]", amb=True, note="retailer button of product 4"),
 C("other", "$30 at Amazon $40 at Target View on Bodum.com", "inline", L+"/div[9]/div[1]/div[3]", amb=True, note="retailer buttons of product 5"),
]
ads=[
 A("/html/body/div[3]", "before|outside", "mm-ads-leaderboard-header (leaderboard-flex-1)"),
 A(L+"/div[2]", "inline", "mntl-sc-block-adslot 1 after product 1"),
 A(L+"/div[4]", "inline", "adslot 2"),
 A(L+"/div[6]", "inline", "adslot 3"),
 A(L+"/div[8]", "inline", "adslot 4"),
 A(L+"/div[10]", "inline", "adslot 5 after product 5, before the outro"),
 A(RR+"/div[1]", "outside", "right rail billboard1 sticky square"),
 A(RR+"/div[2]", "outside", "right rail billboard2 sticky square"),
 A(RR+"/div[3]", "outside", "right rail billboard3 sticky square"),
 A(RR+"/div[4]/div[1]", "outside", "right rail billboard4 sticky square"),
 A(RR+"/div[4]/div[2]", "outside", "dynamic-inline leaderboard-fixed-lazy with label 'Continue to 5 of 5 below.'"),
 A(RR+"/div[5]", "outside", "right rail billboard5 sticky square"),
 A(RR+"/div[6]", "outside", "right rail billboard6 sticky square"),
 A(RR+"/div[7]", "outside", "right rail billboard7 sticky square"),
 A(PF+"/div[1]", "after|outside", "post-footer-leaderboard (leaderboardac)"),
 A(PF+"/div[2]/div/div/div[2]", "after|outside", "leaderboardfooter-flex-1 between the recirc card lists"),
 A(PF+"/div[2]/div/div/div[4]", "after|outside", "leaderboardfooter-flex-2 after the recirc card lists"),
]
