from _dsl import *
FILE="wcxb/html/0420.html.gz"
# Dan Davies - "Back of Mind" (Substack) post 'what is once sprung cannot necessarily be unsprunged': top bar (publication
# title, 'Subscribe' and 'Sign in' buttons); post header (h1, subtitle, byline and date, like/comment/restack counts and
# Share button); text of seven paragraphs and a closing subscription widget ('… is a reader-supported publication …
# Subscribe'); post-footer counts and Share; 'Discussion about this post' (Comments/Restacks tabs, two comments, '23 more
# comments...' link); empty 'Top / Latest / Discussions' archive ('No posts'); 'Ready for more? Subscribe' form; footer
# (copyright, Privacy / Terms / Collection notice, 'Start your Substack', 'Get the app', slogan). No ads, no ad markup.
# Not labelled: publication title, byline, empty visibility-check divs, footer legal links and slogan.
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
D=M+"/div[2]/div/div[2]"
FT=M+"/div[3]/div[2]/div/div[2]"
related=[
 R(D+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' archive of the publication under the comments, empty ('No posts')"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", M+"/div[1]/div/div[1]/div/div[3]", note="top-bar buttons in one bar: 'Subscribe' (free/paid subscription sign-up) and 'Sign in'"),
 C("share", "33 25 5 Share", "before", AR+"/div[1]/div/div[2]", note="like / comment / restack counts and Share button under the byline"),
 C("newsletter", "Dan Davies - \"Back of Mind\" is a reader-supported publication. To receive new posts and support my work", "after", AR+"/div[3]/div[1]/div/div", note="subscription widget closing the text: 'reader-supported publication … consider becoming a free or paid subscriber' with e-mail field and Subscribe button"),
 C("share", "33 25 5 Share", "after", AR+"/div[3]/div[3]", note="post-footer like / comment / restack counts and Share button"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: Comments/Restacks tabs, two comments and '23 more comments...' link"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[5]", note="'Ready for more?' e-mail subscribe box at the end of the post page"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="footer platform promo link 'Start your Substack'"),
 C("app", "Get the app", "outside", FT+"/a[2]", note="footer 'Get the app' link (app-store redirect)"),
]
ads=[]
