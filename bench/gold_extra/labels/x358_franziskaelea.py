from _dsl import *
FILE="trafilatura-eval/html/franziska-elea.de.vuitton.html.gz"
# Franziska Elea fashion blog (WordPress) post 'Das Louis Vuitton Missgeschick': nav bar (mobile + desktop menu copies
# Home/About/Shop/Contact/Imprint/Categories, search, social icons Facebook/Instagram/YouTube), logo; post (meta line
# with '17 Comments' link, title, featured image, text with outfit images, a Pinterest 'Pin it' button after the last
# image); tag line; 'Share this article' icons; 'Related Posts' (5); comments (17 with replies, reply form with OneAll
# social login and e-mail notification checkboxes, Akismet note); footer Instagram slider widget (thumbnails empty) and
# copyright. No ads, no ad configuration, no sidebar.
# Not labelled: menus (incl. Shop/Contact), tag line, category links, Akismet note.
M="/html/body/div/div[2]/div/div/div[1]"
related=[
 R(M+"/div[3]", "Related Posts", 5, "after", note="'Related Posts' grid of 5 post teasers with images and dates"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div/div[1]/div[2]/div/div/div[5]", note="nav bar social icons (Facebook, Instagram, YouTube)"),
 C("comments", "17 Comments", "before", M+"/article/div[1]/div[1]/span[4]", amb=True, note="comment-count link in the meta line above the title"),
 C("share", "", "after", M+"/article/div[2]/div[5]", amb=True, note="Pinterest 'Pin it' bookmark button at the end of the post text"),
 C("share", "Share this article", "after", M+"/div[2]", note="'Share this article' icons (Facebook, Twitter, Google+, Pinterest, LinkedIn)"),
 C("comments", "17 Discussion to this post", "after", M+"/div[4]", note="comment section: 17 comments with replies and the 'Schreibe einen Kommentar' form"),
 C("follow", "Instagram", "outside", "/html/body/div/div[4]/div[1]", amb=True, note="footer 'Instagram' slider widget (thumbnail list empty, filled by script)"),
]
ads=[]
