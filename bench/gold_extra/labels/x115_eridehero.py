from _dsl import *
FILE="wcxb/html/4674.html.gz"
G="/html/body/main/main/div/div/div[2]"
AR=G+"/article"
B=AR+"/div[3]"
NAMES={1:"Navee GT3",2:"NIU KQi 100F",3:"Vmax VX5 Pro GT",4:"Navee GT3 Pro",5:"Navee ST3 Pro",6:"Vmax VX2 Pro GT",7:"NIU KQi 300X",
       8:"Apollo Go",9:"NIU KQi Air",10:"Apollo City",11:"Vmax VX4 GT"}
VIDEO={2,4,5,6,7,8,9,10}  # items whose media box also holds a YouTube card (track button is button[1])
def track(i):
    return C("other", "Track price", "inline", B+"/article[%d]/div[1]/button%s" % (i, "[1]" if i in VIDEO else ""), amb=True,
             note="'Track price' (price-alert sign-up) button on the %s product image" % NAMES[i])
def buy(i):
    return C("other", "Buy now", "inline", B+"/article[%d]/div[2]" % i, amb=True, note="affiliate 'Buy now' price bar (rel=sponsored) of the %s entry" % NAMES[i])
def review(i):
    return R(B+"/article[%d]/div[4]/div[1]/a" % i, None, 1, "inline", amb=True, note="'Read full review' link closing the %s entry (its own review page)" % NAMES[i])
related=[
 *[review(i) for i in sorted(VIDEO)],
 R(AR+"/section[2]", "More buying guides", 3, "after", note="'More buying guides' cards + 'View all' under the author box"),
]
ctas=[
 C("other", "Log in Sign up free", "outside", "/html/body/header/div/div", amb=True, note="header Log in / 'Sign up free' buttons"),
 C("other", "Sign up free Log in to your account", "outside", "/html/body/div[1]/div/div", amb=True, note="sign-up/log-in buttons at the foot of the hidden mobile menu"),
 C("share", "", "before", AR+"/div[1]/div[2]/div", note="byline share icons (Facebook, X, Reddit)"),
 *[c for i in range(1, 12) for c in (track(i), buy(i))],
 C("follow", "Rasmus Barslund Founder & Lead Reviewer", "after", AR+"/section[1]", amb=True, note="author box with bio and LinkedIn/Facebook/Instagram/e-mail icons"),
 C("other", "Tools E-Scooter finder Browse & filter 339+ models E-Scooter deals 28 deals live now", "outside", G+"/aside/div[1]", amb=True, note="sidebar tools links (product finder, deals, compare)"),
 C("other", "Compare Products vs Compare", "outside", G+"/aside/div[2]", amb=True, note="sidebar product-comparison widget"),
 C("other", "Unlock all ERideHero features for free 1,200+ members Best deals weekly Price drop alerts Members-only discount Sign up free", "after|outside", "/html/body/section", note="member sign-up band between the article and the footer"),
 C("follow", "", "outside", "/html/body/footer/div/div[1]/div", note="footer social icons (YouTube, Instagram, TikTok, Facebook, Twitter, LinkedIn)"),
]
ads=[]
