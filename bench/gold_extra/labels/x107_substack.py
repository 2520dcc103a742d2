from _dsl import *
FILE="wcxb/html/0486.html.gz"
# Substack post (short opinion piece): navbar Subscribe/Sign in, share buttons, discussion, subscribe box, footer CTAs.
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
D=M+"/div[2]/div/div[2]"
related=[]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", M+"/div[1]/div/div[1]/div/div[3]", note="navbar Subscribe / Sign in buttons"),
 C("share", "Share", "before", AR+"/div[1]/div/div[2]", note="Share button under the byline"),
 C("share", "Share", "after", AR+"/div[3]/div[3]", note="post-footer Share button"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: Comments/Restacks tabs and comment input form"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[4]", note="e-mail subscribe box under the discussion"),
 C("other", "Start your Substack", "outside", M+"/div[3]/div[2]/div/div[2]/a[1]", amb=True, note="footer platform promo link"),
 C("app", "Get the app", "outside", M+"/div[3]/div[2]/div/div[2]/a[2]", note="footer app link"),
]
ads=[]
