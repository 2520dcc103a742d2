from _dsl import *
FILE="scrapinghub/html/2f42ef1d3ea0c96e56355d3db93d0e06b47e760b74f6f4261278b8cd1c246dd6.html.gz"
PG="/html/body/div[1]/div"
H=PG+"/main/article/div[1]/header"
CH=PG+"/main/article/div[2]/div/div[1]"
B1=CH+"/div[1]/div[1]"
B2=CH+"/div[3]/div[1]"
CF=PG+"/main/div"
related=[
 R(B2+"/ul", "More Great WIRED Stories", 7, "after", note="bulleted 'More Great WIRED Stories' list at the end of the body (heading is the sibling div.heading-h3 after the hr); 7 bullets, the last two hold two links each"),
 R(CH+"/div[1]/div[2]/div/div[1]/div[2]", None, 0, "outside", amb=True, note="empty recirc-most-popular-wrapper in the sticky right rail (script-filled)"),
 R(CF+"/div[2]/div", "Featured Video", 1, "after", amb=True, note="content-footer-related-video: 'Featured Video' title link plus video embed under the author bio"),
 R(CF+"/div[6]", None, 0, "after", amb=True, note="empty recirc-list-wrapper under the article (script-filled)"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", PG+"/div[4]/header/div[4]/nav", note="header utility 'Subscribe' link beside 'Sign In'"),
 C("subscribe", "", "outside", PG+"/div[3]", amb=True, note="empty interstitial paywall-modal"),
 C("subscribe", "", "outside", PG+"/div[5]", amb=True, note="empty persistent-bottom paywall-bar (sticky)"),
 C("share", "Facebook Twitter Email", "before", H+"/div/div[2]/div", note="share icons under the dek"),
 C("share", "Facebook Twitter Email", "before|outside", H+"/aside", note="sticky share rail (persistent-aside) beside the text"),
 C("subscribe", "", "inline", B1+"/div[2]", amb=True, note="empty consumer-marketing-unit article-mid slot between paragraphs (subscription promo)"),
 C("subscribe", "SUBSCRIBE Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", "inline", B2+"/div[1]", note="inset SUBSCRIBE callout between paragraphs"),
 C("subscribe", "", "after", PG+"/main/article/div[2]/div/div[2]", amb=True, note="empty body__truncation-message container (paywall message) after the body"),
 C("follow", "Twitter", "after", CF+"/div[1]/div/div/div/div/div[2]/div", amb=True, note="author bio Twitter icon"),
 C("subscribe", "", "after", CF+"/div[5]", amb=True, note="empty consumer-marketing-unit article-footer slot"),
 C("subscribe", "", "after|outside", PG+"/div[7]", amb=True, note="empty consumer-marketing-unit cm-footer slot above the site footer"),
 C("follow", "Facebook Twitter Pinterest Youtube Instagram", "outside", PG+"/div[8]/div/footer/div/div[1]/div[3]", note="footer 'Follow us on' social icons"),
]
ads=[
 A(PG+"/div[2]", "outside", "ad--out-of-page slot"),
 A(PG+"/div[6]", "before|outside", "ad-stickyhero: ad--hero slot above the article"),
 A(B1+"/div[1]", "inline", "ad--in-content slot after the third paragraph"),
 A(CH+"/div[1]/div[2]/div/div[1]/div[1]", "outside", "ad--rail slot in the sticky right rail"),
 A(CH+"/div[2]", "inline", "full-bleed ad--mid-content labelled 'Advertisement' between the two body chunks"),
 A(CH+"/div[3]/div[2]", "outside", "second right rail holding only an ad--rail slot"),
 A(CF+"/div[7]", "after", "empty Outbrain AR_14 widget without heading"),
 A(CF+"/div[8]", "after", "ad--footer slot at the bottom of the content footer"),
]
