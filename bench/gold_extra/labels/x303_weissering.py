from _dsl import *
FILE="trafilatura-eval/html/weisser-ring.de-Erfolgsgechichte.html.gz"
# WEISSER RING e. V. (victim-support charity, Drupal) press release 'Erfolgsgeschichte: Zehn Jahre „Tag des
# Einbruchschutzes“': skip link, header (logo, mobile menu trigger, meta nav: search, Intranet / Lob & Kritik, language
# links, 'Jetzt Spenden' button; big main mega-menu), content (breadcrumb, h1, two text paragraphs, photo with credit,
# tips list, 'Weitere Informationen … finden Sie hier.' line, 'Zurück zur Übersicht' button), footer (icon quicklinks
# Spenden / Akademie / Opfer-Telefon / Aussenstellen / Onlineberatung, copyright + legal menu, full sitemap menu).
# No ads, no ad configuration, no related block beyond the one in-text link line.
# Not labelled: menus (incl. 'Spende' entries in the mega-menu and footer sitemap), search, language links, breadcrumb,
# 'Zurück zur Übersicht' back button, footer legal menu and sitemap.
B="/html/body/div[2]/div[2]/div/div/div/div"
related=[
 R(B+"/div[5]/div/p[2]", None, 1, "after", amb=True, note="closing line 'Weitere Informationen zum Thema \"Schutz vor Einbrechern\" finden Sie hier.' linking to the site's burglary-protection page; part of the release text"),
]
ctas=[
 C("donate", "Jetzt Spenden", "outside", "/html/body/div[2]/header/div/div[2]/div/nav[1]/a", note="'Jetzt Spenden' button in the header meta nav (spenden.weisser-ring.de)"),
 C("contact", "Spenden Akademie Opfer-Telefon Aussenstellen Onlineberatung", "outside", "/html/body/div[3]/ul", amb=True, note="footer icon quicklinks row: donate, academy, victims' phone line, local offices, online counselling (mixed utility row)"),
]
ads=[]
