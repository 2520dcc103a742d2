from _dsl import *
FILE="trafilatura-eval/html/wsvn.com-crash.html.gz"
C3="/html/body/div[3]"
AB=C3+"/div[4]/div[1]"
related=[
 R(C3+"/div[4]/div[2]/div[1]", "Trending", 5, "outside", note="sidebar Trending list"),
]
ctas=[
 C("share", "Share", "before", C3+"/div[1]/div/div/div[2]", note="share links (Facebook, Twitter, email) in the article header"),
 C("newsletter", "Join our Newsletter for the latest news right to your inbox Email address Submit", "after", AB+"/div[2]", note="newsletter block at the end of article-body, after the copyright line"),
 C("follow", "Join us", "outside", "/html/body/footer/div[1]/div/div/div[2]", note="footer social icons (Twitter, Facebook, RSS)"),
]
ads=[
 A("/html/body/div[1]", "outside", "OOP_1 out-of-page slot (empty)"),
 A("/html/body/div[2]", "outside", "OOP_2 out-of-page slot (empty)"),
 A(C3+"/div[2]", "before", "leader_1 under the article header, above the video"),
 A(AB+"/div[1]", "inline", "wp-block-ad-slot leader_2 between paragraphs 4 and 5"),
 A(C3+"/div[4]/div[2]/div[2]", "outside", "rec_1 sticky in the sidebar under Trending"),
 A(C3+"/div[6]", "after", "revcontent-wrap: empty RevContent widget (no heading)"),
 A("/html/body/div[4]", "after|outside", "leader_bottom"),
 A("/html/body/div[5]", "outside", "div#footer.hidden, the 'footer' GPT/header-bidding slot", amb=True),
]
