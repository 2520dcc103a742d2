from _dsl import *
FILE="trafilatura-eval/html/katholisch.at-alleinerziehende.html.gz"
# katholisch.at (Austrian bishops' conference portal, siteswift CMS) news item 'Alleinerziehende: Kinderbetreuung
# flächendeckend ausbauen': hidden skip links, header (AppStore/GooglePlay badges, font-size switch, logo, main nav with
# toggles, mobile nav, quick search, Österreichsuche parish search), breadcrumb; article (header image + credit, title,
# teaser, date + shariff share bar, text ending 'Quelle: kathpress'), 'zurück' link, 'Weitere Informationen zum Thema' with
# 2 story teasers; shariff share band (#socialBox) above the footer; footer (top link, Impressum / Datenschutz /
# Wochendienst / Newsletter / Kontakt menu, address, copyright). No ads, no ad configuration (GTM only in the consent list).
# Not labelled: navs and searches, font-size switch, breadcrumb, 'zurück' link, footer menu (incl. Newsletter / Kontakt
# links), footer address.
S="/html/body/div/div[5]/div[1]/div/section"
related=[
 R(S+"/div[2]/div[2]", "Weitere Informationen zum Thema", 2, "after", note="'Weitere Informationen zum Thema' list with 2 teasers (Caritas Schulerfolg, Katholische Akademiker) under the article"),
]
ctas=[
 C("app", "im AppStore herunterladen auf GooglePlay herunterladen", "outside", "/html/body/div/header/div[1]/div/div/div/div/div/ul[1]", note="header AppStore / GooglePlay app badges ('Glauben leben' app)"),
 C("share", "", "before", S+"/div[1]/div/div[2]/div[2]/div[2]", note="shariff share bar (print, facebook, twitter, whatsapp …; filled by script) beside the date above the text"),
 C("share", "", "after|outside", "/html/body/div/div[5]/footer[1]", note="#socialBox shariff share band (facebook, twitter; filled by script) between the article and the footer"),
]
ads=[]
