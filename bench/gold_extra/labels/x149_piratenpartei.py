from _dsl import *
FILE="trafilatura-eval/html/piratenpartei.at.grundeinkommen.html.gz"
# piratenpartei.at WordPress theme: top nav, header with social icons, content column + narrow meta sidebar, footer menu. No ads.
CT="/html/body/div[3]/div/div"
related=[
 R(CT+"/section/nav", None, 2, "outside", note="'Nächste' / 'Vorherige' post navigation in the meta sidebar beside the article"),
]
ctas=[
 C("follow", "Feed Twitter Facebook Google + Youtube Mail", "outside", "/html/body/div[2]/header/div[1]/div/aside", note="header social icons"),
 C("comments", "Was denkst du?", "after", CT+"/div[1]/section[2]", note="comment form (no comments yet) with captcha"),
]
ads=[]
