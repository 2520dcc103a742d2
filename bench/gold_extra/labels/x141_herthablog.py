from _dsl import *
FILE="trafilatura-eval/html/hertha-blog.de.dame.html.gz"
# Hertha BSC Blog (WordPress/Thematic) single post 'Der Lange und die alte Dame': prev-post links above and below,
# the post (text + two embedded tweets, which are body), YARPP 'Beliebte Beiträge zum Thema:' list at the end of
# entry-content, author box 'Wer hat das geschrieben?' with comment prompt and RSS/e-mail line, empty #comments
# (comments closed), right sidebar widgets. No ad slots; the only third-party script is an fbcollective widget
# loader in the body end, with no container of its own (not labelled).
# Not labelled: header menu (incl. 'Kontakt', 'Kommentar-Regeln'), entry-utility category/tag line, footer tag
# cloud, 'Seiten' page list and archive list, siteinfo line, the 'Kommentare geschlossen' meta text.
CO="/html/body/div/div[2]/div[1]/div"
SB="/html/body/div/div[2]/div[2]/ul"
related=[
 R(CO+"/div[1]", None, 1, "before", note="nav-above: previous post link '« Fünf Gedanken zum Pokal-Aus in Dortmund'"),
 R(CO+"/div[2]/div[2]/div[2]", "Beliebte Beiträge zum Thema:", 5, "after", note="YARPP related posts list inside entry-content after the last paragraph"),
 R(CO+"/div[4]", None, 1, "after", note="nav-below: previous post link (same as above)"),
 R(SB+"/li[6]", "Letzte Artikel", 5, "outside", note="sidebar recent posts widget"),
 R(SB+"/li[5]", "Letzte Kommentare", 3, "outside", amb=True, note="sidebar recent comments widget: excerpts of comments grouped under 3 posts, linking to them"),
]
ctas=[
 C("comments", "Ich würde mich freuen, deine Meinung zum Artikel zu erfahren. Schreib doch einen Kommentar und diskutiere mit!", "after", CO+"/div[3]/ul/li[1]/p[2]", amb=True, note="comment prompt paragraph in the author box (no link; comments are closed)"),
 C("newsletter", "Und bleib auf dem Laufenden: Abonniere neue Beiträge des Hertha BSC Blogs (RSS-Feed / E-Mail)", "after", CO+"/div[3]/ul/li[1]/p[3]", note="author box line with RSS-feed and e-mail subscription links"),
 C("comments", "", "after", CO+"/div[5]", amb=True, note="empty div#comments (comments closed)"),
 C("follow", "Twitter Tweets von @hertha_blog", "outside", SB+"/li[2]", note="sidebar Twitter timeline widget"),
 C("follow", "Facebook, Twitter, Newsletter Du bist bei Facebook? Werde gemeinsam mit anderen ein Fan des Hertha-Blogs!", "outside", SB+"/li[3]", note="sidebar Facebook fan line + RSS/newsletter/Twitter/Facebook icons"),
 C("app", "Mobile Version m.hertha-blog.de, optimiert für mobile Endgeräte!", "outside", SB+"/li[4]", amb=True, note="sidebar link to the mobile site"),
]
ads=[]
