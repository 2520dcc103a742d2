from _dsl import *
FILE="trafilatura-eval/html/spiegel.de.albtraum.html.gz"
# SPIEGEL print-archive article (DER SPIEGEL 52/2018) 'Ein Albtraum' on the Relotius case. Top: GuJ 'oben_1' ad slot.
# Header: sticky top bar (Mein SPIEGEL), channel nav, meta nav (DER SPIEGEL, Abo, DAX, Schlagzeilen), mega menu,
# search, empty popup layer, popout video panel, breadcrumbs. Main column: 'PDF drucken' + date, title, standfirst,
# text (with two pull-quote h4s), author, copyright note, 'unten_1' ad slot, share bar. Right column: issue box
# (DER SPIEGEL 52/2018 cover + 'Heft lesen'), 'Der digitale SPIEGEL' e-edition box, 'Abo-Angebote', 'Ältere
# SPIEGEL-Ausgaben', 'Artikel als PDF', 'Top' most-read tabs. Below: empty spRecommendations (Outbrain type),
# 'Videos' box. Footer: partner service links (some via ad-server click URLs), SPIEGEL GRUPPE links, magazine cover
# slider (abo/shop/Amazon links), Twitter/Facebook follow links, legal links. Skyscraper slot beside the page.
# Not labelled: menus (incl. the 'Abo' nav link), search, login popup, popout video panel, breadcrumbs, 'PDF drucken',
# 'Artikel als PDF' box (article utilities), copyright note, SPIEGEL GRUPPE and legal links.
MC="/html/body/div[4]/div[1]/div/div[2]/div[1]"
RC="/html/body/div[4]/div[1]/div/div[2]/div[2]"
FT="/html/body/div[4]/div[1]/div/div[4]"
related=[
 R(RC+"/div[3]", "DER SPIEGEL 52/2018", 1, "outside", amb=True, note="right-column issue box: 'Heft lesen' button to this issue's contents (title and cover are sibling divs)"),
 R(RC+"/div[8]", "Top", 5, "outside", note="right-column 'Top' most-read box (Gelesen/Verschickt/Gesehen tabs, 5 stories in the HTML)"),
 R("/html/body/div[4]/div[1]/div/div[3]/div[2]", "Videos", 6, "after|outside", note="'Videos' box with 6 video teasers below the article and right column"),
]
ctas=[
 C("share", "", "after", MC+"/div[5]", note="share bar (Facebook, Twitter, e-mail, more: Pocket, Flipboard, LinkedIn, Tumblr, Pinterest)"),
 C("subscribe", "Der digitale SPIEGEL Diese Ausgabe jetzt digital lesen", "outside", RC+"/div[4]", note="'Der digitale SPIEGEL' box: read this issue digitally (paid e-edition)"),
 C("subscribe", "Abo-Angebote Den SPIEGEL lesen oder verschenken und Vorteile sichern! Jetzt Abo sichern", "outside", RC+"/div[5]", note="'Abo-Angebote' box with 'Jetzt Abo sichern'"),
 C("other", "Ältere SPIEGEL-Ausgaben Kostenloses Archiv: Stöbern Sie im kompletten SPIEGEL-Archiv seit 1947", "outside", RC+"/div[6]", amb=True, note="'Ältere SPIEGEL-Ausgaben' box: free archive link and order old issues (antiquariat shop)"),
 C("other", "DER SPIEGEL SPIEGEL CHRONIK SPIEGEL GESCHICHTE SPIEGEL WISSEN", "outside", FT+"/div[4]", amb=True, note="footer slider of magazine/book covers linking to abo, e-edition and Amazon pages"),
 C("follow", "Twitter Facebook", "outside", FT+"/div[5]/ul[1]", note="footer Twitter follow / Facebook page links"),
]
ads=[
 A("/html/body/div[3]", "before|outside", "GuJ 'oben_1' top ad slot (spOasTop) above the page"),
 A(MC+"/div[4]", "after", "GuJ 'unten_1' ad slot after the article"),
 A("/html/body/div[4]/div[2]", "outside", "GuJ 'skyscraper_1' slot (spColumnAd) beside the page"),
 A("/html/body/div[4]/div[1]/div/div[3]/div[1]", "after", "empty #spRecommendations container (data-obtype, 0 assets; no heading)", amb=True),
 A(FT+"/div[1]", "outside", "footer 'Serviceangebote von SPIEGEL-ONLINE-Partnern' link lists (AUTO, JOB, FINANZEN), partly ad-server click links", amb=True),
 A(FT+"/div[2]", "outside", "footer partner 'FREIZEIT' links (Eurojackpot, Lottozahlen, Sportwetten, Gutscheine, Amazon), mostly ad-server click links", amb=True),
]
