from _dsl import *
FILE="wcxb/html/2414.html.gz"
# Substack post 'My LLM coding workflow going into 2026' (Addy Osmani's 'Elevate'): navbar (logo, title, search, Share
# Publication, Subscribe, Sign in); post header (h1, author, date, UFI bar: Like 133, comments 8, restacks 12, Share);
# body (YouTube embed, text, images) closing with a paragraph promoting the author's new O'Reilly book and its cover;
# post-footer UFI bar; 'Discussion about this post' (Comments / Restacks tabs, comment input, 2 comments, '6 more
# comments...'); 'Top Posts Footer' archive tabs (Top / Latest / Discussions, 'No posts'); 'Ready for more?' subscribe
# form; footer (copyright, Privacy / Terms, 'Start your Substack', 'Get the app').
# No ad markup: no ads.
# Not labelled: logo and title, search button, Sign in on its own (part of the navbar bar), comment list entries, footer
# legal links, the book cover image (a body figure).
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
D=M+"/div[2]/div/div[2]"
NB=M+"/div[1]/div/div[1]/div/div[3]/div/div"
related=[
 R(D+"/div[3]", None, 0, "after", amb=True, note="'Top Posts Footer' region with Top / Latest / Discussions tabs and 'No posts' (empty recirculation list)"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", NB, note="navbar buttons: search, Share Publication, Subscribe, Sign in (main ask Subscribe)"),
 C("share", "", "outside", NB+"/div/button", amb=True, note="navbar 'Share Publication' icon button inside the button bar (9.2)"),
 C("newsletter", "Subscribe", "outside", NB+"/button[1]", amb=True, note="navbar Subscribe button inside the button bar (9.2)"),
 C("share", "133 8 12 Share", "before", AR+"/div[1]/div/div[2]", note="post header UFI bar: Like (133), comments (8), restack (12), Share"),
 C("other", "I’m excited to share I’ve released a new AI-assisted engineering book with O’Reilly.", "after", AR+"/div[3]/div[1]/div/p[65]", amb=True, note="closing paragraph promoting the author's book with a link to the book site (10.1)"),
 C("share", "133 8 12 Share", "after", AR+"/div[3]/div[3]", note="post-footer UFI bar: Like, comments, restack, Share"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: tabs, comment input, comments, '6 more comments...'"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[5]", note="'Ready for more?' e-mail subscribe form"),
 C("other", "Start your Substack Get the app", "outside", M+"/div[3]/div[2]/div/div[2]", note="footer pair 'Start your Substack' / 'Get the app' (two asks, 9.2)"),
 C("other", "", "outside", M+"/div[3]/div[2]/div/div[2]/a[1]", amb=True, note="footer 'Start your Substack' platform link (icon + text)"),
 C("app", "Get the app", "outside", M+"/div[3]/div[2]/div/div[2]/a[2]", amb=True, note="footer 'Get the app' link"),
]
ads=[]
