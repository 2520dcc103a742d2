from _dsl import *
FILE="trafilatura-eval/html/stackoverflow.com.rust.html.gz"
# Stack Overflow Blog (WordPress) post 'What is Rust and why is it so popular?': top bar (logo, Latest / Newsletter /
# Podcast nav, stackoverflow.com link); article column (byline, empty AddThis inline share toolbox, featured image,
# text with code figures ending 'Come and join us!', author box with Author Archives / Website / Twitter / Github /
# Stack Overflow / Youtube links, tags, 'Related Articles' 3 post cards), 'Comments' section (one comment + 'Leave a
# Reply' form); footer CTA band (Developer Jobs, Stack Overflow for Teams); Stack Exchange footer (link columns,
# network sites, 'Blog Facebook Twitter LinkedIn' list, copyright). No ads (AddThis only).
# Not labelled: navs (incl. header 'Newsletter' link), tags, footer link columns and network site list.
AC="/html/body/div/div[1]/div/main/article/div/div"
related=[
 R(AC+"/div[6]", "Related Articles", 3, "after", note="'Related Articles' block with 3 post cards (Continue reading) under the author box"),
]
ctas=[
 C("share", "", "before", AC+"/div[2]", note="empty AddThis inline share toolbox under the byline (script-filled)"),
 C("follow", "Author Archives Website Twitter Github Stack Overflow Youtube", "after", AC+"/div[5]/div[1]/div/div[3]", amb=True, note="author-box links (archives, website, Twitter, GitHub, Stack Overflow, YouTube): author-bio social links"),
 C("comments", "Comments Jeremy Banks says: January 20, 2020 at 11:27 am", "after", "/html/body/div/div[1]/div/main/div", note="'Comments' section: one comment and the 'Leave a Reply' form"),
 C("other", "Developer Jobs Build your career with Stack Overflow, where developers come first. See all job openings now!", "after|outside", "/html/body/div/div[2]/div/div/div[1]", note="footer CTA band, left: Developer Jobs promo with 'See all job openings now!' button"),
 C("other", "Stack Overflow for Teams Discover and share internal knowledge in a private and secure environment.", "after|outside", "/html/body/div/div[2]/div/div/div[2]", note="footer CTA band, right: Stack Overflow for Teams product promo"),
 C("follow", "Blog Facebook Twitter LinkedIn", "outside", "/html/body/div/footer/div/div[2]/ul", note="footer copyright-row list of Blog / Facebook / Twitter / LinkedIn links"),
]
ads=[]
