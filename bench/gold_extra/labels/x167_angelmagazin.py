from _dsl import *
FILE="trafilatura-eval/html/angelmagazin.de-schmerzen.html.gz"
# angelmagazin.de guide article (WordPress, Bootstrap theme): navbar with topic menus, hero image carousel (one
# image), article: title, author/reading-time row, text with a table of contents, sources list, star-rating box
# 'Fandest du den Artikel hilfreich?'; then 'Über den Autor' box asking for a rating and a PayPal coffee donation,
# 'Ähnliche Beiträge' (4 posts), comments form; breadcrumbs, footer (Impressum). No ads, no ad configuration
# (AAWP css preloaded, no Amazon boxes in the page).
# Not labelled: navbar menus, hero image, TOC, sources list, in-text link, breadcrumbs, footer, Borlabs cookie box
# template, reading-progress bar, VG Wort marker.
C1="/html/body/div/div[2]/div[1]/div/div/div"
related=[
 R(C1+"/div[3]", "Ähnliche Beiträge", 4, "after", note="'Ähnliche Beiträge' grid of 4 posts under the article"),
]
ctas=[
 C("other", "Fandest du den Artikel hilfreich? 0 / 5 Gesamt: 4.85", "after", C1+"/article/div[4]", note="star-rating widget at the end of the article"),
 C("donate", "Über den Autor Hej! 👋 Ich bin Christoph, leidenschaftlicher Angler und Autor dieses Artikels.", "after", C1+"/div[1]", note="author box whose text asks for a rating and a coffee, with a PayPal donate button"),
 C("comments", "Bisher noch keine Kommentare vorhanden Du hast eine Frage oder Meinung zum Artikel? Teile sie mit uns!", "after", C1+"/div[5]", note="comments section: no comments yet + reply form"),
]
ads=[]
