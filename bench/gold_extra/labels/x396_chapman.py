from _dsl import *
FILE="wcxb/html/0137.html.gz"
# Chapman University Schmid College blog (WordPress cu-wp-template) post 'What Tutoring is and What Tutoring is not.':
# banner header with college name and 4-link menu; article (h1 + subtitle, date, body with h3 sections and pull quotes,
# 'A version of this post also appeared in the Orange County Register' line); post meta footer (stickySide: author name,
# 'Browse Related:' Faculty category with 3 stories); share aside (stickySide: '79 social', Twitter/Facebook share links);
# empty comments aside (no form, 0 comments); 'More Stories' band (2 post previews); empty pagination div; university
# footer (Contact Us / Maps / Emergency buttons, addresses, Get Started / Discover / Website link columns, social icons,
# back to top); omni-nav (search, log-in drop-down, off-canvas main menu). No ads, no ad configuration (only a GTM
# noscript iframe).
# Not labelled: header menu, footer link columns and faux buttons (incl. 'Contact Us', 'Apply Now'), omni-nav log-in
# form and menus (incl. its 'Social' link), GTM noscript iframe, back-to-top link, author name, Orange County Register line.
AR="/html/body/div[2]/article"
PI=AR+"/div/div"
related=[
 R(PI+"/footer/div", "Browse Related:", 3, "after|outside", note="post meta column (stickySide, beside the text): author name, 'Browse Related:' heading, Faculty category with 3 story links"),
 R("/html/body/div[2]/section", "More Stories", 2, "after", note="'More Stories' band under the article with 2 post previews (title, date, author, excerpt)"),
]
ctas=[
 C("share", "79 social Share on Twitter Post to Facebook 79 people shared or liked this.", "after|outside", PI+"/aside", note="share aside (stickySide, beside the text): share count, Twitter and Facebook share links"),
 C("comments", "", "after", AR+"/aside", amb=True, note="empty comments aside (data-num-comments=0, no form: comments closed)"),
 C("follow", "", "outside", "/html/body/section/footer/div[2]/div/span[2]", note="footer social icons (Facebook, Twitter, Pinterest, Instagram, YouTube, LinkedIn, Snapchat, iTunes, TikTok)"),
]
ads=[]
