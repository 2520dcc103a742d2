from _dsl import *
FILE="wcxb/html/4825.html.gz"
# IGN (Next.js) buying guide 'The Best Lightweight Gaming Mice in 2026'. Collapsed left sidebar nav (IGN Plus promo
# item, sections, hidden sub-menus), header pogo slot, affiliate disclosure, top pogo slot, title, byline with
# '21 comments' link. Article column: intro, 'TL;DR' product carousel (7 cards, 'See it at Amazon/Razer/…'), seven
# entries each with a product card ('See it at …' buttons, vote count), specs, pros/cons and text, FAQ, contributors
# line; a pogo slot after the text. Right rail: sidebar pogo slot, 'Recommends' (native pogo slot + 3 stories).
# Under it: 'In This Article' object card (Razer Deathadder V4 Pro), empty OpenWeb comments section, bottom pogo
# slot. Footer: one row of site/social links (IGN YouTube, TikTok, X, Contact Us among 25).
# Not labelled: sidebar nav and sub-menus, affiliate disclosure, byline, specs/pros-cons tables, footer link row,
# empty ow-notifications panel.
M="/html/body/div/div[1]/main"
S=M+"/div[5]/div/div[1]/section/section"
RR=M+"/div[5]/div/div[2]/div"
def P(i, name, shops):
    return C("other", name, "inline", S+"/div[%d]/div" % i, amb=True, note="affiliate product card '%s' with %s" % (name, shops))
related=[
 R(RR+"/div[2]", "Recommends", 3, "outside", note="right-rail 'Recommends': 3 stories with a native pogo slot at the top"),
 R(M+"/div[6]", "In This Article", 1, "after", amb=True, note="'In This Article' object card linking to IGN's Razer Deathadder V4 Pro page"),
]
ctas=[
 C("subscribe", "IGN Plus", "outside", "/html/body/div/aside/nav/div[1]/div[2]/div[2]", amb=True, note="'IGN Plus' membership promo item at the top of the sidebar nav"),
 C("comments", "21 comments", "before", M+"/div[4]/section/span/div[4]", amb=True, note="byline comment-count link"),
 C("other", "Razer Deathadder V4 Pro See it at Amazon See it at Razer", "inline", S+"/div[1]", amb=True, note="'TL;DR' affiliate product carousel: 7 cards with 'See it at Amazon/Razer/Corsair/Logitech/Best Buy' buttons"),
 P(3, "Razer Deathadder V4 Pro", "'See it at Amazon' / 'See it at Razer'"),
 P(5, "Roccat Burst Core", "'See it at Amazon'"),
 P(7, "Corsair Sabre V2 Pro", "'See it at Amazon' / 'See it at Corsair'"),
 P(9, "Asus ROG Keris II Ace", "'See it at Amazon'"),
 P(11, "Logitech G Pro X Superlight 2c", "'See it at Amazon' / 'See it at Logitech'"),
 P(13, "HyperX Pulsefire Haste 2", "'See it at Amazon' / 'See it at Best Buy'"),
 P(15, "Roccat Kone Pro", "'See it at Amazon'"),
 C("comments", "Comments", "after", M+"/div[7]", note="comments section (OpenWeb, filled by script)"),
]
ads=[
 A("/html/body/div/div[1]/header/div[2]", "before|outside", "header pogo slot"),
 A(M+"/div[2]", "before", "top pogo slot under the affiliate disclosure"),
 A(M+"/div[5]/div/div[1]/span/div", "after", "pogo slot after the article text"),
 A(RR+"/div[1]", "outside", "right-rail sidebar pogo slot"),
 A(RR+"/div[2]/span/div[1]", "outside", "native pogo slot at the top of 'Recommends'"),
 A(M+"/div[8]/div", "after", "bottom 'main' pogo slot under the comments"),
]
