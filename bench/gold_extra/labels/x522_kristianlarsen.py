from _dsl import *
FILE="wcxb/html/0198.html.gz"
# Kristian Larsen (Ghost, Basho theme) review round-up 'Best Audiobook Subscriptions in 2025 - I Tried 11 Services':
# header (logo, About / Tools / Search nav, 'Join' member sign-up button); reading-progress bar; post header (tag, h1,
# excerpt, author, date); text (intro, eleven service sections with pros/cons lists and callouts; affiliate 'Go to website'
# / 'Get 25% off with your free trial' buttons after Audible, Blinkist and Audiobooks.com; an impact.com display-ad banner
# for Blinkist under its heading; a bookmark card 'Blinkist Review 2025 - My honest experience'; verdict); 'Share this
# post' icons; newer / older post links; empty comments section; 'You might also like' band of 6 cards; footer
# ('Subscribe to new posts' e-mail form, blurb, empty 'Social' column, 'Links' column with 'Connect on LinkedIn' and tag
# links, copyright); Ghost notification toasts.
# Not labelled: header nav and search, progress bar, callouts and in-text affiliate links (body), the hidden impression
# pixel, empty footer 'Social' column, footer tag links, copyright, notification toasts.
B="/html/body/div[1]/div/main/article/div[2]"
MN="/html/body/div[1]/div/main"
FT="/html/body/div[1]/div/footer/div"
related=[
 R(B+"/figure[2]", None, 1, "inline", note="bookmark card 'Blinkist Review 2025 - My honest experience' (the site's own review) in the Blinkist section"),
 R(MN+"/aside", None, 2, "after", note="newer / older post links"),
 R(MN+"/div[2]", "You might also like", 6, "after", note="'You might also like' band of 6 post cards"),
]
ctas=[
 C("newsletter", "Join", "outside", "/html/body/div[1]/div/header/div/div[2]/nav/ul/li[4]", note="header 'Join' button (li.signup, global-button) to the Ghost member sign-up"),
 C("other", "Go to website", "inline", B+"/div[2]", amb=True, note="affiliate button 'Go to website' (amzn.to) closing the Audible section (affiliate convention of 2026-12-05)"),
 C("other", "Get 25% off with your free trial", "inline", B+"/div[4]", amb=True, note="affiliate button 'Get 25% off with your free trial' (Blinkist) closing the Blinkist section"),
 C("other", "Go to website", "inline", B+"/div[5]", amb=True, note="button 'Go to website' (audiobooks.com, ref link) closing the Audiobooks.com section"),
 C("share", "Share this post The link has been copied!", "after", B+"/div[6]", note="'Share this post' icons (X, Facebook, LinkedIn, copy link) at the end of the text"),
 C("comments", "", "after", MN+"/div[1]", amb=True, note="empty comments-section div (Ghost comments, filled by script or off)"),
 C("newsletter", "Subscribe to new posts Subscribe", "outside", FT+"/div[1]", note="footer 'Subscribe to new posts' e-mail form"),
 C("follow", "Connect on LinkedIn", "outside", FT+"/div[2]/div[2]/div[2]/ul/li[1]", amb=True, note="'Connect on LinkedIn' link heading the footer 'Links' column of tag links (a lone follow link; the 'Social' column beside it is empty)"),
]
ads=[
 A(B+"/a", "inline", "impact.com display-ad banner (a.impactradius-go.com/display-ad, 960x640) for Blinkist under the '3. Blinkist' heading, with an affiliate link; a reader may take it as the section's picture", amb=True),
]
