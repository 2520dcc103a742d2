from _dsl import *
FILE="trafilatura-eval/html/link.springer.com.1007.html.gz"
B="/html/body/div/div[2]/main/article/div[2]"
SB="/html/body/div/div[2]/div/aside"
related=[
 R(SB+"/div[2]/aside", "Associated Content", 1, "outside", amb=True, note="sidebar link to the Topical Collection on Orphan Diseases (collection, tag-like)"),
]
ctas=[
 C("subscribe", "This is a preview of subscription content, log in to check access.", "inline", B+"/div[1]", amb=True, note="paywall note with log-in link under the abstract"),
 C("subscribe", "Access options Buy single article Instant access to the full article PDF.", "inline", B+"/div[2]", note="buy box in the article column (buy article, subscribe to journal, DeepDyve rental, institutional) between abstract and references"),
 C("share", "", "after", B+"/section[8]/div/div/div/div[2]/div[1]", amb=True, note="empty share-box component in 'About this article' (script-filled)"),
 C("subscribe", "Access options Buy single article Instant access to the full article PDF.", "outside", SB+"/div[4]/div/div[1]", note="same buy box in the sticky reading-companion sidebar"),
]
ads=[
 A("/html/body/div/aside", "before|outside", "top leaderboard LB1 labelled Advertisement"),
 A(SB+"/div[4]/div/div[2]/div", "outside", "sidebar MPU1 300x250 labelled Advertisement"),
]
