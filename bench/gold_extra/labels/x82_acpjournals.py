from _dsl import *
FILE="trafilatura-eval/html/acpjournals.org.3075.html.gz"
ROW="/html/body/div/div/main/article/div"
C1=ROW+"/div[1]"
SB=ROW+"/div[2]"
REL=SB+"/div[4]/ul[2]/li[3]/div/div/ul"
related=[
 R(C1+"/div[2]/div[3]/div[1]", None, 0, "before", amb=True, note="empty related-video digital-object widget (hidden-lg) under the DOI"),
 R(C1+"/div[2]/div[3]/div[2]", None, 0, "before", amb=True, note="empty related-audio digital-object widget (hidden-lg) under the DOI"),
 R(C1+"/div[6]", None, 1, "after", note="'Next article' navigation button under the references"),
 R(SB+"/div[2]", None, 0, "outside", amb=True, note="empty related-video widget in the sidebar"),
 R(SB+"/div[3]", None, 0, "outside", amb=True, note="empty related-audio widget in the sidebar"),
 R(REL+"/li[1]", "See Also", 2, "outside", amb=True, note="'See Also' accordion in the sidebar's (inactive) Related tab: two linked items (letter and reply)"),
 R(REL+"/li[2]", None, 0, "outside", amb=True, note="empty show-recommended placeholder in the Related tab (ajax-filled recommendations)"),
 R(REL+"/li[4]", "Cited By", 1, "outside", amb=True, note="'Cited By' accordion in the Related tab, one citing item"),
]
ctas=[
 C("subscribe", "subscribe", "outside", "/html/body/div/div/div[8]/header/div[2]/div[2]/div/div/nav/div", note="'subscribe' button at the right end of the main menu"),
 C("other", "Eligible for CME Point-of-Care", "before", C1+"/div[2]/div[2]", amb=True, note="hidden CME credit link under the DOI"),
 C("share", "Share Facebook Twitter Linked In Reddit Email", "before", C1+"/div[3]/div/div[4]", note="Share dropdown (AddThis) in the article actions bar"),
 C("comments", "", "after", C1+"/div[4]/div[3]", amb=True, note="empty 'response' container after the references (letters/comments)"),
 C("comments", "Submit a Comment", "outside", "/html/body/div/div/main/div[2]", amb=True, note="hidden 'Submit a Comment' modal form"),
 C("follow", "", "outside", "/html/body/div/div/footer/div[2]/div[1]/div/div/div[1]/div[2]", amb=True, note="empty footer social-media container"),
]
ads=[
 A("/html/body/div/div/div[7]/div/div/div[1]", "before|outside", "Leaderboard div-gpt-ad-1455138856867-7 at the top of the page"),
 A("/html/body/div/div/div[7]/div/div/div[2]", "outside", "Annals_1x1_Int_ROS interstitial div-gpt-ad-1455138856867-3 in the leaderboard block"),
 A(SB+"/div[1]", "outside", "sidebar 'Advertisement' Pillow slot div-gpt-ad-1455138856867-5"),
]
