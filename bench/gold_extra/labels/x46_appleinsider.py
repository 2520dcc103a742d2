from _dsl import *
FILE="scrapinghub/html/65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c.html.gz"
C_="/html/body/div[3]/div[2]"
A_=C_+"/div[2]/div[2]"
MT=A_+"/div[3]"
SB=C_+"/div[3]"
HN="/html/body/div[3]/div[1]/div[4]/ul"
related=[
 R(C_+"/div[2]/div[1]", None, 0, "before", amb=True, note="empty headline-module carousel above the article (script-filled)"),
 R(MT+"/div[5]", None, 2, "after", note="Previous Story / Newer Story links"),
 R(MT+"/div[6]", "Unbeatable Deals from AppleInsider & Apple's Top Authorized Resellers", 6, "after", note="deal-post cards plus price-guide links under the article"),
 R(A_+"/div[4]/div", "Today's Headlines", 1, "after"),
 R(SB+"/div[2]", "Latest Apple Headlines", 5, "outside", note="sidebar, plus a 'more...' link"),
 R(SB+"/div[3]", "Latest Features", 5, "outside"),
 R(SB+"/div[5]", "Active Forum Topics", 5, "outside", note="forum threads with reply counts, plus 'more...'"),
 R(SB+"/div[8]", "Latest Exclusives", 5, "outside"),
]
ctas=[
 C("other", "Get the Lowest Prices anywhere on Macs, iPads and Apple Watches: Apple Price Guides updated", "outside", "/html/body/div[1]", note="top promo bar for the price guides"),
 C("follow", "Follow Us Twitter Facebook Instagram Youtube RSS iOS App", "outside", HN+"/li[5]", amb=True, note="'Follow Us' dropdown in the main menu"),
 C("contact", "Tip Us Send us a tip Tip us anonymously Contact us by e-mail", "outside", HN+"/li[6]", amb=True, note="'Tip Us' dropdown in the main menu"),
 C("follow", "Never miss an update Follow AppleInsider Follow @AppleInsider", "before", A_+"/div[1]", note="follow bar above the article: FB like, Twitter follow, RSS"),
 C("follow", "Subscribe to AppleInsider on YouTube", "inline", A_+"/div[2]/span[2]/div[3]", note="YouTube subscribe link under the embedded video"),
 C("comments", "(42) Comments", "after", MT+"/div[1]/div[2]", amb=True, note="comment-count jump link beside the topics row"),
 C("share", "Tweet", "after", MT+"/div[2]/div[1]/div", note="Facebook/Twitter/Reddit share buttons"),
 C("comments", "", "after", A_+"/div[6]", note="Vanilla forum comments container (script-filled)"),
 C("other", "Lowest Prices Anywhere!", "outside", SB+"/div[4]", note="sidebar iMac price-guide table (shop promo)"),
 C("other", "Get a $20 bonus on trades $200+ at Gazelle", "outside", SB+"/div[7]", note="sidebar trade-in price table (Gazelle promo)"),
]
ads=[
 A("/html/body/div[3]/div[1]/div[2]", "before|outside", "header leaderboard div-gpt-ad-...-0"),
 A(MT+"/ins", "after", "adsbygoogle slot after prev/next links"),
 A(A_+"/div[5]", "after", "rel-half-r-cnt-ad: flashtalking 300x250 beside Today's Headlines"),
 A(SB+"/div[1]", "outside", "sidebar mrec div-gpt-ad-...-1"),
 A(SB+"/div[6]/div/div[1]", "outside", "sidebar wide skyscraper div-gpt-ad-...-2 (beside Hot Topics tag list)"),
]
