from _dsl import *
FILE="wcxb/html/0384.html.gz"
# LessWrong post (Next.js streaming): the post text sits in a body-level hidden div (S:7) that the client moves into
# #postContent; header in S:1, page chrome (title block, comments, recommendations) in S:5. No ads (only a GTM
# noscript iframe). Not labelled: tag lists, vote blocks, read time, audio toggle, post-actions menu button,
# the comments table of contents in the left column, the 'Login' button, the empty Footer-root.
HD="/html/body/div[3]/div[1]/div/span/div/div[1]/div/div/header/div"
L="/html/body/div[8]/div[1]/div[2]"
D=L+"/div[1]"
related=[
 R(D+"/div[11]/div/div/div[1]", "More from jsteinhardt", 0, "after", amb=True, note="PostBottomRecommendations: author's posts, loading spinner only, 'View more' link"),
 R(D+"/div[11]/div/div/div[2]", "Curated and popular this week", 0, "after", amb=True, note="PostBottomRecommendations: loading spinner only"),
]
ctas=[
 C("donate", "is fundraising!", "outside", HD+"/h2/div[1]/div/div/div", note="'LESSWRONG is fundraising!' header link to the fundraiser post"),
 C("comments", "2", "before", D+"/div[3]/div/div[1]/div/div/div[2]/div[1]/div[2]/div[3]/div[2]", amb=True, note="comment-count link in the post header"),
 C("comments", "New Comment Submit 2 comments, sorted by top scoring", "after", D+"/div[9]/span/span/div", note="comments section: new-comment form + 2 comments"),
 C("comments", "2 Comments", "outside", L+"/div[2]", amb=True, note="comment-count link under the left table-of-contents column"),
 C("comments", "2", "outside", "/html/body/div[8]/div[2]", amb=True, note="mobile bottom bar: back / top / comment count / actions"),
]
ads=[]
