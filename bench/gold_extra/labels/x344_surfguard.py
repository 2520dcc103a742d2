from _dsl import *
FILE="trafilatura-eval/html/surfguard.wordpress.com.medien.html.gz"
# surfguard.wordpress.com ('the boy in the bubble', WordPress.com theme with an off-canvas 'Seitenleiste' panel) post
# 'Ich las, sah, hörte: Medien im Oktober 2016': off-canvas sidebar (recent comments, categories, search, 'SurfGuard
# anderswo' profile links, licence note, author e-mail line, RSS link), header; post (title, date, author; TV/film and
# music reviews each with a YouTube embed: body); two WordAds (atatags) slots; Jetpack share box and 'Ähnliche Beiträge'
# (heading only); previous-post link; comment form; footer 'Erstelle eine kostenlose Website ... WordPress.com'; hidden
# Jetpack e-mail-share form; cookie banner.
# Not labelled: categories, search, licence note, the WordPress.com footer credit, cookie banner, skip links.
SM="/html/body/div[1]/div[1]/div/div"
E="/html/body/div[1]/div[2]/div/main/article/div"
MN="/html/body/div[1]/div[2]/div/main"
related=[
 R(E+"/div[11]/div[2]", "Ähnliche Beiträge", 0, "after", amb=True, note="Jetpack related posts: heading only, items filled by script"),
 R(MN+"/nav", None, 1, "after", note="post navigation: previous post 'Kölnpfad, Etappe 6: Vom Wiener Platz nach Schlebusch'"),
 R(SM+"/div[1]/aside[1]", "Neueste Kommentare", 5, "outside", amb=True, note="off-canvas sidebar recent comments: commenters on 5 posts, each linking to the post"),
]
ctas=[
 C("share", "Diesen Artikel teilen: Twitter Facebook Tumblr E-Mail Pocket", "after", E+"/div[11]/div[1]", note="Jetpack sharedaddy share buttons under the post"),
 C("comments", "Schreibe einen Kommentar: Antwort abbrechen", "after", MN+"/div", note="comment form (no comments yet) with e-mail follow-up checkboxes"),
 C("follow", "SurfGuard anderswo delicious, Flickr, Last.fm, Twitter, YouTube", "outside", SM+"/div[2]/aside[2]", amb=True, note="off-canvas sidebar links to the author's profiles"),
 C("contact", "Autor Der Autor dieses Blogs ist SurfGuard, erreichbar unter surfguard23 ät", "outside", SM+"/div[2]/aside[4]", amb=True, note="off-canvas sidebar author line with obfuscated e-mail address"),
 C("follow", "RSS-Feed RSS - Beiträge", "outside", SM+"/div[2]/aside[5]", amb=True, note="off-canvas sidebar RSS feed link"),
 C("share", "An E-Mail-Adresse senden Dein Name Deine E-Mail-Adresse", "outside", "/html/body/div[3]", amb=True, note="hidden Jetpack e-mail-share form (#sharing_email)"),
]
ads=[
 A(E+"/div[9]", "after", "WordAds atatags inread video slot after the last review"),
 A(E+"/div[10]", "after", "empty WordAds atatags slot after the content"),
]
