from _dsl import *
FILE="wcxb/html/2362.html.gz"
# Blogarama (blog directory) copy of a GegoSoft post 'AI-Powered SEO: How Artificial Intelligence is Transforming Search
# Marketing in 2025': sitewide banner 'Get Even More Visitors To Your Blog, Upgrade To A Business Listing >>'; language
# switch and directory category menu; search form; source-blog header (blog name and URL) with 'Follow me' / 'Share me'
# buttons; post title, tags, date; 'View original' link; text (h2 sections, closing pitch for GegoSoft's services, RSS
# 'The post … appeared first on GegoSoft' line); 'This post first appeared on …, please read the originial post: here'
# line; empty Disqus thread (its embed script is commented out); 'People also like' list of 7 posts; hidden 'Share the
# post' modal (opened by 'Share me'); logo footer and copyright bar. No ads and no ad configuration.
# (readP, 2026-12-06: the 'Share the post' modal is now an amb share CTA under convention 9.5.)
# Not labelled: language switch, directory menu, search form, source-blog name/URL, tags, the text's closing GegoSoft
# pitch and RSS 'appeared first on' line (body, no button or link set apart), the 'Share the post' modal (the panel opened
# by the 'Share me' button, one widget with it), footer logo and copyright.
MP="/html/body/div[3]/div/div/div[2]/div/div[1]"
TX=MP+"/div[2]/div[2]/div[1]"
related=[
 R("/html/body/div[3]/div/div/div[2]/div/div[2]", "People also like", 7, "after", note="'People also like' list of 7 posts from other directory blogs, under the post"),
]
ctas=[
 C("other", "Get Even More Visitors To Your Blog, Upgrade To A Business Listing >>", "outside", "/html/body/div[1]", note="sitewide banner strip at the top: business-listing upgrade promo for blog owners"),
 C("other", "Follow me Share me", "before", MP+"/div[1]/div[2]", note="'Follow me' (follow the blog on Blogarama) and 'Share me' (opens the share modal) buttons in one bar beside the blog name; asks differ"),
 C("follow", "Follow me", "before", MP+"/div[1]/div[2]/div[1]", amb=True, note="'Follow me' button of the two-ask bar (convention 9.2)"),
 C("share", "Share me", "before", MP+"/div[1]/div[2]/div[2]", amb=True, note="'Share me' button of the two-ask bar (convention 9.2)"),
 C("share", "Share the post", "outside", "/html/body/div[3]/div/div/div[3]", amb=True, note="hidden 'Share the post' modal (#sharePostModal: Email, Facebook, Pinterest, Twitter) opened by 'Share me'; one popup, amb while hidden (convention 9.5)"),
 C("read_more", "View original", "before", TX+"/div[1]", amb=True, note="'View original' link to the source post above the text"),
 C("read_more", "This post first appeared on 5 Great On-Page SEO For 2022 Ideas That You Can Practice, please read the originial post: here", "after", TX+"/div[3]", note="syndication line pointing to the original post"),
 C("comments", "", "after", TX+"/div[4]", amb=True, note="empty Disqus thread div; the embed script is commented out, so no comments load"),
]
ads=[]
