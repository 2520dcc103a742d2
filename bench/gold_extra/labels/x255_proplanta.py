from _dsl import *
FILE="trafilatura-eval/html/proplanta.de.erloesobergrenze.html.gz"
# Proplanta (agricultural news portal, table layout) news item 'Bayern fordert höhere Erlösobergrenzen für Bioenergie'.
# Top: BA (ba-content) ad containers BS and LAY, top menu table, logo, date, claim, search, utility links
# (Kontakt | Newsletter | Anmeldung / Login), leaderboard FLB. Centre column: date/topic, title, lead, image with caption
# and a 630x50 AdSense unit, text, 'AgE'; 'Kommentieren' button and 'weitere Artikel' next-article arrow; hidden comment
# form; topic buttons; AdSense 630x280 + empty nativendo native slot; 'Weitere Artikel zum Thema' (5 stories) and
# 'Kommentierte Artikel' (10 stories), each heading in its own table row above the items row. Right column: jsSocials
# share container, 'Mehr zum Thema' topic buttons, BA slot CAD, sticky box with proplanta news-ticker and weather iframes.
# Below: AdSense 'Content-Empfehlungen' (matched content) unit, footer (sister sites, service links), fixed BA SKY slot.
# Not labelled: menus, utility link row, topic button lists (article foot and right column), weather iframe, footer links,
# the adblock-detector dialog (built by script only), empty opacity overlay.
T="/html/body/div[2]/table/tr[2]/td[1]/div/article/div/table/tr/td/table"
RC="/html/body/div[2]/table/tr[2]/td[3]"
related=[
 R(T+"/td/table/tr/td[2]/div", "weitere Artikel", 1, "after", note="'weitere Artikel' previous/next arrows under the text (only the next-article arrow is active)"),
 R(T+"/tr[9]", "Weitere Artikel zum Thema", 5, "after", note="5 story headlines; the heading is the table row tr[8] just above"),
 R(T+"/tr[12]", "Kommentierte Artikel", 10, "after", note="10 commented-story headlines; the heading is the row tr[11] just above"),
 R(RC+"/nav/div/table/tr[5]/td/div[2]/table/tr/td/iframe[1]", None, 0, "outside", amb=True, note="proplanta news-ticker iframe in the sticky right-column box (items load in the frame)"),
]
ctas=[
 C("comments", "Kommentieren", "after", T+"/td/table/tr/td[1]", note="'Kommentieren' button that opens the comment form"),
 C("comments", "Status:Kommentar eingeben Name / Pseudonym: Kommentar:", "after", T+"/tr[2]", amb=True, note="comment form, hidden until 'Kommentieren' is clicked"),
 C("share", "", "before|outside", RC+"/div", note="empty jsSocials share-button container at the top of the right column (filled by script)"),
]
ads=[
 A("/html/body/center/div/div[1]", "before|outside", "BA ad container Ads_BA_BS at the top of the body"),
 A("/html/body/center/div/div[2]", "outside", "BA layer ad container Ads_BA_LAY"),
 A("/html/body/div[2]/div[9]", "before|outside", "BA leaderboard container Ads_BA_FLB under the header"),
 A(T+"/tr[1]/td/table/tr/td/table/tr/td/table/tr[2]/td/table/tr/td/span/div[1]/ins", "inline", "AdSense 630x50 unit under the lead image caption, before the text"),
 A(T+"/tr[6]/td/ins", "after", "AdSense 630x280 unit under the topic buttons"),
 A(T+"/tr[6]/td/div", "after", "empty nativendo native-ad container (nativendo-artikel)"),
 A(RC+"/nav/div/table/tr[3]/td/table/tr/td/div", "outside", "BA ad container Ads_BA_CAD in the right column"),
 A("/html/body/div[2]/ins", "after|outside", "AdSense 1000x280 'Content-Empfehlungen' (matched content) unit between content table and footer"),
 A("/html/body/div[2]/div[10]", "outside", "fixed BA skyscraper container Ads_BA_SKY right of the page"),
]
