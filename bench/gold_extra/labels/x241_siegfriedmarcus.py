from _dsl import *
FILE="trafilatura-eval/html/siegfried-marcus-berufsschule.at.kft.html.gz"
# Siegfried Marcus Berufsschule (Vienna vocational school, WordPress) page 'Lehrberufe KFT': sticky header with menu and
# search, breadcrumbs, article (lead block, three module columns, four PDF buttons, 'Module' and 'Lehrstoffinhalte'
# accordions with unrendered [box_colored] shortcodes), sidebar page menu, 'Unsere Förderer' logo slider band, footer
# (address + Archiv/Impressum, two contact widgets, copyright, empty social nav), cookie notice. No ads, no ad configuration.
# Not labelled: header/sidebar menus, breadcrumbs, the PDF buttons (Berufsbild, Rahmenlehrplan … part of the page), the
# footer address widget with Archiv/Impressum links, 'go-top' link, cookie notice.
related=[]
ctas=[
 C("contact", "Fahrzeugtechnik Direktor: OSR Dipl.-Päd. Markus Fuchs Stellvertretung: BDS Ing. Ernst Bauer, BEd Tel: +43", "outside", "/html/body/div[1]/footer/section[1]/article[2]", amb=True, note="footer 'Fahrzeugtechnik' widget with director, phone, fax and e-mail link"),
 C("contact", "Berufsbildungs-Trainingszentrum Verein der Freunde für berufsbegleitende Aus- und Weiterbildung Obmann", "outside", "/html/body/div[1]/footer/section[1]/article[3]", amb=True, note="footer 'Berufsbildungs-Trainingszentrum' widget with chairman, phone and e-mail link"),
 C("follow", "", "outside", "/html/body/div[1]/footer/section[2]/nav", amb=True, note="empty social-icons nav in the footer bottom bar"),
]
ads=[
 A("/html/body/div[1]/section[3]", "after|outside", "'Unsere Förderer' sponsor logo slider band above the footer (slider box empty in the HTML)", amb=True),
]
