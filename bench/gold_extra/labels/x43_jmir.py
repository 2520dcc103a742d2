from _dsl import *
FILE="wcxb/html/2020.html.gz"
MC="/html/body/div/div/div/div[3]/div[1]/div[2]/div/div/div[2]"
AS=MC+"/aside"
ART=MC+"/div/div[4]/div/div[2]/main/section/section/article/section"
FT="/html/body/div/div/div/div[3]/div[2]/section/footer/div[2]/div"
related=[]
ctas=[
 C("other", "Submit Article", "outside", "/html/body/div/div/div/div[3]/div[1]/div[1]/header/section/nav/div/nav/section[2]/div/div/div/ul/li[4]", amb=True, note="blue 'Submit Article' button in the journal navigation bar"),
 C("share", "Share Article", "outside", AS+"/div[5]", note="sidebar share icons (Bluesky, Twitter, Facebook, LinkedIn)"),
 C("follow", "Connect With Us", "outside", FT+"/div[4]", note="footer social icons + RSS"),
 C("newsletter", "Get Table of Contents Alerts Get Alerts", "outside", FT+"/div[5]", note="footer e-mail alerts button"),
]
ads=[
 A(ART+"/article[1]/div[2]", "inline", "empty #trendmd-suggestions container after the abstract keywords (TrendMD recommendations)"),
]
