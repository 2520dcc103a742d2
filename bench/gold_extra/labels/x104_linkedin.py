from _dsl import *
FILE="trafilatura-eval/html/linkedin.com.hoeltmann.html.gz"
# LinkedIn Pulse article (guest view): single column; author card with Follow + like/comment/share bar,
# in-text newsletter plug, 'Published By' bar, comments (sign-in prompt), 'More from' cards.
AR="/html/body/article"
related=[
 R("/html/body/div[3]", "More from Inga Hoeltmann", 3, "after", note="three article cards of the author under the comments"),
]
ctas=[
 C("follow", "Inga Hoeltmann Follow", "before", AR+"/header/div[2]/div", note="author mini-card with a Follow button under the headline"),
 C("share", "Like 319 Comment 160 Share", "before", AR+"/header/div[2]/ul", note="social-ctas bar: Like, Comment (count), Share dropdown (LinkedIn, Facebook, Twitter)"),
 C("newsletter", "Interesse an Digitalisierung, Transformation, Neuer Arbeit? Dann abonniere meinen Newsletter", "inline", AR+"/section/blockquote[1]", note="author's newsletter plug between the first and second paragraph"),
 C("follow", "Inga Hoeltmann", "after", AR+"/div[1]/span", note="'Published By' author card with Follow button under the text"),
 C("comments", "160 comments Sign in to leave your comment", "after", AR+"/div[2]", note="comments container: count, sign-in prompt, empty insert slot, 'Show more comments.'"),
 C("other", "", "outside", "/html/body/form", amb=True, note="empty Google One Tap sign-in form"),
]
ads=[]
