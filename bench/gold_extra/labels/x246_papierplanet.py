from _dsl import *
FILE="trafilatura-eval/html/derpapierplanet.de.juni.html.gz"
# Der Papierplanet (Blogger book blog) post 'Through the Booking Glass: Juni & Genre-Vorstellung'. Top menu (page
# lists, topic labels, social icons), header image. Post: date, title, body (readalong intro, Southern Gothic essay,
# the book, the author's own film/book/music tips with embeds), closing participation call 'Du möchtest gerne …
# mitmachen? Dann hinterlasse einfach einen Kommentar' with 'Teilnehmende Blogs:' (one participant's post link);
# post footer: labels, comment-count link, script-filled prev/next pager, script-filled 'Posts you might like';
# comments (13, Blogger comment form), post-feeds. Sidebar: 'Die Bloggerin', 'Social Media' icons, search,
# 'Leser werden' (Blogger follow), 'Trending' featured post, 'Abonnieren' FeedBurner e-mail form, 'Latest pins'
# (empty Pinterest target), Blogger attribution, archive. Footer: Instagram widget (empty instafeed target), GA-only
# widget, full-width 'Top Picks' popular posts, copyright. No ads (Google Analytics only).
# Not labelled: menus and topic labels, post labels, bloggerin box, search, archive, 'Powered by Blogger', back-to-top.
B="/html/body/div/div[4]/div/div[1]/div[1]/div[1]/div"
P=B+"/div[1]/div/div[1]"
SB="/html/body/div/div[4]/div/div[1]/div[2]/div"
related=[
 R(P+"/div[2]/div[32]/div[11]", "Teilnehmende Blogs:", 1, "after", amb=True, note="closing readalong box: participation call and 'Teilnehmende Blogs:' with one link to a participant's post"),
 R(P+"/div[3]/div[2]/div", None, 2, "after", amb=True, note="prev/next post pager (anchors filled with title/image by script)"),
 R(P+"/div[3]/div[3]/div", None, 0, "after", amb=True, note="#related-posts, filled by script ('Posts you might like', 5 posts by label)"),
 R(SB+"/div[5]", "Trending", 1, "outside", note="sidebar FeaturedPost 'Trending' (Grishaverse post)"),
 R("/html/body/div/div[5]", "Top Picks", 5, "after|outside", note="full-width footer band PopularPosts 'Top Picks' with 5 posts and snippets"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div/div[1]/div[2]/div/div[8]", note="menu-bar social icons (Twitter, Instagram, Facebook, Pinterest, YouTube)"),
 C("comments", "Du möchtest gerne bei Through the Booking Glass diesen Monat mitmachen? Dann hinterlasse einfach einen Kommentar", "after", P+"/div[2]/div[32]/div[11]/i[1]", amb=True, note="participation call asking readers to comment with their intro post (inside the 'Teilnehmende Blogs' box)"),
 C("comments", "13", "after", P+"/div[3]/div[1]/div[2]", amb=True, note="post-share comment-count link"),
 C("comments", "Kommentare:", "after", B+"/div[1]/div/div[2]", note="comments section: 13 comments, 'Kommentar hinzufügen', Blogger comment form"),
 C("follow", "Abonnieren Kommentare zum Post (Atom)", "after", B+"/div[4]", amb=True, note="post-feeds: Atom feed of this post's comments"),
 C("follow", "Social Media", "outside", SB+"/div[2]", note="sidebar 'Social Media' icons (Twitter, Instagram, Facebook, Pinterest, YouTube)"),
 C("follow", "Leser werden", "outside", SB+"/div[4]", note="sidebar 'Leser werden' image link to Blogger's follow-blog"),
 C("newsletter", "Abonnieren", "outside", SB+"/div[6]", note="sidebar FollowByEmail 'Abonnieren' FeedBurner e-mail form"),
 C("follow", "Latest pins", "outside", SB+"/div[7]", amb=True, note="sidebar 'Latest pins' Pinterest profile widget (empty target filled by script)"),
 C("follow", "Instagram", "outside", "/html/body/div/div[4]/div/div[2]", amb=True, note="footer 'Instagram' feed widget (empty instafeed target filled by script)"),
]
ads=[]
