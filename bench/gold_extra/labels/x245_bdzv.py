from _dsl import *
FILE="trafilatura-eval/html/bdzv.de.eliasson.html.gz"
# BDZV (German newspaper publishers' association, TYPO3) press release 'Olafur Eliasson gestaltet Titelseite für die
# deutschen Zeitungen'. Top bar of sister-site icons; header with service nav (Newsletter, Login, Kontakt, English),
# search, mobile share icon, blue main nav, breadcrumbs. Content row: a narrow left column with the share/PDF/print
# function rail ('Empfehlen Sie uns weiter': Facebook, Twitter, recommend-by-mail), the article (date/category, title,
# subtitle, topics, text, a portrait-download link that belongs to the release, empty gallery div, 'zurück'), an empty
# right column. Footer: link columns, address block with e-mail, 'Newsletter abonnieren' form, partner logos, social
# icons. No related block, no ads (Google Analytics and IVW only).
# Not labelled: top sister-site bar, service nav links, main nav, breadcrumbs, topic line, 'zurück', empty aside
# #right-col and gallery div, 'nach oben', footer nav (Kontakt among links), partner logos (ZV Akademie, ZMG, INMA …).
ROW="/html/body/div/section/div[1]"
FT="/html/body/footer/div[1]/div/div/div[2]"
related=[]
ctas=[
 C("share", "", "outside", "/html/body/header/div[1]/div/div[3]", amb=True, note="mobile-only header share icon"),
 C("share", "Empfehlen Sie uns weiter", "before|outside", ROW+"/div/div", note="left function rail beside the text: share toggle with Facebook/Twitter/recommend-by-mail popups, PDF and print icons"),
 C("contact", "Markgrafenstraße 15 10969 Berlin Telefon: +49 (0) 30/72 62 98-0", "outside", FT+"/p[1]", amb=True, note="footer address with phone, fax and e-mail link"),
 C("newsletter", "Ihre E-Mail Adresse:", "outside", FT+"/form", note="footer 'Newsletter abonnieren' e-mail form (heading h4 is its sibling)"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div[2]", note="footer social icons (YouTube, Instagram, Facebook, Twitter, RSS)"),
]
ads=[]
