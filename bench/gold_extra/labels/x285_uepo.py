from _dsl import *
FILE="trafilatura-eval/html/uepo.de.glossar.html.gz"
# UEPO.de (translators' news portal, WordPress MH Magazine theme) article 'Digitales Wörterbuch der deutschen Sprache:
# Redaktion erstellt Glossar zur Corona-Pandemie': header (logo, header widget with a 728x115 BDÜ Fachverlag book banner),
# main nav, subheader nav (Über UEPO.de / Werben auf uepo.de / Bannerwerbung / … + search); article (title, date/category,
# lead image, text, 'Mehr zum Thema auf UEPO.de' h3 + 2 story links, 'Weiterführender Link' h4 + DWDS link, 'BBAW' source
# line, share buttons), prev/next post nav, empty #comments wrap; sidebar with one SDL Trados banner; footer (about text,
# Uebersetzerportal.de archive note, search, Twitter/RSS/Periscope links, publisher/contact line), footer nav, copyright.
# No ad scripts; the two image banners are the ads.
# Not labelled: menus (incl. 'Werben auf uepo.de' / 'Bannerwerbung' links), searches, the 'Weiterführender Link' external
# DWDS link (part of the text), footer about/archive texts, back-to-top link.
C_="/html/body/div/div[3]/div/div"
AR=C_+"/article/div"
related=[
 R(AR+"/ul[3]", "Mehr zum Thema auf UEPO.de", 2, "inline", note="'Mehr zum Thema auf UEPO.de' (h3 sibling before it) with 2 dated story links, between the text and the 'Weiterführender Link' line"),
 R(C_+"/nav", None, 2, "after", note="previous/next post nav (Vorheriger / Nächster) under the article"),
]
ctas=[
 C("share", "", "after", AR+"/div", note="share buttons (Facebook, Twitter, LinkedIn, Pinterest, Google+, e-mail, print) at the end of the entry content"),
 C("comments", "", "after", C_+"/div", amb=True, note="empty #comments wrap under the post nav (comments closed / nothing rendered)"),
 C("follow", "UEPO.de auf Twitter RSS-Feed UEPO.de auf Periscope", "outside", "/html/body/div/footer/div/div[3]/div[2]", note="footer widget: Twitter, RSS feed and Periscope links"),
 C("contact", "Herausgeber: Richard Schneider Kontakt: rs@uepo.de", "outside", "/html/body/div/footer/div/div[3]/div[3]", amb=True, note="footer publisher line with contact e-mail"),
]
ads=[
 A("/html/body/div/header/div[1]/div/div/aside", "before|outside", "header widget with a 728x115 image banner for a BDÜ Fachverlag book (machine translation)"),
 A("/html/body/div/div[3]/div/aside/div", "outside", "sidebar widget with an SDL Trados image banner (the only sidebar item)"),
]
