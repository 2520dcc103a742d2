from _dsl import *
FILE="scrapinghub/html/4648a420af9984d45b76a4afedf4f74965f8a2e0bf1c69bd3da2dc189020f3c9.html.gz"
# expapp.com company blog post (Q&A with the new CEO); no sidebar content, no ads.
M="/html/body/div[2]/main"
AC=M+"/article/div"
FT="/html/body/footer/div/div"
related=[
 R(AC+"/section[8]/footer/div[2]", None, 2, "after", note="'« Previous Post' / 'Next Post »' links"),
]
ctas=[
 C("share", "", "after", AC+"/section[7]", note="AddThis native toolbox under the text (Facebook like, tweet, LinkedIn, counter; script-filled)"),
 C("comments", "", "after", M+"/section", amb=True, note="empty section#comments"),
 C("follow", "twitter linkedin facebook instagram", "outside", "/html/body/div[1]/div[2]/div[3]", amb=True, note="social icons in the hidden mobile menu"),
 C("contact", "Contact us", "outside", "/html/body/div[1]/div[2]/div[2]", amb=True, note="'Contact us' sub-nav in the hidden mobile menu"),
 C("follow", "Community Blog Engineering Blog Twitter LinkedIn Facebook Instagram", "outside", FT+"/nav/div/div[3]", amb=True, note="footer 'Community' column: blog links plus social profile links"),
 C("contact", "Contact us", "outside", FT+"/div/div/a", note="footer mailto 'Contact us' button"),
]
ads=[]
