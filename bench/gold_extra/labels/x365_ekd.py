from _dsl import *
FILE="trafilatura-eval/html/ekd.de-Friedensdekade.html.gz"
# EKD (Protestant Church in Germany) article: a sermon text (Andacht zur Friedensdekade, Martin Dutzmann). Header with
# breadcrumb, mega menu (incl. image teasers in the 'Schwerpunkte' panel: menu) and an off-canvas contact box; article
# header (date, epd logo, headline, sub-headline, ReadSpeaker 'Vorlesen' button), the sermon text, a PDF download line,
# article footer share bar; site footer with 'SCHWERPUNKTE DER EKD' teaser band, newsletter box, link row, address +
# social icons, legal links. No ads, no ad configuration.
# Not labelled: breadcrumb, mega menu and meta menu, the 'Vorlesen' audio button (a utility), the PDF download line
# (the sermon as a file: body), the footer link row (Stellenbörse, RSS-Feeds, Gemeindesuche ...), legal links.
related=[
 R("/html/body/footer/section[1]", "SCHWERPUNKTE DER EKD", 3, "outside", amb=True, note="(ambiguous since set K was read: topic pages, no stories) footer band 'SCHWERPUNKTE DER EKD' with 3 topic teasers (Unsere Kirche, Flucht und Integration, Kirche von zu Hause), each 'mehr erfahren'"),
]
ctas=[
 C("share", "Seite teilen Die EKD bei Facebook Die EKD bei Twitter Artikel per Email teilen Artikel per WhatsApp teilen Drucken", "after", "/html/body/main/article/footer/div/div", note="article footer share bar (Facebook, Twitter, e-mail, WhatsApp share links + print)"),
 C("contact", "Kirche von zu Hause 0800 - 50 40 602 Mo bis Fr von 9 bis 18 Uhr kostenfrei erreichbar info@ekd.de EKD-Newsletter Gemeinde finden", "outside", "/html/body/header/nav[2]/div[2]/div", amb=True, note="header off-canvas contact box: hotline, e-mail, links to the newsletter box and the parish finder"),
 C("newsletter", "EKD-Newsletter abonnieren Der Newsletter der EKD informiert sie über aktuelle Schwerpunkte", "outside", "/html/body/footer/section[2]", note="footer newsletter box with 'Anmelden' button"),
 C("contact", "Evangelische Kirche in Deutschland Herrenhäuser Str. 12 30419 Hannover 0800 - 50 40 602", "outside", "/html/body/footer/section[4]/ul[1]", amb=True, note="footer address row with free hotline and e-mail link"),
 C("follow", "Die EKD bei Facebook Die EKD bei Twitter Die EKD bei Instagram RSS-Feed der EKD", "outside", "/html/body/footer/section[4]/ul[2]", note="footer social icons (Facebook, Twitter, Instagram, RSS)"),
]
ads=[]
