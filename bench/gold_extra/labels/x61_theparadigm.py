from _dsl import *
FILE="scrapinghub/html/0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a.html.gz"
CO="/html/body/div[2]/div[1]/div[1]"
E=CO+"/div[3]/div[1]"
SB="/html/body/div[2]/div[1]/section"
TB=SB+"/div[2]/div"
related=[
 R(E+"/div[8]", None, 0, "after", amb=True, note="empty Jetpack jp-relatedposts container (script-filled)"),
 R(TB+"/div[1]", "Recent", 5, "outside", note="sidebar tabber: Recent posts"),
 R(TB+"/div[2]", "Popular", 9, "outside", note="sidebar tabber: Popular posts (EKO listed twice)"),
 R(TB+"/div[3]", "Comments", 5, "outside", amb=True, note="sidebar tabber: recent comments, excerpts linking to 5 other articles"),
]
ctas=[
 C("share", "Tweet", "before", CO+"/div[2]/div", note="share_box under the date: Tweet, FB like iframe, +1"),
 C("newsletter", "", "before", E+"/div[2]", amb=True, note="empty mailmunch-forms-before-post container"),
 C("newsletter", "", "inline", E+"/blockquote[1]/div", amb=True, note="empty mailmunch-forms-in-post-middle, injected inside the first embedded tweet"),
 C("newsletter", "Click here to subscribe to The Paradigm Newsletter", "after", E+"/h2", note="h2 link to the Mailchimp sign-up, after the last tweet"),
 C("newsletter", "", "after", E+"/div[4]", amb=True, note="empty mailmunch-forms-after-post container"),
 C("share", "Share this: Twitter Email Facebook Print WhatsApp", "after", E+"/div[6]", note="Jetpack sharedaddy buttons"),
 C("other", "Like this: Like Loading...", "after", E+"/div[7]", amb=True, note="Jetpack likes widget"),
 C("comments", "comments", "after", E+"/p[10]", amb=True, note="'Comments' heading is a sibling; p holds a Facebook comments-count element"),
 C("comments", "", "after", E+"/div[9]", note="empty fb-comments container (Facebook comments plugin)"),
 C("share", "Tweet", "after", CO+"/div[4]/div", note="second share_box under the article: Tweet, FB like, +1"),
 C("comments", "Share your thoughts Cancel reply", "after", CO+"/div[5]", note="Jetpack comment form (iframe)"),
 C("follow", "We Are Social At The Paradigm Facebook Twitter Google Plus RSS Feed Email Youtube", "outside", SB+"/div[4]", note="sidebar social profile links"),
 C("follow", "Like us on Facebook", "outside", SB+"/div[6]", note="sidebar Facebook like-box (script-filled)"),
 C("newsletter", "Subscribe to The Paradigm via Email", "outside", SB+"/div[7]", note="Jetpack blog subscription form"),
 C("share", "Send to Email Address Your Name Your Email Address", "outside", "/html/body/div[4]", amb=True, note="hidden Jetpack share-by-email form"),
]
ads=[
 A("/html/body/header/div[2]/div[2]", "before|outside", "header div.adv AdSense 320x100 beside the logo"),
 A(E+"/div[1]", "before", "AdSense 'in post' 336x280 above the first paragraph"),
 A(E+"/div[3]", "inline", "AdSense 336x280 between the two embedded tweets"),
 A(E+"/script[1]", "after", "AdSense script pair after the last tweet (no own container)", amb=True),
 A(E+"/script[3]", "after", "AdSense 320x100 script pair after the newsletter line (no own container)", amb=True),
 A(SB+"/div[1]/script[1]", "outside", "sidebar quick-adsense 300x250 AdSense script (its widget div has a mis-encoded class that the two parsers read differently)"),
 A(SB+"/div[3]", "outside", "sidebar text widget AdSense 336x280"),
 A(SB+"/div[5]", "outside", "sidebar text widget ins.adsbygoogle"),
]
