from _dsl import *
FILE="wcxb/html/4105.html.gz"
M="/html/body/div[2]/div/main/div[2]/div/div"
L=M+"/div[2]/div"
SB=L+"/div[3]/div"
related=[
 R(L+"/div[2]/div/div[5]", None, 1, "after", note="'Next page: Step 1 - Backing up your data' collection pager"),
 R("/html/body/div[2]/div/main/div[3]", "Also see", 3, "after|outside", note="'Also see' band of 3 cards (guidance, blog post, news) between the page and the footer"),
]
ctas=[
 C("share", "Share", "after|outside", SB+"/div[6]", note="'Share and print this article' button with Facebook/LinkedIn/X/copy link in the bottom/left sidebar"),
 C("other", "Was this article helpful?", "after|outside", SB+"/div[7]", note="Yes/No feedback form"),
 C("share", "Share Close share options", "outside", M+"/div[3]", amb=True, note="hidden mobile share panel"),
 C("follow", "Follow us X LinkedIn Instagram Threads RSS", "outside", "/html/body/div[2]/div/footer/div/div[1]/div[2]", note="footer social links"),
]
ads=[]
