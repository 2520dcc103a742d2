from _dsl import *
FILE="wcxb/html/4515.html.gz"
A_="/html/body/div/div[1]/div/div/div/div/div/div[2]/article/div"
FC="/html/body/div/footer/div[1]/div/div/div[1]/div[2]"
related=[
 R(A_+"/main/div/nav[2]", None, 2, "after", note="Newer/Older Blog Post links under the article"),
 R(A_+"/aside/div/div[2]", "Related Stories", 3, "outside", note="sidebar related stories"),
]
ctas=[
 C("share", "Share Share on Facebook Share on X (formerly known as Twitter) Share on LinkedIn Email", "before|outside", A_+"/aside/div/div[1]", note="addtoany share block at the top of the sidebar beside the body"),
 C("read_more", "Learn more about NSF funding for startups at seedfund.nsf.gov.", "after", A_+"/main/div/div[2]/p[25]", amb=True, note="closing 'Learn more ... at seedfund.nsf.gov' pointer line (kept in the source's ground-truth body)"),
 C("newsletter", "Sign up for email updates", "outside", FC+"/div[1]", note="footer e-mail updates sign-up link (govdelivery)"),
 C("follow", "", "outside", FC+"/div[2]", note="footer social icons (Facebook, X, Instagram, YouTube, LinkedIn, RSS)"),
]
ads=[]
