from _dsl import *
FILE="trafilatura-eval/html/vancouversun.com.microsoft.html.gz"
# Vancouver Sun (Postmedia WordPress VIP) Reuters story. Body-level GPT out-of-page and wallpaper slots; header
# (logo, mega-menu, 'Featured:' section links, search, Videos / Sign In / Subscribe row); top leaderboard/billboard;
# article: title, dek, byline, lead photo, Share/Adjust/Comment/Print row, text with an in-text 'Related' link list,
# previous-story link; 'This Week's Flyers' (empty Flyertown module); Viafoura comments. Right rail: three GPT
# bigboxes, 'Connect With Us' icons, empty native-ad collection, empty Polar native ad, Sailthru newsletter form.
# Hidden share modal; footer menus; empty script-filled containers at body level.
# Not labelled: menus, 'Featured:' list, search, sign-in links, tags (empty), footer menus (incl. Subscribe/Contact
# links), empty analytics/sign-in/article-counter divs, ds_default_anchor div, SVG sprite.
M="/html/body/div[6]/div[2]/div[1]/div"
ART=M+"/div[1]/article/div"
SB=M+"/aside"
related=[
 R(ART+"/div[2]/ul[1]", "Related", 3, "inline", note="in-text 'Related' link list (heading in the sibling h2)"),
 R(ART+"/nav", None, 1, "after", note="previous-story link with thumbnail"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", "/html/body/div[6]/header/div/div/div[4]/span[2]", amb=True, note="header Subscribe button beside Videos / Sign In"),
 C("share", "Share Adjust Comment Print", "before", ART+"/div[1]", note="article action row above the text (share, text size, comment, print)"),
 C("comments", "Comments Postmedia is committed to maintaining a lively but civil forum for discussion", "after", M+"/div[1]/div[3]", note="comments area with 'Sign in to Comment' and the Viafoura widget"),
 C("follow", "Connect With Us", "outside", SB+"/div[2]", note="sidebar Facebook/Twitter/RSS icons"),
 C("newsletter", "Daily Headline News Thank you for subscribing to Postmedia's Newsletter. Email By clicking \"Submit\"", "outside", SB+"/div[6]", note="sidebar Sailthru newsletter form"),
 C("share", "Share this story Microsoft moves to erase its carbon footprint", "outside", M+"/div[2]", amb=True, note="hidden share modal opened by the Share button"),
 C("subscribe", "", "outside", "/html/body/div[6]/div[2]/div[2]", amb=True, note="empty div#incentive-offer (subscription offer, filled by script)"),
 C("newsletter", "", "outside", "/html/body/div[7]", amb=True, note="empty MG2 newsletter widget container"),
]
ads=[
 A("/html/body/div[4]", "outside", "GPT out-of-page slot (gpt-oop)"),
 A("/html/body/div[5]", "outside", "GPT wallpaper slot"),
 A(M+"/section", "before|outside", "top leaderboard/billboard (gpt-billboard + gpt-leaderboard, sticky)"),
 A(M+"/div[1]/div[2]", "after", "empty Flyertown 'This Week's Flyers' retail flyer module (heading in the sibling div)", amb=True),
 A(SB+"/div[1]", "outside", "sidebar GPT bigboxtop"),
 A(SB+"/div[3]", "outside", "sidebar empty native ad collection"),
 A(SB+"/div[4]", "outside", "sidebar empty Polar native ad"),
 A(SB+"/div[5]", "outside", "sidebar GPT bigboxmid"),
 A(SB+"/div[7]", "outside", "sidebar GPT bigboxbot"),
]
