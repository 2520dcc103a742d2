from _dsl import *
FILE="trafilatura-eval/html/digitalcourage.de-Muendigkeit.html.gz"
# Digitalcourage e.V. (Drupal) blog article 'Mit Digitaler Mündigkeit die Welt retten' (book recommendation by its author).
# Header (top menu EN, search), topbar with main menu and Shop / 'Jetzt spenden' buttons; article header (kicker, title,
# teaser, author/date), lead image; body in six grid containers (text left, side boxes right): 'Buch bestellen' box,
# author photos, reader quotes, 'Die Themen im Buch' list, 'Ein paar Einblicke' links + 'jetzt bestellen' box,
# 'Rezensionen' links; tags; print-only footer. Above the footer: 'Über uns', 'Aktueller Schwerpunkt' card, Newsletter
# box. Footer: no-cookie donation appeal, address with Spendenkonto, 'Social Media / Feeds', legal nav. Print-only
# donation footer; off-canvas mobile menu with donate/shop buttons. No ads, no ad configuration.
# Not labelled: menus (incl. 'Spenden' menu item), search, tags, author links, image licence lines, the 'Die Themen
# im Buch' chapter list and reader quotes (body), print-only article footer, 'Über uns' text (and its print copy),
# legal nav (Kontakt / Impressum), empty block-wirdanken.
G="/html/body/div[1]/main/div/div/article/div[2]/div"
related=[
 R(G+"/div[5]/div/div[2]/div[2]/div/div[1]", "Ein paar Einblicke", 3, "inline", amb=True, note="side box 'Ein paar Einblicke': reading recording, table of contents PDF, sample chapter post in the blog; material about the book, close to body"),
 R(G+"/div[6]/div/div[2]/div[1]", "Rezensionen", 3, "after", amb=True, note="'Rezensionen' box at the end of the body: three links to external reviews of the book"),
 R("/html/body/div[1]/div[3]/div/div[2]", "Aktueller Schwerpunkt", 1, "outside", note="'Aktueller Schwerpunkt' card above the footer: one teaser (Chatkontrolle Online-Diskussion)"),
]
ctas=[
 C("other", "Shop", "outside", "/html/body/div[1]/div[1]/div/div[2]/div[1]", amb=True, note="topbar Shop button"),
 C("donate", "Jetzt spenden", "outside", "/html/body/div[1]/div[1]/div/div[2]/div[2]", note="topbar 'Jetzt spenden' button"),
 C("other", "Buch bestellen", "inline", G+"/div[1]/div/div[2]/div[2]", note="'Buch bestellen' shop link box beside the first paragraph"),
 C("other", "Digitale Mündigkeit jetzt bestellen", "inline", G+"/div[5]/div/div[2]/div[2]/div/div[3]", note="'Digitale Mündigkeit jetzt bestellen' shop link box in the side column"),
 C("newsletter", "Newsletter Newsletter anfordern Bleiben Sie auf dem Laufenden über unsere Arbeit und unsere Themen.", "outside", "/html/body/div[1]/div[3]/div/div[3]", note="newsletter teaser box above the footer (link to the sign-up page)"),
 C("donate", "Ist Ihnen beim Betreten dieser Seite etwas aufgefallen? Wir haben Sie nicht mit einer Cookieabfrage genervt.", "outside", "/html/body/div[1]/footer/div[1]/div/div", note="no-cookie-banner donation appeal at the top of the footer with 'Jetzt spenden' button"),
 C("donate", "Marktstraße 18 33602 Bielefeld Spendenkonto: IBAN: DE66 4805 0161 0002 1297 99", "outside", "/html/body/div[1]/footer/div[2]/div/div/div[1]/div/div", amb=True, note="footer address block with the donation bank account"),
 C("follow", "Social Media / Feeds Mastodon PeerTube RSS-Feed", "outside", "/html/body/div[1]/footer/div[2]/div/div/div[2]/div/nav", note="footer 'Social Media / Feeds' menu"),
 C("donate", "Digitalcourage wirkt. Wirken Sie mit! Spenden: IBAN", "outside", "/html/body/div[1]/div[4]/div[1]", amb=True, note="print-only donation / membership appeal (hidden on screen)"),
 C("donate", "Jetzt spenden", "outside", "/html/body/div[2]/div[3]/div/div[1]", amb=True, note="donate button in the hidden off-canvas mobile menu"),
 C("other", "Shop", "outside", "/html/body/div[2]/div[3]/div/div[2]", amb=True, note="shop button in the hidden off-canvas mobile menu"),
]
ads=[]
