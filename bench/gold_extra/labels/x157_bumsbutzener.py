from _dsl import *
FILE="trafilatura-eval/html/bumsbutzener-gumpfen.blogspot.com.tach-auch.html.gz"
# Blogger classic template, single post page ('Tach auch!', ends with a YouTube embed of a Reinhard Mey song:
# body). Main column: post, post footer, comments, pager, feed link; right sidebar: label cloud 'Rubriken', blog
# search, blogroll 'Empfehlenswerte Blogs&Links', archive, 'Abonnieren' feed widget, 'Beliebte Posts'. No ad slot
# (adsbygoogle only named in the Blogger scripts, no ins/AdSense widget in the tree).
# Not labelled: label cloud (categories), blog search, blogroll (home pages of other blogs, not stories),
# Blog-Archiv (archive), header, admin-only edit/quickedit icons, the statista link inside the text.
W="/html/body/div[2]/div/div[2]"
B1=W+"/div[2]/div/div"
PO=B1+"/div[1]/div/div/div"
PF=PO+"/div[1]/div[3]/div[1]"
SB=W+"/div[3]/div"
related=[
 R(B1+"/div[2]", None, 2, "after", note="blog-pager: Neuerer Post / Älterer Post / Startseite"),
 R(SB+"/div[6]", "Beliebte Posts", 10, "outside", note="sidebar PopularPosts widget with snippets (the first item is this post itself)"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="Blogger navbar (script-filled iframe: follow/share/next blog)"),
 C("share", "", "after", PF+"/span[4]/span[1]", amb=True, note="'Email this post' icon in the post footer"),
 C("comments", "Keine Kommentare: Kommentar posten", "after", PO+"/div[2]", note="#comments: no comments yet + 'Kommentar posten' link"),
 C("follow", "Abonnieren Kommentare zum Post (Atom)", "after", B1+"/div[4]", amb=True, note="post-feeds: Atom feed of this post's comments"),
 C("follow", "Abonnieren von Michel's Blog", "outside", SB+"/div[5]", amb=True, note="sidebar Subscribe widget: Atom feeds of posts/comments (netvibes, Yahoo, Atom)"),
]
ads=[]
