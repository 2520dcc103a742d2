from _dsl import *
FILE="wcxb/html/0487.html.gz"
# frenck.dev (Ghost blog) post 'The chaos begins: Building my Home Assistant smart home from scratch'. Header: logo,
# nav (Home, About, My gear, Contact), 'Sign in' and a 'Become member' button. Article: title, excerpt, meta, feature
# image, text with a YouTube embed, sign-off. Below: share bar 'Share this article:', 'Older post' link, newsletter
# section. Footer: blurb, 14 social icons, link columns (Sign up, Contact, … My smart home gear), back to top. No ads.
# Not labelled: nav links (incl. Contact, Sign in), footer link columns, back to top. The text's 'Drop your thoughts in
# the YouTube comments' line is body text.
M="/html/body/div/main"
related=[
 R(M+"/div[1]/div[2]", "Older post", 1, "after", note="previous-post link 'Moving to a new smart home: The exciting agony of not having the keys yet'"),
]
ctas=[
 C("subscribe", "Become member", "outside", "/html/body/div/header/div/div/nav/ul[2]/li[2]", amb=True, note="header 'Become member' button (Ghost portal sign-up)"),
 C("share", "Share this article:", "after", M+"/div[1]/div[1]", note="share bar (Twitter, Facebook, Pinterest, WhatsApp, LinkedIn, e-mail, copy link)"),
 C("newsletter", "Subscribe to Frenck's newsletter and stay updated. Don't miss anything.", "after", M+"/div[2]", note="newsletter sign-up section under the post"),
 C("follow", "", "outside", "/html/body/div/footer/div/div[1]/div[1]/div[2]", note="footer social icons (GitHub, LinkedIn, Bluesky, Mastodon, Discord, … YouTube, WhatsApp)"),
]
ads=[]
