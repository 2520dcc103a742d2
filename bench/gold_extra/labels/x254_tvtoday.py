from _dsl import *
FILE="trafilatura-eval/html/tvtoday.de-willsmith.html.gz"
# TV TODAY (Burda) celebrity news 'Will Smith' (Familienkrach). Empty Outbrain dual-right container at the top of the
# body; header with logo, Facebook/Twitter icons, 'Abo bestellen' button, search, big programme menu; breadcrumbs with
# 'Ein Partner von TV Spielfilm'; top banner slot; article: figure, kicker, title, lead, content-box ad slot, text with a
# target-video syndication player between paragraphs, '© Cover Media', empty additional-buttons div; Outbrain widget
# under the article. Right column: two sky/rectangle ad slots, cinema search form, 'Kinocharts' top 5, 'Kinoprogramm in'
# city list, four loose story teasers (one is this article). Footer: link lists (Newsletter, Abo among 20 links),
# Burda sister sites. Empty article modal at the end.
# Not labelled: programme menu, breadcrumbs, partner logo, cinema search form, 'Kinoprogramm in' city link list (tag-like),
# footer link lists, empty additional-buttons div and article modal, 1x1 ob_container redirect link.
M="/html/body/main/div/div"
SB=M+"/div[2]/aside"
related=[
 R(SB+"/div[3]", "Kinocharts", 5, "outside", amb=True, note="right-column cinema chart top 5 (film pages, not stories) with 'Weitere Platzierungen bei cinema.de'"),
 R(SB+"/a[1]", None, 1, "outside", note="right-column story teaser 'Eddie Murphy' (loose link, no container or heading)"),
 R(SB+"/a[2]", None, 1, "outside", note="right-column story teaser 'Jennifer Aniston und Brad Pitt'"),
 R(SB+"/a[3]", None, 1, "outside", amb=True, note="right-column story teaser pointing to this very article"),
 R(SB+"/a[4]", None, 1, "outside", note="right-column story teaser 'Mel B und Eddie Murphy'"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/div/div[2]/a[1]", note="header Facebook icon link"),
 C("follow", "", "outside", "/html/body/header/div/div[2]/a[2]", note="header Twitter icon link"),
 C("subscribe", "Abo bestellen", "outside", "/html/body/header/div/div[2]/a[3]", note="header magazine subscription button"),
]
ads=[
 A("/html/body/div[1]", "before|outside", amb=True, note="empty Outbrain dual-right container (ob_ads_header + odb_div) at the top of the body"),
 A("/html/body/main/section/div/div[2]/div", "before|outside", "top banner slot (promo-box-top-slot1, adsd_banner) under the breadcrumbs"),
 A(M+"/div[1]/article/div[1]", "inline", "content-box ad slot (adsd_desktop_contentbox) between lead and text"),
 A(M+"/div[1]/article/div[2]/div/native-player", "inline", amb=True, note="empty target-video syndication player between paragraphs 3 and 4 (script-filled video, likely ad-carrying)"),
 A(M+"/div[1]/aside/div", "after", "empty Outbrain widget (AR_1) under the article, no heading of its own"),
 A(SB+"/div[1]", "outside", "right-column rectangle/sky slot (adsd_desktop_rectangle_sky_any)"),
 A(SB+"/div[4]", "outside", "second right-column rectangle/sky slot"),
]
