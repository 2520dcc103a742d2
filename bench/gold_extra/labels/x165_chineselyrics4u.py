from _dsl import *
FILE="trafilatura-eval/html/chineselyrics4u.com.zhineng.html.gz"
# Blogger 'Awesome Inc.' template, single post page (pinyin lyrics of a song: YouTube embed + lyrics = body).
# Blogger navbar, header title, AdSense widget in the crosscol band under the header; main column: post (body
# ends with a Facebook Like/Send button), post footer (author, share buttons, labels), comments, inline-ad, pager,
# feed link; right sidebar: AdSense widget, search, 'Facebook Fan Page' like box, 'Support Us' PayPal,
# 'Fans' followers, 'Visitors' flag counter, archive, label list. Footer: theme attribution only.
# Not labelled: blog search, 'Visitors' flagcounter image, Blog Archive, Labels list (categories), post labels,
# admin-only quickedit icons, the cookienotice script (no container).
CI="/html/body/div[4]/div[2]/div[2]/div[2]"
B1=CI+"/div[2]/div[2]/div[2]/div/div[4]/div[1]/div/div/div"
DP=B1+"/div[1]/div/div"
PO=DP+"/div[1]"
SB=CI+"/div[2]/div[2]/div[2]/div/div[4]/div[3]/div/aside/div[1]"
related=[
 R(B1+"/div[2]", None, 2, "after", note="blog-pager: Newer Post / Older Post / Home"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="Blogger navbar (script-filled iframe: follow/share/next blog)"),
 C("share", "", "after", PO+"/div[1]/div[2]/*[47]", note="fb:like button (like + send) at the end of the post body"),
 C("share", "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest", "after", PO+"/div[1]/div[3]/div[1]/div", note="post-share-buttons in the post footer"),
 C("comments", "No comments: Post a Comment", "after", PO+"/div[2]", note="#comments: no comments yet + Blogger comment form iframe"),
 C("follow", "Subscribe to: Post Comments (Atom)", "after", B1+"/div[4]", amb=True, note="post-feeds: Atom feed of this post's comments"),
 C("follow", "Facebook Fan Page", "outside", SB+"/div[3]", note="sidebar Facebook like-box iframe of the site's fan page"),
 C("donate", "Support Us To our fans, your contribution will allow us to continue providing pinyin translation", "outside", SB+"/div[4]", note="sidebar 'Support Us' PayPal donation appeal"),
 C("follow", "Fans", "outside", SB+"/div[5]", note="Blogger Followers widget titled 'Fans' (script-filled iframe)"),
]
ads=[
 A(CI+"/div[1]/div[2]/div[2]/div[1]/div", "before|outside", "AdSense2 widget (ins.adsbygoogle) in the crosscol band between header and columns"),
 A(DP+"/div[2]", "after", "inline-ad (show_ads.js 300x250) after the post"),
 A(SB+"/div[1]", "outside", "AdSense1 widget (ins.adsbygoogle) at the top of the right sidebar"),
]
