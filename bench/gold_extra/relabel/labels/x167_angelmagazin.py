from _dsl import *
FILE="trafilatura-eval/html/angelmagazin.de-schmerzen.html.gz"
# angelmagazin.de (WordPress, affiliate theme) guide article: header nav menu, hero image carousel, article with TOC
# and source list, then star rating, author box with PayPal coffee button, 'Ähnliche Beiträge', comments; tiny footer.
# No ads, no ad configuration (aawp body class only, no product boxes). Not labelled: nav menu, TOC, breadcrumbs,
# footer Impressum link, Borlabs cookie dialog, reading progress bar, VG Wort pixel.
C_="/html/body/div/div[2]/div[1]/div/div/div"
related=[
 R(C_+"/div[3]", "Ähnliche Beiträge", 4, "after", note="4 related post cards under the author box"),
]
ctas=[
 C("other", "Fandest du den Artikel hilfreich? 0 / 5 Gesamt: 4.85", "after", C_+"/article/div[4]", amb=True, note="Stellar star-rating widget at the end of the article"),
 C("donate", "", "after", C_+"/div[1]/div/div[2]/a", note="PayPal 'coffee' donate button in the author box ('…kannst du mir hier zusätzlich noch einen Kaffee ausgeben')"),
 C("comments", "Bisher noch keine Kommentare vorhanden Du hast eine Frage oder Meinung zum Artikel? Teile sie mit uns!", "after", C_+"/div[5]", note="comment section with reply form"),
]
ads=[]
