from _dsl import *
FILE="scrapinghub/html/3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1.html.gz"
APP="/html/body/div/div[2]"
W=APP+"/main/div/div[1]/div[2]"
ART=W+"/div[1]/div/article"
related=[
 R(ART+"/div[4]/div[1]", "Материалы по теме", 13, "after", note="'Related materials' list of 13 story links under the body, above the tags"),
]
ctas=[
 C("other", "Выбери самого крутого фудблогера Instagram", "after", ART+"/div[3]/div[73]", amb=True, note="reader poll closing the article body (vote counts); in the source's articleBody"),
 C("comments", "Комментарии 224", "after", W+"/div[2]", note="comments section: title with count, send form, sort tabs, one comment"),
 C("newsletter", "Подписка на рассылку Подписаться", "after|outside", APP+"/div[2]", note="e-mail newsletter sign-up form above the footer"),
 C("follow", "", "outside", APP+"/footer/div/div[2]/ul[1]", note="footer social icons (VK, FB, OK, Instagram, YouTube)"),
]
ads=[
 A("/html/body/div/div[1]/div", "outside", "creative_branding slot (page skin), empty"),
 A(APP+"/header/a", "before|outside", "header-anounsement image link through the ad redirector (beautybox promo)", amb=True),
 A(APP+"/div[1]", "before|outside", "creative-wrapper hb-top (top banner), empty"),
 A(W+"/div[1]/div/aside", "outside", "empty right-rail aside beside the article (hidden-md-down), presumably script-filled", amb=True),
 A(APP+"/main/div/div[4]", "outside", "fullscreen-creative slot, empty"),
]
