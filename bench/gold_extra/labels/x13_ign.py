from _dsl import *
FILE="scrapinghub/html/287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4.html.gz"
MD="/html/body/div/div[1]/main/div"
AC=MD+"/div[3]/div/div[1]"
BT=MD+"/div[4]/div[2]"
FS="/html/body/div/div[1]/footer/div/div[2]"
related=[
 R(BT+"/div[2]/div", "IGN Recommends", 8, "after|outside", note="narrow 206px rail column beside the comments under the article; holds an ad slot too"),
 R(FS+"/div[1]", "WIKIS", 7, "outside", amb=True, note="footer link list to wiki guides/map/one article"),
 R(FS+"/div[2]", "DEALS", 7, "outside", note="footer link list to other deals articles"),
]
ctas=[
 C("newsletter", "Want more deals? Join the IGN Deals Newsletter.", "before", AC+"/div", note="newsletter sign-up button above the deals disclaimer and first deal"),
 C("follow", "Welcome to IGN's Daily Deals, your source for the best deals on the stuff you actually want to buy. Follow us at Twitter @igndeals.", "before", AC+"/section/section[1]", amb=True, note="italic deals disclaimer above the first deal ending in a Twitter follow link (the source's articleBody leaves it out)"),
 C("comments", "", "after", BT+"/div[1]/section", note="empty comments-section container (script-filled)"),
]
ads=[
 A(MD+"/div[1]", "before|outside", "top ad-wrapper/bobble above the headline"),
 A(AC[:-7]+"/div[2]/div[2]", "outside", "sticky right-rail ad wrapper beside the deals (commerce disclosure above it)"),
 A(MD+"/div[4]/div[1]", "after", "empty connatix-pending container (video ad player)", amb=True),
 A(BT+"/div[1]/div", "after", "empty zergnet-container under the comments (third-party sponsored recommendations)"),
 A(BT+"/div[2]/div/div[1]", "after|outside", "ad-wrapper/bobble inside IGN Recommends"),
 A(BT+"/div[3]/div", "outside", "sticky right-rail ad wrapper below the article"),
 A(MD+"/div[5]/div[1]", "after|outside", "bottom ad-wrapper/bobble-1 above the footer"),
 A(MD+"/div[5]/div[2]", "after|outside", "bottom ad-wrapper/bobble-2 above the footer"),
 A("/html/body/div/div[2]", "outside", "empty amzn-assoc-ad container (Amazon Associates native ad) after the page"),
]
