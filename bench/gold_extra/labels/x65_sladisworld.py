from _dsl import *
FILE="trafilatura-eval/html/sladisworld.wordpress.com.sigma.html.gz"
HF="/html/body/div[1]/div/div[2]/div[1]/div[1]"
P=HF+"/div[1]"
EC=P+"/div[2]"
SB="/html/body/div[1]/div/div[2]/div[2]"
related=[
 R(EC+"/div[5]/div[3]", "Ähnliche Beiträge", 0, "after", amb=True, note="Jetpack related posts, heading only, filled by script"),
 R(HF+"/div[2]", "Top-Beiträge & -Seiten", 10, "after", note="top posts widget under the post, above the comment form"),
 R("/html/body/div[1]/div/div[2]/div[1]/div[2]", None, 1, "after", note="previous-post link '← The Home Computer Christmas Wars'"),
 R(SB+"/div[2]", "Top-Beiträge & -Seiten", 10, "outside", note="sidebar top posts with thumbnails"),
 R(SB+"/div[3]", "Aktuelle Beiträge", 5, "outside", note="sidebar recent posts (first is this post)"),
]
ctas=[
 C("comments", "Hinterlasse einen Kommentar", "before", P+"/div[1]/span[2]", amb=True, note="comment link in the byline"),
 C("share", "Share this: Drucken E-Mail", "after", EC+"/div[5]/div[1]", note="Jetpack sharing buttons"),
 C("other", "Gefällt mir: Liken Lade …", "after", EC+"/div[5]/div[2]", amb=True, note="Jetpack likes widget"),
 C("comments", "Kommentar verfassen Antwort abbrechen", "after", HF+"/div[3]", note="WordPress.com comment form"),
 C("newsletter", "Follow Blog via Email", "outside", "/html/body/div[1]/div/div[3]/div[1]/div", note="Jetpack follow-by-email widget in the footer widget area"),
 C("share", "An E-Mail-Adresse senden Dein Name Deine E-Mail-Adresse", "outside", "/html/body/div[3]", amb=True, note="hidden Jetpack share-by-email form"),
]
ads=[
 A(EC+"/section[3]/div/div/div/div[2]", "inline", "empty 'banner container' copied with the brand eins article (never filled on this blog)", amb=True),
 A(EC+"/div[2]", "inline", "empty 'banner container' copied from brand eins", amb=True),
 A(EC+"/div[3]", "inline", "empty 'banner container' with div#iqadtile41.iqadtile copied from brand eins", amb=True),
 A(EC+"/div[4]", "inline", "empty 'banner container' copied from brand eins", amb=True),
]
