from _dsl import *
FILE="wcxb/html/4295.html.gz"
W="/html/body/div[1]"
A_=W+"/main/article"
related=[
 R(A_+"/section[5]", "Related Articles", 3, "after", note="related article cards with 'See More Articles'"),
]
ctas=[
 C("other", "Course Catalog ADGP Certification CDMP Training Upcoming Events", "outside", W+"/header/div[4]/div/div[2]", amb=True, note="promo links in the hidden search panel (courses, certification, events)"),
 C("share", "Share this Resource", "after", A_+"/section[4]", note="AddToAny share icons after the author box"),
 C("newsletter", "Lead the Data Revolution from Your Inbox. Never miss a beat with updates on our conferences, certifications, webinars", "after|outside", W+"/section", note="Marketo e-mail sign-up band between main and footer"),
 C("follow", "Connect with us LinkedIn Facebook YouTube Intagram", "outside", W+"/footer/div[1]/div[2]/div", note="footer social links"),
]
ads=[]
