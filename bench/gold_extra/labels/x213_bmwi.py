from _dsl import *
FILE="trafilatura-eval/html/bmwi.de-neubau.html.gz"
# BMWi/BMWK (German economics ministry) news item 'Förderung für energieeffiziente Gebäude der KfW vorläufig gestoppt'.
# Header: logo, menu/search toggles, EN/FR and accessibility icons, collapsed mega menu (Themen, Service, Ministerium,
# Kontakt …). Main: 'Seite empfehlen' dropdown above the date line and headline, then one rich-text block (lead,
# 'Im Einzelnen', FAQ). Footer: 'Verwandte Themen' band of 12 topic links, social icons, service links, to-top.
# No ads, no ad configuration (eTracker analytics only).
# Not labelled: skip links, header menus and search (incl. 'Kontakt', 'Bürgerdialog'), the leading topic tag
# 'Energiewende im Gebäudebereich', footer service nav (Medienraum, Kontakt, Impressum …), 'Zum Seitenanfang'.
related=[
 R("/html/body/footer/div[1]", "Verwandte Themen", 12, "after|outside", amb=True, note="footer band 'Verwandte Themen': 12 topic-page links plus 'weitere anzeigen' (a topic list rather than stories)"),
]
ctas=[
 C("share", "Seite empfehlen", "before", "/html/body/main/div[1]/ul", note="'Seite empfehlen' dropdown above the headline; its icons link to the ministry's Facebook/YouTube/Twitter/Instagram profiles plus a mailto share"),
 C("follow", "", "outside", "/html/body/footer/div[2]", note="footer social icons (Facebook, YouTube, Twitter, Instagram)"),
]
ads=[]
