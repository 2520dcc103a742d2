from _dsl import *
FILE="wcxb/html/0240.html.gz"
# Yoga Pathways (theyogahabituk.blog, WordPress.com block theme) post 'Yoga won't fix the plumbing but it might save your
# sanity': header (social icons Facebook / Twitter / Instagram / TikTok / YouTube, search, site title, About / Blog /
# Contact me menu); post hero (featured image, category list, excerpt, author, date, reading time, tag list); entry text
# ending with a large-font closing line; jp-post-flair (sharedaddy 'Share this:' X / Facebook, Jetpack Like widget);
# 'Leave a comment' form; right column (Author box, 'Recent Posts' query list of 46 cards with picture links, category
# lists and author, 'Categories' list); 'Trending' band of 4 posts; footer (Jetpack e-mail subscription form, social
# icons, About / Blog / Contact me menu, 'Blog at WordPress.com.'); hidden WordPress.com action bar (Comment, Subscribe
# with 'Sign me up' bubble, more menu); hidden likes iframe and gravatar dialog.
# No ad markup: no ads.
# Not labelled: menus, search, category and tag lists, excerpt, Author box, sidebar 'Categories' list (a site directory),
# 'Blog at WordPress.com.', likes-master iframe and gravatar dialog (Jetpack plumbing).
M="/html/body/div[1]/main"
E=M+"/div[2]/div/div[1]"
AS=M+"/div[2]/div/div[2]/aside/div"
related=[
 R(AS+"/div[2]", "Recent Posts", 46, "outside", note="right-column 'Recent Posts' query list: 46 cards linked by their featured image (with category lists and author)"),
 R("/html/body/div[1]/div", "Trending", 4, "after|outside", note="'Trending' band of 4 posts between the article area and the footer"),
]
ctas=[
 C("follow", "Facebook Twitter Instagram TikTok YouTube", "outside", "/html/body/div[1]/header/div/div[1]/div/div[1]/ul", note="header social icons"),
 C("share", "Share this: Click to share on X (Opens in new window) X Click to share on Facebook", "after", E+"/div[1]/div/div[1]", note="Jetpack sharedaddy 'Share this:' buttons (X, Facebook)"),
 C("share", "Like Loading…", "after", E+"/div[1]/div/div[2]", note="Jetpack Like widget for the post (11.6)"),
 C("comments", "Leave a comment Cancel reply", "after", E+"/div[2]", note="'Leave a comment' form"),
 C("newsletter", "Type your email… ➔", "outside", "/html/body/div[1]/footer/div/div[1]/div", note="footer Jetpack e-mail subscription form"),
 C("follow", "Facebook Twitter Instagram YouTube", "outside", "/html/body/div[1]/footer/div/div[1]/ul", note="footer social icons"),
 C("newsletter", "Comment Subscribe Subscribed Yoga Pathways Sign me up", "outside", "/html/body/div[3]", amb=True, note="hidden WordPress.com action bar (display:none): Comment, Subscribe with 'Sign me up' bubble, more menu (9.5)"),
]
ads=[]
