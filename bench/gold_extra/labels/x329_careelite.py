from _dsl import *
FILE="trafilatura-eval/html/careelite.de-flaechenverbrauch.html.gz"
# CareElite (sustainability blog, Neve WordPress theme + WooCommerce) article 'Flächenverbrauch für Fleisch': header
# (menu, search, mobile menu panel); article (title, meta, intro with table of contents, sections with two in-article
# AdSense slots, a 'Tipp:' link box, two comment prompts, sign-off with a 'PS.:' article link, sources); row of three
# image buttons (Kaffeekasse, Verbesserungsvorschläge, Newsletter); affiliate note; AdSense slot; share icons;
# 'Das wird dir auch gefallen!' related posts; author bio; comments (toggle button + form); sidebar (welcome text,
# 'NEUESTE BEITRÄGE.', 'JETZT IM SHOP.' products, AdSense); footer (newsletter form, topic and site link columns,
# 'Webhosting' note, social icons, footer menu).
# Not labelled: menus, search, the table of contents, sources, the affiliate disclosure line, the author bio box and the
# sidebar welcome text (author intro), footer link columns ('BLOGTHEMEN.', 'CAREELITE.'), footer menu ('Kontakt'),
# the Borlabs cookie box template (inside a script), the VG Wort pixel.
A_="/html/body/div[1]/main/div/div/article"
T=A_+"/div[3]"
SB="/html/body/div[1]/main/div/div/div/aside"
FT="/html/body/div[1]/footer/div"
related=[
 R(T+"/p[20]", None, 1, "inline", note="highlighted 'Tipp:' box linking to the article on reducing food waste"),
 R(T+"/p[27]", None, 1, "inline|after", amb=True, note="'PS.:' sign-off line linking to the article on sustainable nutrition (part of the author's closing)"),
 R(A_+"/div[7]", "Das wird dir auch gefallen!", 3, "after", note="related posts with 3 cards (title, categories, excerpt, 'Weiterlesen »')"),
 R(SB+"/div[2]", "NEUESTE BEITRÄGE.", 3, "outside", note="sidebar recent posts (the first is this article)"),
]
ctas=[
 C("comments", "Fallen dir weitere Vorteile der geringeren Landnutzung für Fleisch ein? Dann schreibe mir gern einen", "inline", T+"/p[22]", amb=True, note="highlighted comment prompt in the text"),
 C("comments", "Hast du Fragen oder Tipps rund um den Flächenverbrauch für Fleisch und andere, tierische Lebensmitte", "inline", T+"/p[25]", amb=True, note="closing comment prompt in the text"),
 C("donate", "", "after", A_+"/div[4]/a[1]", note="'Kaffeekasse' image button under the article"),
 C("contact", "", "after", A_+"/div[4]/a[2]", note="'Verbesserungsvorschläge' (suggestions) image button"),
 C("newsletter", "", "after", A_+"/div[4]/a[3]", note="newsletter image button"),
 C("share", "", "after", A_+"/div[6]", note="share icons (Facebook, Pinterest, Twitter, Reddit, WhatsApp, e-mail)"),
 C("comments", "Kommentare anzeigen Schreibe einen Kommentar Antworten abbrechen", "after", A_+"/div[9]", note="comments: 'Kommentare anzeigen' toggle and the comment form"),
 C("other", "JETZT IM SHOP. Der Weg des SEAL 19,99 € Stoff Slipeinlagen 15,99 € Hängematte 149,90 €", "outside", SB+"/div[3]", note="sidebar shop widget with 3 products and prices"),
 C("newsletter", "NEWSLETTER. Datenschutzerklärung akzeptieren* + Gratis 10-teilige Vegan E-Mail-Serie", "outside", FT+"/div[1]/div/div/div/div[1]", note="footer Mailchimp newsletter form"),
 C("follow", "", "outside", FT+"/div[2]/div/div/div/div[2]", note="footer social icons (Facebook, Instagram, Pinterest, RSS)"),
]
ads=[
 A(T+"/div[1]", "inline", "in-article AdSense slot (code-block-2)"),
 A(T+"/div[2]", "inline", "in-article AdSense slot (code-block-3)"),
 A(A_+"/div[5]", "after", "AdSense slot under the article (code-block-2)"),
 A(SB+"/div[4]", "outside", "sidebar AdSense slot (ai_widget)"),
]
