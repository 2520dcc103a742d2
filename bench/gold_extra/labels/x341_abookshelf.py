from _dsl import *
FILE="trafilatura-eval/html/abookshelffullofsunshine.blogspot.com.interview.html.gz"
# A Bookshelf Full Of Sunshine (Blogger book blog, classic template) post '(News) Viertes eigenes Blog-Interview: Dieses
# Mal mit Anne Lück': header image, image-button page menu; post (date, title, interview Q/A, in-text 'die Rezension dazu
# gibt's hier' link: body), post footer (author, share buttons, labels), comments (1 thread + 'Kommentar hinzufügen',
# Blogger comment iframe), blog pager, post-feeds, LinkWithin widget (script). Right sidebar: follow icon bars (image
# rows), Blogger 'Follower', 'Follow by Email', visitor stats, 'Info' image, 'Zuletzt kommentiert' feed (script),
# 'Gerade vertieft in ...' currently-reading images and progress meters, 'Eure Lieblingsposts' popular posts, archive.
# Footer: 'Powered by Blogger'. No ad slot (adsbygoogle only in Blogger's personalization script in the head).
# Not labelled: page menu, post labels, visitor counter, 'Info' image, currently-reading images and meters, archive,
# the HTML7 widget between the two follow bars (a plain 'Folgen' banner image without link), admin quickedit icons.
M="/html/body/div[3]/div[2]/div[2]/div[2]/div[2]/div[2]/div[2]/div/div[4]"
B1=M+"/div[1]/div/div/div[1]"
PO=B1+"/div[1]/div/div/div"
SB=M+"/div[3]/div/aside/div[1]"
related=[
 R(B1+"/div[2]", None, 2, "after", note="blog-pager: Neuerer Post / Älterer Post / Startseite"),
 R(M+"/div[1]/div/div/div[2]", None, 0, "after", amb=True, note="LinkWithin related-posts widget under the post (filled by script; only the LinkWithin logo link in the HTML)"),
 R(SB+"/div[8]", "Zuletzt kommentiert", 0, "outside", amb=True, note="sidebar Feed widget 'Zuletzt kommentiert' (recent-comments feed, 'Wird geladen...', filled by script)"),
 R(SB+"/div[13]", "Eure Lieblingsposts", 3, "outside", note="sidebar PopularPosts 'Eure Lieblingsposts' with 3 posts and snippets"),
]
ctas=[
 C("share", "Diesen Post per E-Mail versenden BlogThis! In Twitter freigeben In Facebook freigeben Auf Pinterest teilen", "after", PO+"/div[1]/div[3]/div[1]/div", note="post-footer share buttons"),
 C("comments", "Kommentare:", "after", PO+"/div[2]", note="comments section: 1 thread with reply, 'Kommentar hinzufügen', Blogger comment form iframe"),
 C("follow", "Abonnieren Kommentare zum Post (Atom)", "after", B1+"/div[4]", amb=True, note="post-feeds: Atom feed of this post's comments"),
 C("follow", "", "outside", SB+"/div[1]", note="sidebar follow icon bar (image links: Instagram, Google+)"),
 C("follow", "", "outside", SB+"/div[3]", note="sidebar second follow icon bar (image links: Twitter, LovelyBooks, Facebook, blog-connect, Bloglovin)"),
 C("follow", "Follower", "outside", SB+"/div[4]", note="sidebar Blogger 'Follower' widget (followers iframe filled by script)"),
 C("newsletter", "Follow by Email", "outside", SB+"/div[5]", note="sidebar 'Follow by Email' FeedBurner e-mail form"),
]
ads=[]
