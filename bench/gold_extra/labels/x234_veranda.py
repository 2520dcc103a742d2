from _dsl import *
FILE="wcxb/html/0050.html.gz"
# VERANDA (Hearst, Next.js) article 'The Top 25 Hosting Trends of 2025, According to Event Planners'. Hidden side-panel
# menus (two copies; the nav one with social icon cells, sign in / Subscribe, Newsletter link); top nav with sign in /
# Subscribe (desktop and mobile copies), mega-menu; GPT out-of-page slot; leaderboard; lede (image with Pinterest pin
# button, breadcrumbs, title, dek, byline, Save/Share toolbar); affiliate note; body: an empty 'watch-next' embed after
# the intro, 'Jump to' list, an empty 'recirculation' embed after the first trend, 14 embedded product cards with
# retailer buttons between the trends, author bio, empty journey-inline container; 'Watch Next' video player; breaker
# ad; empty recommended module; transporter feed ('Entertaining' 4 + 4 + 4 teasers) with a vertical-bottom and a
# leaderboard-bottom slot; footer (social icons, menu with Newsletter/Subscribe links, legal); mobile adhesion slot.
# Not labelled: menus and side panels' link lists (incl. their Subscribe/Newsletter items), search, breadcrumbs,
# 'Jump to' list (table of contents), affiliate note, author bio, footer menu and legal links, cookie-choices link,
# empty modal root.
MN="/html/body/div[1]/main"
B=MN+"/div[3]/div/div"
TR=MN+"/div[6]"
related=[
 R(B+"/section[1]", None, 0, "inline", amb=True, note="empty 'watch-next' video embed after the intro (filled by script)"),
 R(B+"/section[5]", None, 0, "inline", amb=True, note="empty 'recirculation' embed after the first trend (story links filled by script)"),
 R(MN+"/section[2]", "Watch Next", 0, "after", amb=True, note="'Watch Next' video player under the article (no story links)"),
 R(MN+"/div[5]", None, 0, "after", amb=True, note="empty recommended module (filled by script)"),
 R(TR, "Entertaining", 12, "after|outside", note="transporter feed under the article: 'Entertaining' block and two more four-across rows, with ad slots inside"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[1]/div[2]", amb=True, note="top-nav Subscribe link beside 'sign in'"),
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[2]/div/div/div[2]", amb=True, note="mobile header copy of the Subscribe link"),
 C("subscribe", "sign in Subscribe", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[2]", amb=True, note="'sign in' / 'Subscribe' pair in the hidden side panel: third copy of the top-nav pair (amb above); added by readR"),
 C("follow", "", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[1]", amb=True, note="social icons (X, YouTube, Facebook, Instagram, Pinterest) in the hidden side panel"),
 C("share", "", "before", MN+"/header/section/div/div[1]/div/a", amb=True, note="Pinterest 'pin it' button on the lead image"),
 C("share", "", "before", MN+"/header/section/div/div[2]/div[3]", note="Save / Share quick-actions toolbar under the byline"),
 C("other", 'Fully-Custom Party Invitations — Paper Eliza Shop at papereliza.com', "inline", B+"/div[1]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Cloudnola Reversible Glass Flower Vase and Bud Vase Set of 2 $75 at Amazon', "inline", B+"/div[2]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Rose Marble Napkin, Set of 4 $80 at Maisonette', "inline", B+"/div[3]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Custom Size Table Cloth Yellow-Green Velvet Table Cover with Fringe $49 at Etsy', "inline", B+"/div[4]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Juliska Berry & Thread 5pc Place Setting $115 at Amazon $115 at Wayfair $115 at Nordstrom', "inline", B+"/div[5]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Colorful Vintage Cordials, Set of 5 $65 at 1stDibs', "inline", B+"/div[6]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Pair of Early 19th Century Salt Cellars $182 at Chairish', "inline", B+"/div[7]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Accent Decor Distressed Gold Metal Compote Bowl Now 10% Off $32 $29 at Amazon', "inline", B+"/div[8]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Vanhench Brown Kraft Paper Roll Now 20% Off $10 $8 at Amazon', "inline", B+"/div[9]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Marmaron Cordless Table Lamp in Grey $185 at pooky.com', "inline", B+"/div[10]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", '10 Yards Velvet Ribbon Spool $7 at Amazon', "inline", B+"/div[11]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Custom Napkin $63 at foryourparty.com', "inline", B+"/div[12]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Bluestem Botanicals Organic Thyme Simple Syrup $22 at Amazon', "inline", B+"/div[13]", amb=True, note="embedded product card with retailer button in the text"),
 C("other", 'Homesick Personalized Candle $32 at Homesick', "inline", B+"/div[14]", amb=True, note="embedded product card with retailer button in the text"),
 C("subscribe", "", "after", B+"/div[16]", amb=True, note="empty div#journey-inline (subscription journey prompt, filled by script)"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div[1]/div", note="footer social icons (X, YouTube, Facebook, Instagram, Pinterest)"),
]
ads=[
 A("/html/body/div[1]/div[2]", "outside", "GPT out-of-page slot (gpt-ad-oop-1)"),
 A(MN+"/div[2]", "before|outside", "empty gpt-leaderboard-ad at the top of main"),
 A(MN+"/div[4]", "after", "'Advertisement - Continue Reading Below' breaker slot (article-marketplace-horizontal)"),
 A(TR+"/section[1]/div[3]", "after|outside", "'Advertisement' gpt-ad-vertical-bottom slot beside the Entertaining row"),
 A(TR+"/div", "after|outside", "'Advertisement' gpt-ad-leaderboard-bottom breaker at the end of the feed"),
 A("/html/body/div[1]/div[3]", "outside", "mobile adhesion unit (adAdhesion + close button)"),
]
