from _dsl import *
FILE="wcxb/html/4840.html.gz"
# Marpipe (Webflow SaaS) blog post 'Product Feed Specs for Every Major Platform': navbar (Product / Resources drop-down
# menus, Examples, Pricing, 'Login' + 'Start for free' links, '[ Book a demo ]' button; hidden mobile menu with copies of
# the same); '[ LOADING]' page-loader grid; intro (h1, 'Over 6,000 users'); article (date, author, reading time, teaser;
# left sticky bar with author, date, 'BACK TO ARTICLES' link and progress bar; image and rich text with Google / Meta /
# OpenAI sections, a paragraph pointing to three other blog posts, a product figure, FAQ); right sticky bar ('Get a free
# catalog consultation' expert card with desktop and mobile 'Book a Meeting' buttons; hidden 'Related Articles:' list,
# 'No items found.'); empty prev/next box; footer ('Newsletter' sign-up for 'The Catalog Cult', social links, 'Blog'
# column of 3 posts + 'View the DPA Guide', Case Studies / Compare / Company columns, designer credit). No ads, no ad
# configuration.
# Not labelled: menus and drop-downs (desktop and mobile), page loader, author/date/reading-time lines, 'BACK TO ARTICLES'
# link, progress bar, the text paragraph naming three other posts with in-text links (prose, wcxb keeps it), the
# Marpipe product figure and closing paragraph (body), footer Case Studies / Compare / Company columns, designer credit.
AR="/html/body/div[2]/section[2]/div"
RB=AR+"/div[2]/div"
FT="/html/body/footer/div[1]"
related=[
 R(RB+"/div[2]", "Related Articles:", 0, "outside", amb=True, note="right-bar 'Related Articles:' list, hidden (w-condition-invisible) and empty ('No items found.')"),
 R("/html/body/div[2]/section[3]/div", None, 0, "after", amb=True, note="empty article-prevnext-box under the article (previous/next post links not rendered)"),
 R(FT+"/div[3]", "Blog", 3, "outside", amb=True, note="footer 'Blog' column: 3 post links (Getting Started with Catalog Ads on Facebook, What is a Catalog Ad, What is a Product Feed) and 'View the DPA Guide' (a footer link column of posts: could be read as footer navigation)"),
]
ctas=[
 C("other", "Login Start for free", "outside", "/html/body/nav/div[3]/div[2]", amb=True, note="navbar 'Login' and 'Start for free' (sign-up) links side by side, styled as menu links"),
 C("other", "[ Book a demo ]", "outside", "/html/body/nav/div[3]/div[3]", note="navbar '[ Book a demo ]' button"),
 C("other", "Login Start for free", "outside", "/html/body/nav/div[2]/div[2]", amb=True, note="hidden mobile-menu copy of 'Login' / 'Start for free'"),
 C("other", "[ Book a demo ]", "outside", "/html/body/nav/div[2]/div[3]", amb=True, note="hidden mobile-menu copy of the '[ Book a demo ]' button"),
 C("contact", "Get a free catalog consultation Jonathan Boozer Catalog Expert [ Book a Meeting ]", "outside", RB+"/div[1]", note="right sticky bar: expert card 'Get a free catalog consultation' with photo and (desktop + mobile) 'Book a Meeting' buttons"),
 C("newsletter", "Are you crazy ... about catalog ads? You’re not alone. Join over 10,000 other marketers in The Catalog Cult", "outside", FT+"/div[1]", note="footer 'Newsletter' box: pitch, e-mail form and submit button"),
 C("follow", "X Instagram LinkedIn Youtube", "outside", FT+"/div[2]", note="footer social links (X, Instagram, LinkedIn, YouTube)"),
]
ads=[]
