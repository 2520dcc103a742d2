from _dsl import *
FILE="trafilatura-eval/html/0a12df42d1764095989ab078ee0f940b.html.gz"
P="/html/body/div[3]"
ART=P+"/div[2]/main/article"
related=[]
ctas=[
 C("subscribe", "Exklusiv für Abonnenten", "before", ART+"/header/div[2]/div/div[2]", amb=True, note="Z+ badge link 'exclusive for subscribers' under the byline"),
 C("subscribe", "Wählen Sie Ihren Zugang und lesen Sie weiter:", "after", ART+"/div/section/aside", note="paywall gate after the teaser paragraph: Digital-Zugang offers, log-in link"),
]
ads=[
 A("/html/body/div[1]", "outside", "iqadtileOOP out-of-page slot"),
 A(P+"/div[1]/div/div/div[1]", "before|outside", "ad-desktop-1 (iqadtile1) superbanner in iqd_topAd"),
 A(P+"/div[1]/div/div/div[2]", "outside", "iqd_rightAd ad-desktop-2 (iqadtile2) skyscraper"),
 A(P+"/div[2]/div[1]", "before|outside", "ad-desktop-3 (iqadtile3) between header and article"),
 A(P+"/div[2]/div[2]", "before|outside", "ad-mobile-1 between header and article"),
 A(P+"/div[2]/div[3]", "after|outside", "ad-desktop-16 (iqadtile16) between article and footer"),
 A("/html/body/div[5]", "outside", "empty div.ad#ad3999 at the end of the body", amb=True),
]
