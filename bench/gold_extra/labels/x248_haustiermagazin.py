from _dsl import *
FILE="trafilatura-eval/html/haustiermagazin.com-katzenspielzeug.html.gz"
# Haustiermagazin (WordPress MH Magazine theme) buying guide 'Kaufratgeber: elektronisches Katzenspielzeug'.
# Preheader social icons, main nav, search, breadcrumbs. Article: title, meta with comment count, affiliate
# disclosure, intro, 'Das Wichtigste vorab' + TOC, an AAWP comparison table of 6 products ('Jetzt kaufen' buttons;
# desktop and mobile copies in one box), guide text with three single AAWP product boxes, a 'Weitere Kaufratgeber …'
# box of 8 guide links, FAQ, a closing comment prompt, image credit, a rating prompt whose widget is missing; then the
# Bloom e-mail opt-in widget and an 'Anzeige' AdSense unit inside the article. Author box, prev-post nav, comment form.
# Footer: 'Über uns', three 'Ratgeber …' link menus, footer nav, copyright. Borlabs cookie box (script template).
# Not labelled: menus, search, breadcrumbs, affiliate disclosure and AAWP disclaimer lines, TOC, FAQ, author box,
# footer link menus (nav_menu widgets), cookie box.
AR="/html/body/div[1]/div[4]/article"
EC=AR+"/div[1]"
related=[
 R(EC+"/div[6]", "Weitere Kaufratgeber zu Katzenspielzeug, DIY-Anleitungen sowie hilfreiche Tipps findest du hier:", 8, "inline", note="shortcode box with 8 links to the site's guides, before the FAQ"),
 R("/html/body/div[1]/div[4]/nav[2]", None, 1, "after", note="post nav: 'Vorheriger' Schleckmatten guide"),
]
ctas=[
 C("follow", "Facebook Pinterest Instagram", "outside", "/html/body/div[1]/div[2]/div/div[2]/nav", note="preheader social icons menu"),
 C("comments", "0", "before", AR+"/header/div/span[4]", amb=True, note="comment-count link in the entry meta"),
 C("other", "Produkt Unsere Empfehlung HOFIT Interaktiver Ball", "inline", EC+"/div[2]", amb=True, note="AAWP affiliate comparison table of 6 products with prices and 'Jetzt kaufen' Amazon buttons (desktop and mobile copies)"),
 C("other", "Vealind Interaktives Katzenspielzeug für den Innenbereich", "inline", EC+"/div[3]", amb=True, note="AAWP affiliate product box with 'Jetzt kaufen'"),
 C("other", "Nasjac Remote Katzenspielzeug", "inline", EC+"/div[4]", amb=True, note="AAWP affiliate product box with 'Jetzt kaufen'"),
 C("other", "Angebot WWVVPET Interaktives Katzenspielzeug Ball mit LED-Licht", "inline", EC+"/div[5]", amb=True, note="AAWP affiliate product box with 'Jetzt kaufen'"),
 C("comments", "Hast du auch einen spielfreudigen Mieze Zuhause?", "after", EC+"/p[31]", amb=True, note="closing paragraph asking for experiences and comments"),
 C("other", "Wir freuen uns, wenn du unseren Beitrag bewertest:", "after", EC+"/div[9]", amb=True, note="rating prompt (mh-share-buttons) whose rating widget is not in the HTML"),
 C("newsletter", "Tipps, Hilfe und Schnäppchen für dein Tier per E-Mail", "after", AR+"/div[2]", note="Bloom e-mail opt-in widget under the text"),
 C("comments", "Hinterlasse jetzt einen Kommentar", "after", "/html/body/div[1]/div[4]/div[2]", note="comment form"),
]
ads=[
 A(AR+"/div[3]", "after", "'Anzeige' AdSense unit under the newsletter widget"),
]
