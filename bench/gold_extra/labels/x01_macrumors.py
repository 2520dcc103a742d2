from _dsl import *
FILE="scrapinghub/html/232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf.html.gz"
W="/html/body/div[2]/div[2]/div[1]/div"
ART=W+"/div[2]"
RT="/html/body/div[2]/div[2]/div[2]"
FT="/html/body/div[4]/div"
related=[
 R(W+"/div[1]", '16" MacBook Pro Now Available', 3, "before|outside", note="#feature box of 3 story links above the article, in the content column"),
 R(ART+"/div[2]/div[1]", None, 1, "after", amb=True, note="'Related Roundup: MacBook Pro' linkback line under the text (topic hub link)"),
 R(RT+"/div[2]", "Guides", 12, "outside", note="right column list of guide articles + 'See More Guides'"),
 R(RT+"/div[3]", "Upcoming", 4, "outside", amb=True, note="right column product calendar linking to roundups, tag-like"),
 R(RT+"/div[4]", "More Blog Stories", 15, "outside", note="right column: 8 featured stories + 7 bullet story links"),
 R(FT+"/div[2]/div[1]", "Touch Arcade", 8, "outside", note="footer 'Links': sister-site stories"),
 R(FT+"/div[2]/div[2]", "YouTube", 5, "outside", note="footer 'Links': the site's latest YouTube videos"),
]
ctas=[
 C("contact", "Got a tip for us? Let us know", "outside", "/html/body/div[2]/div[1]/div[2]/div/div[1]", note="header tip prompt with email/anonymous-form popup"),
 C("follow", "", "outside", "/html/body/div[2]/div[1]/div[2]/div/div[2]", note="header social icons (Facebook, Twitter, YouTube, RSS, newsletter, push)"),
 C("other", "Buyer's Guide: MacBook Pro (Buy Now)", "after", ART+"/div[2]/div[3]", amb=True, note="buyer's guide / buy-now linkback line under the text"),
 C("comments", "[ 167 comments ]", "after", ART+"/div[3]/div[1]", amb=True, note="comment count link to the forum thread"),
 C("share", "", "after", ART+"/div[3]/div[2]", note="Twitter/Facebook share icons under the article"),
 C("comments", "Top Rated Comments (View all)", "after", W+"/div[4]", note="top rated comments + 'Read All Comments' link"),
 C("follow", "Our Staff Arnold Kim Editorial Director Email • Twitter", "outside", FT+"/div[1]/div[2]", amb=True, note="footer staff list with Email/Twitter links"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "empty #OpAdRich div at the top of body (rich-media/skin slot)", amb=True),
 A("/html/body/div[2]/div[1]/div[1]", "before|outside", "header div.ad: script writes the billboard/leaderboard slot"),
 A(W+"/div[3]/div[1]", "after", "#contentAd ad-left data-ns=rectangle"),
 A(W+"/div[3]/div[2]", "after", "#contentAd ad-right adsbygoogle"),
 A(RT+"/div[1]", "outside", "#sideAd data-ns=halfpage"),
]
