from _dsl import *
FILE="wcxb/html/4101.html.gz"
F="/html/body/div/footer"
related=[]
ctas=[
 C("newsletter", "Sign up Receive information about upcoming SBA events, news alerts, and program updates.", "outside", F+"/div[2]/div/div/div/div[2]/div", note="footer GovDelivery e-mail + ZIP sign-up form"),
 C("follow", "", "outside", F+"/div[3]/div/div/div[2]/div", note="footer social icons: Facebook, Twitter, YouTube, LinkedIn, Instagram"),
]
ads=[]
