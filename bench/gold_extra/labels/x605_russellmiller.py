from _dsl import *
FILE="wcxb/html/0383.html.gz"
# Russell Miller (Substack) post 'Vibe Coding Is Creating a Generation of Sorcerer’s Apprentices': navbar (Substack logo,
# Search and 'Share Publication' icon buttons, Subscribe / Sign in); post header (h1, subtitle, byline and date, like /
# comment (0) / restack buttons and Share); long text with h2 sections, code blocks, an in-text subscription widget after
# the second paragraph ('Thanks for reading! Subscribe for free …' + e-mail form), closing lines, author bio (plain text,
# no links), Appendices with code, and a second subscription widget closing the text; post-footer like / Share; 'Discussion
# about this post' (Comments/Restacks tabs, comment input form, no comments); 'Ready for more? Subscribe' box; footer
# (copyright, legal links, 'Start your Substack', 'Get the app', slogan); empty toast region; noscript JS banner.
# No ads, no ad markup, no archive/related block in the HTML.
# Not labelled: Search button, byline, closing line 'If this framework helped you, I’d love to hear about it …' (no link,
# body), author bio (text only, e-mail/handle unlinked), footer legal links and slogan, toast region, noscript banner.
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
B=AR+"/div[3]/div[1]/div"
D=M+"/div[2]/div/div[2]"
NB=M+"/div[1]/div/div[1]/div/div[2]/div/div"
FT=M+"/div[3]/div[2]/div/div[2]"
related=[]
ctas=[
 C("share", "", "outside", NB+"/div/button", amb=True, note="navbar 'Share Publication' icon button (as x416)"),
 C("newsletter", "Subscribe Sign in", "outside", NB, amb=True, note="amb: 11.7, as V labels the same bar; navbar bar with Search / Share icons and Subscribe / Sign in buttons (main ask Subscribe, as the earlier Substack labels)"),
 C("share", "Share", "before", AR+"/div[1]/div/div[2]", note="like / comment (0) / restack buttons and Share button under the byline"),
 C("newsletter", "Thanks for reading! Subscribe for free to receive new posts and support my work. Subscribe", "inline", B+"/div[1]", note="in-text subscription widget (e-mail form) after the second paragraph"),
 C("newsletter", "Thanks for reading! Subscribe for free to receive new posts and support my work. Subscribe", "after", B+"/div[14]", note="second subscription widget closing the text, after the appendices"),
 C("share", "Share", "after", AR+"/div[3]/div[3]", note="post-footer like / Share buttons"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: Comments/Restacks tabs and 'Write a comment...' form, no comments yet"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[4]", note="'Ready for more?' e-mail subscribe box at the end of the post page"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="footer platform promo link 'Start your Substack'"),
 C("app", "Get the app", "outside", FT+"/a[2]", note="footer 'Get the app' link (app-store redirect)"),
]
ads=[]
