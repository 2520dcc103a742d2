from _dsl import *
FILE="trafilatura-eval/html/thebigbone.wordpress.com.ueberforderung.html.gz"
# thebigbone.wordpress.com (WordPress.com Hemingway-like theme): top menu, header, post column + sidebar widgets, small footer.
P="/html/body/div[2]/main"
PF=P+"/article/div[2]/div/div"
SB="/html/body/div[2]/div[1]"
related=[
 R(PF+"/div[3]", "Ähnliche Beiträge", 0, "after", amb=True, note="Jetpack related-posts container, filled by script"),
 R(P+"/nav", None, 2, "after", note="previous/next post links"),
 R(SB+"/aside[3]", "Aktuelle Themen", 4, "outside", note="sidebar recent posts"),
 R(SB+"/aside[4]", "Eure Kommentare", 2, "outside", amb=True, note="sidebar recent comments (5 entries on 2 posts)"),
 R(SB+"/aside[5]", "Top-Beiträge & -Seiten", 4, "outside", note="sidebar top posts"),
 R(SB+"/aside[6]", None, 0, "outside", amb=True, note="Jetpack display-posts widget showing 'Cannot load blog information at this time.'"),
]
ctas=[
 C("comments", "2 Kommentare", "before", P+"/article/div[1]/span[3]", amb=True, note="comment-count link in the post meta"),
 C("share", "Teilen mit:TwitterFacebook", "after", PF+"/div[1]", note="Jetpack share buttons"),
 C("other", "Gefällt mir: Liken Lade …", "after", PF+"/div[2]", amb=True, note="Jetpack like button"),
 C("comments", "2 Kommentare zu „Die Überforderung durch Überangebote“ Kommentar hinzufügen", "after", P+"/div", note="comment list and reply form"),
 C("newsletter", "Blog per E-Mail folgen", "outside", SB+"/aside[1]", note="sidebar e-mail follow form"),
]
ads=[
 A(SB+"/aside[7]", "outside", "sidebar 'Buchempfehlungen' Amazon affiliate image link (amazon-adsystem)"),
 A(SB+"/aside[8]", "outside", "sidebar Amazon affiliate book image link"),
 A(SB+"/aside[9]", "outside", "sidebar Amazon affiliate book image link"),
]
