from _dsl import *
FILE="trafilatura-eval/html/2gewinnt.wordpress.com.uns.html.gz"
# 2gewinnt (Austrian satire duo) WordPress.com page 'Über uns': header menu + site title; page text (CV and a dated list of
# shows, in-text links to their programmes and videos: body); two WordAds slots after the text; Jetpack sharedaddy (Tweet /
# Facebook share, likes); comment list (1 comment) + comment form; footer widget area (quotes 'Über 2gewinnt', three empty
# text widgets, Facebook page box); WordPress.com footer credit; cookie banner; hidden likes-gravatars popup.
# Not labelled: header menu, the in-text 'Pressemappe und Pressefotos / Termine' link list (part of the page text), the
# 'Über 2gewinnt' quotes widget, empty text widgets, the 'Erstelle eine kostenlose Website' credit, cookie banner,
# the hidden likes-master iframe and likes-gravatars popup (script parts of the likes widget).
PC="/html/body/div[1]/div/div[1]/main/article/div"
related=[]
ctas=[
 C("share", "Tweet", "after", PC+"/div[3]/div[1]", note="Jetpack sharedaddy share buttons (Facebook share, Tweet)"),
 C("other", "Gefällt mir: Liken Lade …", "after", PC+"/div[3]/div[2]", amb=True, note="Jetpack like button"),
 C("comments", "Ein Gedanke zu “Über uns”", "after", "/html/body/div[1]/div/div[1]/main/div", note="comment list (1 comment) and 'Kommentar verfassen' form"),
 C("follow", "", "outside", "/html/body/div[1]/div/div[2]/div/div[2]/aside", amb=True, note="footer widget: Facebook page box (fb-page, script-filled; only an empty link in the HTML)"),
]
ads=[
 A(PC+"/div[1]", "after", "WordAds inread video slot (atatags initVideoSlot) after the text"),
 A(PC+"/div[2]", "after", "WordAds dynamic slot (atatags initDynamicSlot, label 'Werbeanzeigen')"),
]
