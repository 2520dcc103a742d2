from _dsl import *
FILE="trafilatura-eval/html/github.com.yapapi.html.gz"
HD="/html/body/div[1]/header/div"
MN="/html/body/div[4]/div/main"
RD=MN+"/div[2]/div/div/div[3]/div[1]/readme-toc/div/div[3]/article"
related=[
 R(RD+"/ul[1]", "See also", 7, "inline", amb=True, note="README's own 'See also' list of Golem docs links (part of the README text, between two README sections)"),
]
ctas=[
 C("other", "Sign up", "outside", HD+"/div[1]/div[2]", amb=True, note="mobile header 'Sign up' button (logged-out GitHub chrome)"),
 C("other", "Sign up", "outside", HD+"/div[2]/div[2]/a", amb=True, note="header 'Sign up' button next to 'Sign in'"),
 C("follow", "Notifications Fork 13 Star 31", "before|outside", MN+"/div[1]/div[1]/ul", amb=True, note="repository header actions: watch notifications, fork, star"),
]
ads=[]
