from _dsl import *
FILE="wcxb/html/4445.html.gz"
# StackContacts (Finn Tropy's Substack) post 'I Ran My Own Newsletter Through My AI Analysis Tool. Here's What I Found (And
# Why It Hurt)': top bar (logo, title, search and 'Share Publication' icons, 'Subscribe' and 'Sign in' buttons); post header
# (h1, byline, like/comment/restack counts and Share); text with images, lists, h2/h4 sections, an in-text 'Subscribe now'
# button, a closing 'Want to run your own analysis?' section (the author's tool, body), P.S. lines and a 'Leave a comment'
# button; post footer counts and Share; Previous/Next buttons; 'Discussion about this post' (Comments/Restacks tabs, comment
# input); empty 'Top / Latest / Discussions' archive ('No posts'); 'Ready for more? Subscribe' form; footer (copyright,
# legal links, 'Start your Substack', 'Get the app', slogan); empty toast region. No ads.
# Not labelled: byline, in-text links to the author's tool and posts (incl. the three posts quoted as data in the first
# list), the closing 'Want to run your own analysis?' section and P.S. lines (body), footer legal links and slogan, toast region.
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
BM=AR+"/div[3]/div[1]/div"
D=M+"/div[2]/div/div[2]"
FT=M+"/div[4]/div/div[2]/div/div[2]/div"
related=[
 R(AR+"/div[3]/div[4]", None, 0, "after", amb=True, note="Previous / Next post buttons (script buttons, no links in the HTML)"),
 R(D+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' archive of the publication under the comments, empty ('No posts')"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", M+"/div[1]/div/div[1]/div/div[3]", note="top-bar buttons in one bar: search and 'Share Publication' icons, 'Subscribe', 'Sign in' (main ask: free e-mail subscription)"),
 C("share", "4 1 Share", "before", AR+"/div[1]/div/div[2]", note="like / comment / restack counts and Share button under the byline"),
 C("newsletter", "Subscribe now", "inline", BM+"/p[77]", note="in-text 'Subscribe now' button (button-wrapper) before 'How This Actually Works'"),
 C("comments", "Leave a comment", "after", BM+"/p[114]", note="'Leave a comment' button closing the text"),
 C("share", "4 1 Share", "after", AR+"/div[3]/div[3]", note="post-footer counts and Share button"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: Comments/Restacks tabs and comment input form (no comments yet)"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[5]", note="e-mail subscribe box at the end of the post page"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="footer platform promo link"),
 C("app", "Get the app", "outside", FT+"/a[2]", note="footer app link"),
]
ads=[]
