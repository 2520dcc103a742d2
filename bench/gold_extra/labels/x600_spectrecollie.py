from _dsl import *
FILE="wcxb/html/0481.html.gz"
# Spectre Collie (spectrecollie.com, personal WordPress block-theme blog of Chuck Jordan) post 'Are AI Evangelists In Heat?':
# header (site title, responsive menu About / One Thing I Like / Blogroll / Now / Archives); h1, excerpt, featured image,
# date and categories; text (opening paragraph linking three of the author's earlier posts, footnote tooltips, a screenshot
# figure, a list, footnote list); Jetpack 'Share this:' buttons (Bluesky, Mastodon, Email); previous / next post links;
# 'Comments' block with 'Leave a Reply' form (notify checkboxes); 'Recent posts' list of 4 (this post included); footer
# (site title, tagline, 'personal website of Chuck Jordan' line, social icons); Jetpack image-carousel overlay (hidden,
# with a photo comment form).
# Not labelled: menu, categories, footnotes, the carousel's loading overlay, footer site lines. No ad slot on the page.
MD="/html/body/div[1]/main/div[1]"
related=[
 R(MD+"/div[3]/p[1]", None, 3, "inline", amb=True, note="opening paragraph whose sentence links three of the author's earlier posts (finding reference art, vast and trunkless legs of stone, the genie has left the bottle): pointers written into an ordinary sentence (10.10)"),
 R(MD+"/div[4]", None, 2, "after", note="post navigation: 'Previous: Tuesday Tune Two-Fer: Ah Ouais, Manger' / 'Next: Game Night, or, Settlers of Catan'"),
 R("/html/body/div[1]/main/div[2]", "Recent posts", 4, "after", note="'Recent posts' list of 4 dated posts below the comments (the current post among them)"),
]
ctas=[
 C("share", "Share this:", "after", MD+"/div[3]/div", note="Jetpack sharedaddy 'Share this:' buttons Bluesky / Mastodon / Email at the end of the text"),
 C("comments", "Comments Leave a Reply", "after", MD+"/div[5]", note="'Comments' block with the 'Leave a Reply' form (notify-me checkboxes included)"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div/div/div[3]", note="footer social icons: Bluesky, Mastodon, Instagram, LinkedIn"),
 C("comments", "Loading Comments... Write a Comment...", "outside", "/html/body/div[3]", amb=True, note="hidden Jetpack image-carousel overlay (display:none) holding a photo comment form (popup, 9.5)"),
]
ads=[]
