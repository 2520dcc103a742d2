from _dsl import *
FILE="wcxb/html/4828.html.gz"
# SoundGuys (Next.js, hashed class names) buying guide 'The best workout earbuds 2026'. Header: search, 'Discover',
# 'Best daily deals' link, Login. Affiliate disclosure line; category link; title, dek; meta row (author, date, '0'
# comment-count button, 'Add SoundGuys on Google'). Body: intro, update note, 'The Quick Answer' with six product deal
# boxes ('See price at Amazon' retailer buttons, 'See review'), in-depth sections each closed by a 'Read our full …
# review' line, notable mentions (retailer price links in the text), how we test, why trust, FAQ. Below: 'You might
# like' over a 'Best products' brand-link row, an empty 'Follow' box, comment-policy line with an empty comments
# section. Empty aside, empty footer and empty modal/overlay divs (all filled by script). No ad markup or ad config.
# Not labelled: search, 'Discover', 'Best daily deals', Login, disclosure, category link, in-text retailer links,
# update-note and FAQ accordions, the empty aside and the empty trailing divs.
B="/html/body/div/main/div[2]/div[5]/div"
DEALS=[(5, "Beats Powerbeats Pro 2"), (7, "Nothing Ear (Open)"), (9, "Sony WF-C710N"), (11, "Sennheiser MOMENTUM Sport"), (13, "CMF Buds 2 Plus"), (15, "Shokz OpenRun Pro 2")]
REVIEWS=[(21, "Powerbeats Pro 2"), (26, "Nothing Ear (Open)"), (31, "Sony WF-C710N"), (36, "Sennheiser MOMENTUM Sport"), (41, "CMF Buds 2 Plus"), (46, "Shokz OpenRun Pro 2")]
related=[
 R(B+"/div[%d]/p" % i, None, 1, "inline", amb=True, note="'Read our full %s review' link closing the product section (the product's own review)" % n) for i, n in REVIEWS
] + [
 R(B+"/div[64]", "You might like", 5, "after", amb=True, note="'You might like' (heading in the sibling div[63]) over a 'Best products' row of 5 brand/topic links (tag-like)"),
]
ctas=[
 C("comments", "0", "before", "/html/body/div/main/div[2]/div[3]/div[1]/button", amb=True, note="comment-count button in the meta row"),
 C("follow", "Add SoundGuys on Google", "before", "/html/body/div/main/div[2]/div[3]/a", amb=True, note="'Add SoundGuys on Google' preferred-source link in the meta row"),
] + [
 C("other", "See price at Amazon %s" % n, "inline", B+"/div[%d]" % i, amb=True, note="Quick Answer deal box for the %s (affiliate 'See price at' retailer buttons; the guide's own product list)" % n) for i, n in DEALS
] + [
 C("follow", "Follow", "after", B+"/div[65]", amb=True, note="'Follow' box under the article with an empty (script-filled) icon row"),
 C("comments", "Thank you for being part of our community. Read our Comment Policy before posting.", "after", B+"/div[66]", note="comment-policy line and empty comments-section (script-filled)"),
]
ads=[]
