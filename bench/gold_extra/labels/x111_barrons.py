from _dsl import *
FILE="scrapinghub/html/f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584.html.gz"
M="/html/body/div[2]/div[4]"
AR=M+"/div[2]/article"
B=AR+"/div[2]"
HD="/html/body/div[2]/div[2]/div/div/div/div/div/div[1]/div/div[1]"
related=[
 R(AR+"/div[4]", None, 0, "after", amb=True, note="empty #smart-assets (sa-captivate-box) container under the article, script-filled"),
 R(M+"/div[3]", None, 0, "after|outside", amb=True, note="empty #continuous_articles (next articles loaded on scroll, body class is-continuous)"),
 R(M+"/div[4]", None, 0, "after|outside", amb=True, note="empty circular-widget module (CSS gives it a widget title), script-filled"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", HD+"/div[2]/div[1]", note="header Subscribe button with its empty cxense promo container"),
 C("share", "", "before", AR+"/header/div[1]/div", note="share icons (email, Facebook, Twitter, LinkedIn) beside the headline"),
 C("other", "Order Reprints Print Article", "before", AR+"/header/div[2]/div[2]", amb=True, note="reprint / print tools in the byline row"),
 C("subscribe", "", "before", B+"/div[1]", amb=True, note="empty #cx-articlecover (cxense paywall cover) at the top of the body"),
 C("contact", "Write to Al Root at allen.root@dowjones.com", "after", B+"/div[5]/p[8]", amb=True, note="'Write to' author e-mail line closing the text (left out of the source's ground-truth body)"),
 C("comments", "", "after", AR+"/div[6]", note="#comments_sector with the Spot.IM comments launcher (script-filled, 3 messages)"),
 C("share", "Close Home Depot Stock Is Falling After Its Earnings Release.", "outside", "/html/body/div[2]/div[5]", amb=True, note="hidden 'email this article' modal (From/To/Message form)"),
 C("follow", "The end. But let's stay in touch", "outside", "/html/body/div[2]/div[6]/div/div/div/div/div[1]", note="footer 'But let's stay in touch' social icons (Facebook, Twitter, LinkedIn, Instagram)"),
 C("subscribe", "", "outside", "/html/body/div[3]", amb=True, note="empty #cx-scrim (cxense offer overlay)"),
 C("subscribe", "", "outside", "/html/body/div[4]", amb=True, note="empty #cx-notification (cxense offer bar)"),
 C("subscribe", "", "outside", "/html/body/div[5]", amb=True, note="empty #cx-poptart (cxense pop-up offer)"),
 C("subscribe", "", "outside", "/html/body/div[6]", amb=True, note="empty #cx-candybar (cxense bottom offer bar)"),
]
def mid(n):
    return A(AR+"/div[%d]" % (n + 9 if n > 1 else 8), "inline|after", "hidden #mid-ad-%d (AD_%dMID 300x250 GPT, moved into the text by script)" % (n, n))
ads=[
 A("/html/body/div[2]/div[3]", "before|outside", "AD_L leaderboard banner (970x250/728x90) above the article"),
 A(AR+"/div[1]", "before|outside", "sticky AD_RAIL (300x250/300x600) rail ad beside the text, placed before the body"),
 A(B+"/div[3]", "before", "empty barrons-main-article-ad-target (body_ad, sticky) before the first paragraph"),
 A(AR+"/div[7]", "after", "article_unruly_ad AD_N (2x2 outstream)"),
 mid(1),
 A(AR+"/div[9]", "inline|after", "hidden nativo-placement AD_ARTICLENATIVE (native ad, fluid)"),
 A(AR+"/div[10]", "inline|after", "hidden empty nativo-spot 'Stock Alert'", amb=True),
 *[mid(n) for n in range(2, 11)],
]
