from _dsl import *
FILE="wcxb/html/0425.html.gz"
# Learning Loom (Substack) post 'Reimplementing Unix correct: The Lost Bayesian Spelling Corrector': navbar (logo, title,
# share-publication icon, Subscribe / Sign in); post header (title, byline, like count + Share); text with code images;
# post footer like count + Share; Previous / Next buttons; 'Discussion about this post' (Comments/Restacks tabs, comment
# input); 'Top / Latest / Discussions' archive with 'No posts'; 'Ready for more? Subscribe' box; footer (copyright, legal
# links, 'Start your Substack', 'Get the app', slogan); empty toast region; noscript JS banner. No ads.
# Not labelled: byline, in-text links, footer legal links and slogan, the toast region, the noscript banner.
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
D=M+"/div[2]/div/div[2]"
related=[
 R(AR+"/div[3]/div[4]", None, 2, "after", amb=True, note="'Previous' / 'Next' post buttons (script navigation, no titles)"),
 R(D+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' archive of the publication under the comments, empty ('No posts')"),
]
ctas=[
 C("share", "", "outside", M+"/div[1]/div/div[1]/div/div[3]/div/div/div", amb=True, note="navbar 'Share Publication' icon button"),
 C("newsletter", "Subscribe Sign in", "outside", M+"/div[1]/div/div[1]/div/div[3]", note="navbar Subscribe / Sign in buttons (as the earlier Substack labels)"),
 C("share", "1 Share", "before", AR+"/div[1]/div/div[2]", note="like count and Share button under the byline"),
 C("share", "1 Share", "after", AR+"/div[3]/div[3]", note="post-footer like count and Share button"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: Comments/Restacks tabs and comment input form"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[5]", note="e-mail subscribe box at the end of the post page"),
 C("other", "Start your Substack", "outside", M+"/div[3]/div[2]/div/div[2]/a[1]", amb=True, note="footer platform promo link"),
 C("app", "Get the app", "outside", M+"/div[3]/div[2]/div/div[2]/a[2]", note="footer app link"),
]
ads=[]
