from _dsl import *
FILE="scrapinghub/html/e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266.html.gz"
ROW="/html/body/main/div[1]/div[3]"
SEC=ROW+"/div[2]/section/div"
B=SEC+"/div[4]/article/div[2]"
SB=ROW+"/div[3]"
RS="/html/body/main/section[1]/div/div/div[2]/ul"
related=[
 R(B+"/div[4]", "Explore further", 1, "inline|after", note="'Explore further' story link between the last paragraph and the More information/Provided by lines"),
 R(SB+"/div[2]/aside", "Featured", 5, "outside", note="sidebar tabs Featured / Last Comments / Popular; only Featured has items"),
 R(SB+"/div[3]/div", None, 10, "outside", note="sidebar #nwrel list of latest stories, no heading"),
 R(SB+"/div[4]", "Relevant PhysicsForums posts", 6, "outside", note="forum threads + 'More from Astronomy and Astrophysics'"),
 R(RS+"/li[1]", "Related Stories", 6, "after", note="related slider band under the article"),
 R(RS+"/li[2]", "Recommended for you", 6, "after", note="second pane of the same band"),
 R("/html/body/main/section[3]/div", None, 0, "after", amb=True, note="empty #news-more (data-ads=Y), script-filled more-news feed"),
]
ctas=[
 C("share", "share this! 420 23 Share Email", "before|outside", ROW+"/div[1]/ul", note="left share rail with counts"),
 C("share", "", "before", SEC+"/div[2]/ul", amb=True, note="article-actions icon row: bookmark, PDF, print"),
 C("share", "445 shares Facebook Twitter Email", "after", SEC+"/div[4]/div", note="article-interaction row (the 'Feedback to editors' link in it is labelled on its own)"),
 C("contact", "Feedback to editors", "after", SEC+"/div[4]/div/a[2]", note="opens the feedback modal"),
 C("comments", "User comments", "after", "/html/body/main/section[2]", note="comments section, loader filled by script"),
 C("contact", "What do you think about this particular story?", "outside", "/html/body/main/div[3]", amb=True, note="hidden feedback-to-editors modal form"),
 C("share", "E-mail the story", "outside", "/html/body/main/div[4]", amb=True, note="hidden e-mail-the-story modal"),
 C("newsletter", "Newsletter sign up Get weekly and/or daily updates delivered to your inbox", "outside", "/html/body/div[1]", note="newsletter pop-up"),
 C("newsletter", "Newsletters Subscribe Science X Daily and the Weekly Email Newsletter", "outside", "/html/body/footer/div[2]/div[1]/div[1]", note="footer newsletter form"),
 C("follow", "Follow us", "outside", "/html/body/footer/div[2]/div[1]/div[2]", note="footer social icons"),
 C("newsletter", "E-mail newsletter Subscribe Follow us", "outside", "/html/body/div[3]", amb=True, note="hidden #subscribe modal (newsletter form + follow icons)"),
]
ads=[
 A("/html/body/main/div[1]/div[1]", "before|outside", "Phys_Story_AFT_Leaderboard gpt-0"),
 A("/html/body/main/div[1]/div[2]", "before|outside", "Phys_Interstitial 1x1 gpt"),
 A(B+"/section", "inline", "Phys_Story_InText_Box after the first paragraph"),
 A(B+"/div[3]", "inline", "adsbygoogle in the text"),
 A(SB+"/div[1]", "outside", "Phys_Story_Right_Box sidebar"),
 A("/html/body/main/div[1]/div[4]", "after", "Phys_Story_Below_Rectangle under the article row"),
 A("/html/body/main/div[2]", "after", "TrendMD recommendations iframe without heading", amb=True),
]
