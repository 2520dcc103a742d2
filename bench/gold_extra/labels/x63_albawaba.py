from _dsl import *
FILE="scrapinghub/html/dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356.html.gz"
R2="/html/body/div/div/div[2]/div/section/div/article/div/div[2]"
L=R2+"/div[1]"
S=R2+"/div[2]"
related=[
 R(L+"/section[7]", "You may also like", 0, "after", sponsored=True, amb=True, note="heading over an empty POSTQUARE_WIDGET (script-filled sponsored recommendations)"),
 R(S+"/section[2]", "You may also like", 0, "outside", sponsored=True, amb=True, note="sidebar heading over an empty POSTQUARE_WIDGET"),
 R(S+"/section[5]", "Latest", 5, "outside", note="Latest/Popular quicktabs; only Latest is filled (Popular 'Loading content ...')"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", "/html/body/div/div/header/div[1]/div/div/section[1]", note="header Subscribe button"),
 C("follow", "FB Linkedin Twitter", "outside", "/html/body/div/div/header/div[2]/div/div/div/nav[2]", note="header social media links"),
 C("subscribe", "Subscribe", "outside", "/html/body/div/div/header/div[2]/div/div/div/section[2]", note="mobile Subscribe button"),
 C("share", "", "before", L+"/section[2]", note="AddToAny share icons under the date"),
 C("comments", "", "after", L+"/section[8]", note="Disqus thread container (noscript link only)"),
 C("newsletter", "Subscribe Sign up to our newsletter for exclusive updates and enhanced content Subscribe Now", "outside", S+"/section[3]", note="sidebar newsletter box (plus a second Mailchimp form for celeb news)"),
 C("follow", "FB Linkedin Twitter", "outside", "/html/body/div/div/div[3]/footer/div/div[3]/div/nav", note="footer social links"),
 C("newsletter", "Subscribe to our newsletter for exclusive updates and enhanced content Subscribe", "outside", "/html/body/div/div/div[3]/footer/div/div[3]/div/section"),
]
ads=[
 A("/html/body/div/div/div[2]/div/div/div/section", "before|outside", "ad-top above the breadcrumb and headline"),
 A(S+"/section[1]", "outside", "ad-sidebar_1"),
 A(S+"/section[4]", "outside", "ad-sidebar_3"),
 A(S+"/section[6]", "outside", "ad-sidebar_2"),
 A("/html/body/div/div/div[4]/div/div/section[1]", "outside", "hidden ad-wysiwyg_1 (holding area at page end, moved into the text by script)"),
 A("/html/body/div/div/div[4]/div/div/section[2]", "outside", "hidden ad-wysiwyg_2"),
 A("/html/body/div/div/div[4]/div/div/section[3]", "outside", "hidden ad-wysiwyg_3"),
]
