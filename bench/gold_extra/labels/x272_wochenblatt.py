from _dsl import *
FILE="trafilatura-eval/html/wochenblatt.com-Heinen-Essen.html.gz"
# Wochenblatt für Landwirtschaft & Landleben (InterRed, drax components) article 'Heinen-Esser offen für
# Existenzgründungsprämie': sticky header (logo, top agrar partner link, services list Newsletter/Shop/Heftarchiv/…,
# 'Abo' button, login dropdown), nav, offcanvas guide (login promo, navigation), search layer, GPT zones globalHead /
# Hockeystick / SideRight / SideAd, sticky progress header ('Artikel teilen' + comment icon), hidden share modal; article
# (breadcrumb, headline, lead, byline, image, GPT detailContent1, text, 'Lesen Sie mehr' with two teaser streams), empty
# UserRating widget, metabar (Artikel drucken / Kommentieren / Zurück zur Übersicht), newsletter box with an empty stream,
# empty 'Ähnliche Artikel' slider (items in data-props only), comments container, sticky issue box ('Abonnieren' /
# 'eMagazin'), GPT globalFooter, footer (social links, collapsible link columns), GPT floor ad.
# Not labelled: header services list (Newsletter, Shop … plain menu links), login icon/dropdown, offcanvas guide incl. its
# login promo, navs, search layer, breadcrumb, 'Artikel drucken' / 'Zurück zur Übersicht' buttons, footer link columns.
B="/html/body/main/div[1]/div[2]/div"
PT=B+"/div[2]/div[2]"
related=[
 R(PT+"/div[1]", "Lesen Sie mehr", 1, "after", note="teaser stream under the 'Lesen Sie mehr' line (p[7]) at the end of the text: 'Jugendverbände fordern Existenzgründungsprämie für Junglandwirte'"),
 R(PT+"/div[2]", None, 1, "after", note="second teaser stream under 'Lesen Sie mehr': 'Prämie für die Existenzgründung'"),
 R("/html/body/main/div[3]/div[2]", None, 0, "after", amb=True, note="empty o-stream beside the newsletter box in the 'l-articleview__recommendation' block"),
 R("/html/body/main/div[4]", None, 0, "after", note="empty drax Slider whose data-props hold the headline 'Ähnliche Artikel' and its items (filled by script)"),
]
ctas=[
 C("subscribe", "Abo", "outside", "/html/body/header[2]/div[1]/div/div[2]/div/a[2]", note="header 'Abo' button (Abo abschließen)"),
 C("share", "Artikel teilen", "outside", "/html/body/div[7]/div[1]/div/div[1]", note="'Artikel teilen' button in the sticky progress header"),
 C("comments", "", "outside", "/html/body/div[7]/div[1]/div/div[2]", amb=True, note="comment icon button (#first-comment) in the sticky progress header"),
 C("share", "Teilen Sie diesen Artikel Pinterest Facebook Twitter Ausdrucken E-Mail", "outside", "/html/body/div[8]", amb=True, note="hidden share modal (#modal-share)"),
 C("other", "", "after", "/html/body/main/div[2]/div[2]", amb=True, note="empty drax UserRating widget (article rating) under the text"),
 C("comments", "Kommentieren", "after", "/html/body/main/div[2]/div[3]/div[2]/a[2]", note="'Kommentieren' button in the metabar under the text"),
 C("newsletter", "Hat Ihnen dieser Artikel gefallen? Tragen Sie sich jetzt ein und wir senden Ihnen automatisch weitere Artikel zu", "after", "/html/body/main/div[3]/div[1]", note="newsletter box under the article"),
 C("comments", "", "after", "/html/body/main/div[5]", note="#mitdiskutieren comments container (drax Comments, filled by script)"),
 C("subscribe", "03/2022 Abonnieren eMagazin", "after|outside", "/html/body/div[9]", note="sticky issue box: cover, 'Abonnieren' and 'eMagazin' buttons"),
 C("follow", "Facebook Instagram Youtube Pinterest", "outside", "/html/body/footer/div/div[1]/div[2]", note="footer social links"),
]
ads=[
 A("/html/body/div[3]", "before|outside", "GPT globalHead zone with drax fallback"),
 A("/html/body/div[4]", "outside", "GPT globalHockeystick zone"),
 A("/html/body/div[5]", "outside", "GPT globalSideRight zone (sticky)"),
 A("/html/body/div[6]", "outside", "GPT globalSideAd zone"),
 A(B+"/div[2]/div[1]", "before|inline", "GPT detailContent1 slot between the lead image and the text"),
 A("/html/body/div[10]", "after|outside", "GPT globalFooter zone above the footer"),
 A("/html/body/div[11]", "outside", "GPT globalFloor slot (#floorAdWrapper)"),
]
