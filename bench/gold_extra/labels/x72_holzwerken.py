from _dsl import *
FILE="trafilatura-eval/html/holzwerken.net-Kreissaege.html.gz"
C2="/html/body/div[2]"
# Vincentz HolzWerken blog post: intro (in the body: a 'with' snippet), text module, five captioned photo modules,
# closing text. Ad slots are empty div.advertisement containers (desktop/mobile variants) placed by the site's
# own script. Header menu (Shop/Zeitschrift links), footer Service/Verlag/Rechtliches menus and the cookie banner
# are not labelled.
related=[
 R(C2+"/div[16]", "Das könnte Sie auch interessieren!", 3, "after", note="three teaser cards under the article (a 'without' snippet)"),
]
ctas=[
 C("share", "3 6", "before", C2+"/div[2]", note="funktionsButtonModule: comment count (#kommentarModul), like count, Facebook/Twitter/LinkedIn/Xing share, print, mobile share toggle"),
 C("other", "Einzelheft Zeitschrift HolzWerken 98 Januar/Februar 2022", "after", C2+"/div[15]", note="magazine single-issue shop promo with 'Mehr Informationen' button right after the text"),
 C("comments", "3 Kommentare Sie sind aktuell nicht eingeloggt.", "after", C2+"/div[17]", note="comment module: login prompt, 3 comments, error modals"),
 C("subscribe", "ZUM Digital-ABO-LOGIN", "outside", "/html/body/div[1]/div[3]/div[1]/div", amb=True, note="header button to the digital subscription (e-paper) login"),
 C("follow", "FOLGEN SIE UNS!", "outside", "/html/body/div[3]/div/div[3]/div[1]", note="footer social icons (Facebook, YouTube, Instagram, Pinterest, newsletter link)"),
 C("contact", "Kontakt Vincentz Network GmbH & Co. KG", "outside", "/html/body/div[3]/div/div[2]/div[4]", amb=True, note="footer publisher contact block (address, phone, e-mail)"),
]
ads=[
 A("/html/body/div[1]/div[1]", "before|outside", "empty leaderboard_desk advertisement at the top of the header"),
 A("/html/body/div[1]/div[2]", "outside", "empty skyscraper_desk advertisement beside the page"),
 A(C2+"/div[4]", "inline", "empty leaderboard_mob (mobile) between intro and first text module"),
 A(C2+"/div[5]", "inline", "empty billboard_desk between intro and first text module"),
 A(C2+"/div[7]", "inline", "empty skyscraper_mob (mobile) between text module and photos"),
 A(C2+"/div[8]", "inline", "empty half_page_ad_desk between text module and photos"),
 A(C2+"/div[18]", "after", "empty billboard_mob (mobile) after the comments"),
 A(C2+"/div[19]", "after", "empty half_page_ad_mob (mobile) after the comments"),
]
