from _dsl import *
FILE="wcxb/html/0103.html.gz"
NV="/html/body/section/header/div/nav/div"
MM=NV+"/ul"
B="/html/body/main/div[1]/div/div/article/section/div"
related=[
 R(MM+"/li[5]/div/div/div/div[1]", "View Our Top 10 Blog Posts", 1, "outside", amb=True, note="hidden Blog mega-menu promo card linking to the top-10 posts roundup"),
 R(MM+"/li[5]/div/div/div/div[2]/div/div[2]", "The Eternal Question", 1, "outside", amb=True, note="hidden Blog mega-menu featured post card 'How to Get Into Harvard Business School'"),
]
ctas=[
 C("contact", "Free Advising Session", "outside", NV+"/a[2]", note="mobile header button to the contact page"),
 C("other", "The All-In Package ... Learn More About All-In Package", "outside", MM+"/li[2]/div/div/div/div[1]", amb=True, note="hidden 'Work With Us' mega-menu promo for the paid package"),
 C("other", "Download FREE Guide Developing a personal brand is critical to your b-school application strategy. ... Download Your Free Guide.", "outside", MM+"/li[4]/div/div/div/div[1]", amb=True, note="hidden 'MBA Resources' mega-menu lead form for a free guide"),
 C("contact", "Free Advising Session", "outside", MM+"/li[6]", note="'Free Advising Session' button at the end of the main menu"),
 C("other", "", "inline", B+"/div[2]", amb=True, note="empty OptinMonster inline campaign holder after the intro"),
 C("contact", "Request a free consultation with a Principal on our SBC team to assess school fit and admit chances.", "inline", B+"/blockquote", note="consultation prompt between the two ranking tables (ground truth keeps it in the body)"),
 C("contact", "We can improve your MBA profile and boost your candidacy. ... Schedule Your Free Advising Session", "after", "/html/body/main/div[2]", note="full-width advising sign-up form band under the article"),
 C("follow", "", "outside", "/html/body/footer/div/div/div[1]/ul", note="footer social icons: Facebook, Twitter, LinkedIn, YouTube, Instagram"),
]
ads=[]
