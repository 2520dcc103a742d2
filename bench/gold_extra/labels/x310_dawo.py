from _dsl import *
FILE="trafilatura-eval/html/dawo-dresden.de-Winterausstellung.html.gz"
# DAWO! Dresden am Wochenende (local weekly, WordPress MH Magazine) article 'Drei Haselnüsse für Aschenbrödel: Jetzt
# Tickets sichern für Winterausstellung': header image + main nav, date/search bar; content column (breadcrumb, title, meta,
# SZ-Immo image banner between the meta line and the text, text with the ticket-shop link, Post Views, tags, previous-post
# link, comment form); sidebar ('Seien Sie dabei' Genial Lokal sign-up image, 'Mehr Nachrichten aus Dresden:' latest 5,
# empty text widgets, 'Noch mehr lokale Fundstücke' list of 10, 'Dresden erleben' magazine PDF banner, 'Restaurantfinder'
# carousel, 'MEHR AUSFLUGSTIPPS' list, 'Veranstaltungskalender' augusto-sachsen banner); footer 'Folgen Sie uns bei
# Facebook & Instagram' banners; footer nav; copyright. No ad network code (GTM/GA only); the image banners are the ads.
# Not labelled: navs (incl. footer 'Mediadaten' / 'Kontakt' links), search, breadcrumb, Post Views counter, tags,
# the empty sidebar text widgets (block-24..27, an empty p each), empty mobile-nav/preheader divs.
C_="/html/body/div/div[4]/div/div"
SB="/html/body/div/div[4]/div/aside"
related=[
 R(C_+"/nav[2]", None, 1, "after", note="previous-post link 'Vorheriger: Neues im „WortRaum“ der Cantiere 123' (no next)"),
 R(SB+"/div[3]", "Mehr Nachrichten aus Dresden:", 5, "outside", note="latest-posts list; its heading is the separate text widget just before it (div[2])"),
 R(SB+"/div[9]", "Noch mehr lokale Fundstücke", 10, "outside", note="latest-posts list of 10 (many local-business advertorial stories); heading is the text widget before it (div[8])"),
 R(SB+"/div[11]", "Restaurantfinder", 10, "outside", note="'Restaurantfinder' carousel of 10 posts (Gewinnspiele, Genial Lokal, Restaurantfinder)"),
 R(SB+"/div[13]", "MEHR AUSFLUGSTIPPS", 5, "outside", note="latest-posts list with images; heading is the h4 widget before it (div[12])"),
]
ctas=[
 C("comments", "Hinterlasse jetzt einen Kommentar Kommentar hinterlassen", "after", C_+"/div", note="comment form under the post"),
 C("other", "Seien Sie dabei", "outside", SB+"/div[1]", amb=True, note="sidebar 'Seien Sie dabei' image linking to the Genial Lokal join page (businesses invited to take part)"),
 C("follow", "Folgen Sie uns bei Facebook & Instagram", "outside", "/html/body/div/footer/div/div", note="footer heading with Facebook banner and Instagram link/image"),
]
ads=[
 A(C_+"/article/div[1]", "before", "SZ-Immo image banner (sz-immo.de) between the meta line and the text"),
 A(SB+"/div[10]", "outside", "sidebar image banner for the 'Dresden erleben' magazine PDF (house promo)", amb=True),
 A(SB+"/div[14]", "outside", "sidebar 'Veranstaltungskalender' image banner linking to augusto-sachsen.de with campaign parameters"),
]
