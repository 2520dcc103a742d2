from _dsl import *
FILE="wcxb/html/4667.html.gz"
MC="/html/body/div[1]/main/div[2]/div"
related=[
 R(MC+"/div[3]/section", "Related Posts", 3, "after", note="three post cards under the author box"),
]
ctas=[
 C("other", "💎LIFETIME DEAL — LIMITED TIME Get Lifetime Access", "outside", "/html/body/div[1]/div", note="closable seasonal promo banner above the nav"),
 C("follow", "Follow us on: Facebook Twitter Instagram LinkedIn YouTube TikTok", "after", MC+"/div[2]/div/div/div[2]/div", note="social links in the author box under the article"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div[2]/div[1]/div[1]/div", note="footer social icons (+ mail)"),
 C("other", "Create Your AI Book in 10 Minutes", "outside", "/html/body/div[2]", note="fixed sticky product CTA 'Start with AI Now' at the bottom"),
]
ads=[]
