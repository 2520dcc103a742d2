from _dsl import *
FILE="trafilatura-eval/html/d90b19386e2b48559082547016cbe5ec.html.gz"
# SAT.1 Regional (WordPress, X theme) dpa newsticker item 'Verhärtete Fronten nach Tumulten bei Luckes Vorlesung' (the
# evaldata URL is welt.de, the HTML is sat1regional.de): header (topbar with social icons, nav, search); region filter
# 'Zeige nur News aus:'; article (title, date, lead image, dpa text ending in three dpa source links – Vorlesungsverzeichnis,
# AStA statement, AStA Twitter account –, copy-link/Facebook/Twitter/e-mail share row); 'Zur Startseite' link; sidebar
# ('MEISTGEKLICKTE BEITRÄGE' top 5, 'Newsticker' list of 10 dpa items starting with this one); footer (menu incl. Kontakt
# and App, 'Social Media:' link list, Rubriken, Weitere Regionalstudios); search overlay; cookie notice.
# No ads and no ad configuration on the page. Not labelled: navs, region filter, the dpa source links at the end of the
# text (external sources, part of the dpa item), footer menu (incl. 'Kontakt', 'App'), Rubriken/Regionalstudios lists,
# the cookie notice.
C1="/html/body/div[1]/div/div[1]"
related=[
 R(C1+"/aside/div[1]", "MEISTGEKLICKTE BEITRÄGE", 5, "outside", note="sidebar most-clicked top 5"),
 R(C1+"/aside/div[2]", "Newsticker", 10, "outside", note="sidebar newsticker list of 10 dpa items with teaser and 'Mehr lesen' (the first is this article)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/div/header/div[1]/div/div", note="header topbar social icons (Facebook, Twitter, Instagram, YouTube)"),
 C("share", "", "after", C1+"/div[2]/article/div/div[2]", note="share row under the text: copy link, Facebook, Twitter, e-mail"),
 C("follow", "Social Media: Facebook Twitter Youtube Instagram", "outside", "/html/body/div[1]/div/footer[1]/div/div/div[1]", note="footer 'Social Media:' link list"),
]
ads=[]
