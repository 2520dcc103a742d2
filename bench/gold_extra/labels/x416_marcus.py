from _dsl import *
FILE="wcxb/html/0416.html.gz"
# Marcus on AI (Substack) post '"New Ways to Corrupt LLMs"': navbar (title, share-publication icon, Subscribe / Sign in);
# post header (title, subtitle, byline, like / comment / restack counts + Share); text with images, '§' breaks, an in-text
# subscription widget ('Nearly 100,000 people subscribe. Your support is greatly appreciated!' + e-mail form), P.S. and
# footnote; post footer counts + Share; 'Discussion about this post' (Comments/Restacks tabs, comment input, two comments,
# '147 more comments...'); 'Top / Latest / Discussions' archive with 'No posts'; 'Ready for more? Subscribe' box; footer
# (copyright, legal links, 'Start your Substack', 'Get the app', slogan); empty toast region; noscript JS banner. No ads,
# no previous/next links.
# Not labelled: byline, in-text links, footnote, footer legal links and slogan, the toast region, the noscript banner.
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
D=M+"/div[2]/div/div[2]"
related=[
 R(D+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' archive of the publication under the comments, empty ('No posts')"),
]
ctas=[
 C("share", "", "outside", M+"/div[1]/div/div[1]/div/div[3]/div/div/div", amb=True, note="navbar 'Share Publication' icon button"),
 C("newsletter", "Subscribe Sign in", "outside", M+"/div[1]/div/div[1]/div/div[3]", note="navbar Subscribe / Sign in buttons (as the earlier Substack labels)"),
 C("share", "589 149 94 Share", "before", AR+"/div[1]/div/div[2]", note="like / comment / restack counts and Share button under the byline"),
 C("newsletter", "Nearly 100,000 people subscribe. Your support is greatly appreciated! Subscribe", "inline", AR+"/div[3]/div[1]/div/div[7]", note="in-text subscription widget (e-mail form) before the P.S. paragraph"),
 C("share", "589 149 94 Share", "after", AR+"/div[3]/div[3]", note="post-footer counts and Share button"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: Comments/Restacks tabs, comment input form, two comments and '147 more comments...' link"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[5]", note="e-mail subscribe box at the end of the post page"),
 C("other", "Start your Substack", "outside", M+"/div[3]/div[2]/div/div[2]/a[1]", amb=True, note="footer platform promo link"),
 C("app", "Get the app", "outside", M+"/div[3]/div[2]/div/div[2]/a[2]", note="footer app link"),
]
ads=[]
