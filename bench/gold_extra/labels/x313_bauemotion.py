from _dsl import *
FILE="trafilatura-eval/html/bauemotion.de-schneereampflicht.html.gz"
# bauemotion.de (building/renovation magazine) article 'Schneeräumpflicht: Das sollten Sie wissen': header (logo, search),
# mega nav, breadcrumb; article (h1, social area: star rating, share icons, '4 Kommentare' link; prolog lead, empty OpenX
# sponsoring-teaser area, cover image, body sections with keyword links, bottom social area); tool column ('Meist gelesen',
# 'Produkt-Tipps', 'Neue Kommentare', 'Hilfreiches' service links); full-width band (gallery teasers, 'Meist gelesene Artikel'
# grid of 12, 'Produkt-Tipps' grid, comments with form); footer (breadcrumb, link columns, 'Aktuelles' social/newsletter
# column, copyright); empty sticky-banner container filled by script with a Revive zone.
# Not labelled: navs, search, breadcrumbs, star ratings, keyword links in the text, 'Hilfreiches' service links (Prospektservice,
# Fördermittel-Auskunft, Spiel-Ecke: site tools), footer link columns (incl. 'Unsere Partner'), tracking-pixel div.
C_="/html/body/div[4]/div/div/div/div/div[1]"
AR=C_+"/div[1]"
TC=C_+"/div[2]"
BD="/html/body/div[4]/div/div/div/div/div[2]"
related=[
 R(TC+"/div[1]", "Meist gelesen", 3, "outside", note="tool-column 'Meist gelesen' list with 'Weitere Artikel' jump link"),
 R(TC+"/div[2]", "Produkt-Tipps", 3, "outside", sponsored=True, amb=True, note="tool-column 'Produkt-Tipps': manufacturer product presentations (fermacell, Danfoss); promotional, could be read as ads"),
 R(BD+"/div[1]", "Finden Sie Ideen in unseren Galerien", 3, "after|outside", amb=True, note="three gallery-category teasers (Wohnzimmer, Schlafzimmer, Badezimmer) under the article: sections rather than stories"),
 R(BD+"/div[2]", "Meist gelesene Artikel", 12, "after|outside", note="'Meist gelesene Artikel' teaser grid of 12 under the article"),
 R(BD+"/div[3]", "Produkt-Tipps", 4, "after|outside", sponsored=True, amb=True, note="'Produkt-Tipps' grid of 4 manufacturer product presentations"),
]
ctas=[
 C("share", "", "before", AR+"/div[1]/div/div[2]", note="icon share buttons (Facebook, Twitter, Pinterest, e-mail) under the title"),
 C("comments", "4 Kommentare", "before", AR+"/div[1]/div/div[3]", amb=True, note="'4 Kommentare' jump link under the title"),
 C("share", "", "after", AR+"/div[3]/div/div[2]", note="icon share buttons under the text"),
 C("comments", "4 Kommentare", "after", AR+"/div[3]/div/div[3]", amb=True, note="'4 Kommentare' jump link under the text"),
 C("comments", "Neue Kommentare „Vielen Dank, sehr informative Tipps!”", "outside", TC+"/div[3]", amb=True, note="tool-column 'Neue Kommentare' excerpts of this article's comments with 'Weitere Kommentare' jump link"),
 C("comments", "Kommentare (4) Kommentar schreiben", "after", BD+"/div[4]", note="comment section: 4 comments and the comment form"),
 C("follow", "Aktuelles Facebook Pinterest RSS Feed Newsletter", "outside", "/html/body/div[5]/div[2]/div/div/div/div/div/div/div[2]/div[2]/div[5]", note="footer 'Aktuelles' column: Facebook / Pinterest / RSS links and a newsletter sign-up link"),
]
ads=[
 A(AR+"/div[2]/div[1]/div[2]", "before|inline", "#allSponsoringArea: empty OpenX sponsoring-teaser container ('Dieser Artikel wird Ihnen präsentiert') between the lead and the cover image"),
 A("/html/body/div[7]", "outside", "#allStickyBanner: empty sticky banner container, filled by script with a Revive/OpenX ins (zone 144)"),
]
