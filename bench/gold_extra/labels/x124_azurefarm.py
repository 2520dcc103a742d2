from _dsl import *
FILE="wcxb/html/4662.html.gz"
# Azure Farm blog post (Squarespace). Body = article/div[1] (html + image blocks); after an <hr> a 'PIN FOR LATER'
# heading with two pin images closes the post (the source's ground truth leaves it out). No ads, no ad configuration.
# Not labelled: Sign In / My Account / Cart, menus, post meta tags/categories, the footer link row and legal links,
# the 'designed by visuable' credit button, empty website-component blocks.
M="/html/body/div[4]/div[2]/div/main/section"
ART=M+"/article"
FM="/html/body/div[4]/footer/div/div[2]"
related=[
 R(M+"/nav", None, 2, "after", note="BlogItem-pagination: Previous 'How to Care for Baby Chickens…' / Next 'Lavender Blueberry Waffles…'"),
]
ctas=[
 C("share", "PIN FOR LATER", "after", ART+"/div[1]/div/div/div[17]", note="'PIN FOR LATER' heading after the closing rule, above two Pinterest-format images"),
 C("comments", "5 Comments", "after", ART+"/div[2]/span[3]", amb=True, note="comment count in the post meta line under the text"),
 C("share", "Facebook0 Twitter LinkedIn0 Reddit Tumblr Pinterest0 0 Likes", "after", ART+"/div[3]", note="Squarespace share buttons + likes under the post"),
 C("comments", "", "after", ART+"/section", note="empty squarespace-comments section (script-filled)"),
 C("contact", "Azure Farm Adairsville, Georgia azurefarmlife@gmail.com Hours", "outside", FM+"/div[1]", amb=True, note="footer business info with e-mail link"),
 C("follow", "Don’t forget to Follow ME on Pinterest, Tiktok and Instagram!", "outside", FM+"/div[2]/div/div/div[1]", note="footer follow prompt (text only)"),
 C("follow", "", "outside", FM+"/div[2]/div/div/div[2]", note="footer social icons: TikTok, Pinterest, Instagram"),
 C("follow", "", "outside", FM+"/div[2]/div/div/div[3]", amb=True, note="footer Instagram feed block (5 post links)"),
]
ads=[]
