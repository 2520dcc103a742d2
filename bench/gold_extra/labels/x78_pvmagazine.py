from _dsl import *
FILE="scrapinghub/html/b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800.html.gz"
W="/html/body/div[1]/div/div[3]"
S=W+"/div[9]/div/div[1]"
ART=S+"/div[1]"
SB=W+"/div[9]/div/div[3]/div"
related=[
 R(S+"/div[5]", "Related content", 0, "after", amb=True, note="empty Bibblio recommendation container under the author bio; heading is the sibling h3[1]"),
 R(S+"/div[6]", "Elsewhere on pv magazine...", 0, "after", amb=True, note="empty Bibblio (syndicated corpus) recommendation container; heading is the sibling h3[2]"),
 R(SB+"/section[3]", "Most popular", 5, "outside", note="sidebar WordPress Popular Posts widget"),
]
ctas=[
 C("follow", "", "outside", W+"/nav[1]/div/div/div[1]", note="header social icons (Twitter, Facebook, LinkedIn, YouTube)"),
 C("subscribe", "Subscriptions", "outside", W+"/nav[1]/div/div/a[1]", note="header 'Subscriptions' button"),
 C("share", "Share", "before", ART+"/div[5]", note="'Share' icon row under the image caption"),
 C("share", "Share", "after", S+"/div[2]", note="'Share' icon row under the body"),
 C("contact", "[javascript protected email address]", "after", S+"/div[3]/div[2]", amb=True, note="author bio contact block: protected e-mail plus empty social-links"),
 C("comments", "Leave a Reply Cancel reply", "after", S+"/div[7]", note="comment form with privacy notice"),
 C("newsletter", "Keep up to date pv magazine Global offers daily updates", "outside", SB+"/section[1]", note="sidebar 'Keep up to date' newsletter form"),
 C("subscribe", "Subscribe to our global magazine Subscribe", "outside", SB+"/section[2]", note="sidebar magazine subscription promo"),
 C("newsletter", "Keep up to date", "outside", "/html/body/div[2]", amb=True, note="hidden newsletter-modal with the same sign-up form"),
]
ads=[
 A("/html/body/div[1]/div/div[2]", "before|outside", "leaderboard_top_1 at the top of the page"),
 A(W+"/div[1]", "outside", "sky_left_1 skyscraper"),
 A(W+"/div[2]", "outside", "sky_left_2 skyscraper"),
 A(W+"/div[3]", "outside", "sky_right_1 skyscraper"),
 A(W+"/div[4]", "outside", "sky_right_2 skyscraper"),
 A(W+"/div[5]", "outside", "sky_right_3 skyscraper"),
 A(W+"/div[8]", "before|outside", "leaderboard_top_2 under the main menu"),
 A(ART+"/div[6]", "before", "banner_single_article_top between the share row and the body"),
 A(W+"/div[9]/div/div[2]", "outside", "rectangle_sidebar"),
 A(SB+"/section[4]", "outside", "button_sidebar ad widget at the bottom of the sidebar"),
]
