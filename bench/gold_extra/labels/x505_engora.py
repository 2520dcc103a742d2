from _dsl import *
FILE="wcxb/html/0441.html.gz"
# Engora Data Blog (Blogger, Awesome Inc. theme) post 'Small adventures with small language models': Blogger navbar
# (script-filled iframe container); header (blog title, description); empty crosscol sections; Blog1 widget: date header,
# post (h3 title, body with h1 sections, images, code, lists; closing 'Next steps' section), post footer (timestamp,
# share buttons Email/BlogThis/X/Facebook/Pinterest, 'Labels: AI', location), comments ('No comments:', 'Post a
# Comment' iframe form), blog pager (Older Post / Home), post feeds; right sidebar ('Finding out more about me' with
# photo, bio, LinkedIn and GitHub links; search; 'Subscribe To This Blog' feed links; 'Popular Posts' with 10 posts and
# snippets; Blog Archive; Labels; Report Abuse); footer attribution. No ads, no ad markup.
# Not labelled: navbar, header, the text's 'reach out to me' sentence (no link), labels line, location, blog search,
# archive, labels cloud, Report Abuse link, attribution.
BL="/html/body/div[3]/div[2]/div[2]/div[2]/div[2]/div[2]/div[2]/div/div[4]/div[1]/div/div/div"
PO=BL+"/div[1]/div/div/div"
SB="/html/body/div[3]/div[2]/div[2]/div[2]/div[2]/div[2]/div[2]/div/div[4]/div[3]/div/aside/div[1]"
related=[
 R(BL+"/div[2]", None, 1, "after", note="blog-pager: Older Post ('The Skellam distribution') / Home"),
 R(SB+"/div[4]", "Popular Posts", 10, "outside", note="sidebar PopularPosts widget: 10 posts with snippets"),
]
ctas=[
 C("share", "Email This BlogThis! Share to X Share to Facebook Share to Pinterest", "after", PO+"/div[1]/div[3]/div[1]/div", note="post-footer share buttons"),
 C("comments", "No comments: Post a Comment", "after", PO+"/div[2]", note="comments section: 'No comments:' and 'Post a Comment' with the Blogger comment iframe"),
 C("follow", "Subscribe to: Post Comments (Atom)", "after", BL+"/div[4]", amb=True, note="post-feeds: Atom feed of this post's comments"),
 C("follow", "Finding out more about me", "outside", SB+"/div[1]", amb=True, note="sidebar author box 'Finding out more about me' (photo, bio, LinkedIn and GitHub links): author-bio social links"),
 C("follow", "Subscribe To This Blog Posts Atom Posts Comments Atom Comments", "outside", SB+"/div[3]", amb=True, note="sidebar Subscribe widget: Atom feeds of posts and comments"),
]
ads=[]
