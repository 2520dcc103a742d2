from _dsl import *
FILE="scrapinghub/html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz"
SEC="/html/body/div[2]/div[8]/div[1]"
ART=SEC+"/article"
COL=ART+"/div[1]"
SN=COL+"/div[1]/div/div"
RR=ART+"/div[2]"
TOOLS=SEC+"/div/div"
related=[
 R(COL+"/div[3]", None, 0, "after", amb=True, note="empty #cx-editor-pick (cxense editor's picks, script-filled) under the paywalled snippet"),
 R(RR+"/div[2]/div/div[1]", "Most Popular Videos", 5, "outside", note="right rail trending videos"),
 R(RR+"/div[2]/div/div[2]", "Most Popular Articles", 5, "outside", note="right rail trending articles"),
 R(RR+"/div[3]", None, 0, "outside", amb=True, note="empty journal_reports module in the right rail (section promo, script-filled)"),
 R("/html/body/div[2]/div[8]/div[2]", None, 0, "after|outside", amb=True, note="empty mobile copy of the journal_reports module below the article"),
]
ctas=[
 C("subscribe", "Subscribe Sign In", "outside", "/html/body/div[2]/div[1]/div/div/div/header/div[1]/div/div[1]", amb=True, note="header customer nav: Subscribe button + Sign In + empty subscribe-now promo slot (AD_CT)"),
 C("subscribe", "", "before|outside", "/html/body/div[2]/div[4]", amb=True, note="empty #cx-notification (cxense subscription offer bar, script-filled)"),
 C("share", "Share Text 16", "before|outside", TOOLS, note="article tools rail beside the article: share, text size, comments"),
 C("comments", "16", "before|outside", TOOLS+"/div/div/div/div/div/ul/li[3]", amb=True, note="comment count link in the article tools rail"),
 C("follow", "Sarah E. Needleman The Wall Street Journal Biography Sarah E. Needleman @saraheneedleman", "before", SN+"/div[1]/div/div/ul", amb=True, note="author hover menu with bio, Twitter and e-mail links"),
 C("share", "", "before", SN+"/div[2]", amb=True, note="empty #share-target inline share menu (mobile/tablet, script-filled)"),
 C("subscribe", "To Read the Full Story Subscribe Sign In", "after", SN+"/div[6]", note="paywall box after the snippet"),
 C("subscribe", "", "after", COL+"/div[2]", amb=True, note="empty #cx-snippetad (cxense offer under the paywall, class wsj-snippet-ad)"),
 C("newsletter", "", "outside", RR+"/div[5]", amb=True, note="empty #cx-article-newsletter-tile (cxense newsletter placeholder) in the right rail"),
 C("subscribe", "", "outside", "/html/body/div[4]", amb=True, note="empty #cx-candybar (cxense bottom offer bar)"),
 C("follow", "Facebook Twitter Instagram YouTube Podcasts Snapchat Google Play App Store", "outside", "/html/body/div[6]/div/div/div/footer/div[1]/div[2]/ul", note="footer social links + app store badges"),
]
ads=[
 A("/html/body/div[2]/div[7]", "before|outside", "banner-ad AD_L leaderboard above the article"),
 A(SN+"/div[4]", "after", "empty #wsj-mobile-ad-target after the snippet text"),
 A(RR+"/div[1]", "outside", "right rail AD_G (rightRailAd1)"),
 A(RR+"/div[4]", "outside", "right rail AD_Z (rightRailAd2)"),
 A("/html/body/div[3]", "after|outside", "snippet-mobile-ad AD_G1 after the page body"),
 A("/html/body/div[6]/div/div/div/footer/div[2]", "outside", "footer-ads container with an empty SI_ div (Qualtrics-style id, maybe a survey intercept)", amb=True),
]
