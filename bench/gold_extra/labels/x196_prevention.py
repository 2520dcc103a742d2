from _dsl import *
FILE="wcxb/html/0004.html.gz"
# Prevention.com (Hearst, Next.js) article. Hidden side-panel menus (two copies, one with empty social icon cells);
# top nav with sign in / Subscribe (desktop and mobile copies), mega-menu; GPT out-of-page slot; leaderboard; header
# (breadcrumbs, title, dek, byline, Save/Share toolbar); lead image, affiliate note, text with an empty inline
# 'watch-next' embed after the experts note, 'Related Stories' (3) after the last paragraph and an empty
# journey-inline container; 'Watch Next' video player; breaker ad; empty recommended module; transporter feed
# ('Diets' 4 + 4 + 4 teasers) with a vertical-bottom and a leaderboard-bottom slot; footer (social icons, menu with
# Newsletter/Subscribe/Give A Gift links, legal); mobile adhesion slot.
# Not labelled: menus and side panels' link lists (incl. their Subscribe/Newsletter/Follow items), search,
# breadcrumbs, affiliate note, footer menu and legal links, cookie-choices link, empty modal root.
MN="/html/body/div[1]/main"
B=MN+"/div[3]/div/div[2]"
TR=MN+"/div[6]"
related=[
 R(B+"/section[1]", None, 0, "inline", amb=True, note="empty 'watch-next' video embed between paragraphs (filled by script)"),
 R(B+"/section[2]", "Related Stories", 3, "after", note="'Related Stories' editorial-link embed after the last paragraph"),
 R(MN+"/section", "Watch Next", 0, "after", amb=True, note="'Watch Next' video player under the article (no story links)"),
 R(MN+"/div[5]", None, 0, "after", amb=True, note="empty recommended module (filled by script)"),
 R(TR, "Diets", 12, "after|outside", note="transporter feed under the article: 'Diets' block and two more four-across rows, with ad slots inside"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[1]", amb=True, note="empty social icon cells in the hidden side panel"),
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[1]/div[2]", amb=True, note="top-nav Subscribe link beside 'sign in'"),
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[2]/div/div/div[2]", amb=True, note="mobile header copy of the Subscribe link"),
 C("subscribe", "sign in Subscribe", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[2]", amb=True, note="'sign in' / 'Subscribe' pair in the hidden side panel: third copy of the top-nav pair (amb above); added by readR"),
 C("share", "", "before", MN+"/header/section/div/div/div[3]/div", note="Save / Share quick-actions toolbar under the byline"),
 C("subscribe", "", "after", B+"/div", amb=True, note="empty div#journey-inline (subscription journey prompt, filled by script)"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div[1]/div", note="footer social icons (X, YouTube, Facebook, Instagram, Pinterest)"),
]
ads=[
 A("/html/body/div[1]/div[2]", "outside", "GPT out-of-page slot (gpt-ad-oop-1)"),
 A(MN+"/div[2]", "before|outside", "empty gpt-leaderboard-ad at the top of main"),
 A(MN+"/div[4]", "after", "'Advertisement - Continue Reading Below' breaker slot (article-marketplace-horizontal)"),
 A(TR+"/section[1]/div[3]", "after|outside", "'Advertisement' gpt-ad-vertical-bottom slot beside the Diets row"),
 A(TR+"/div", "after|outside", "'Advertisement' gpt-ad-leaderboard-bottom breaker at the end of the feed"),
 A("/html/body/div[1]/div[3]", "outside", "mobile adhesion unit (adAdhesion + close button)"),
]
