from _dsl import *
FILE="wcxb/html/0133.html.gz"
# ELLE Decor (Hearst, Next.js) listicle 'The Best Online Interior Design Services for Every Budget': hidden side-panel
# menus (two copies; the nav one with social icon cells and sign in / Subscribe); top nav with sign in / Subscribe
# (desktop and mobile copies), mega-menu; GPT out-of-page slot; leaderboard; affiliate note; lede (image with Pinterest
# pin button, breadcrumbs, h1, dek, byline, Save/Share toolbar); listicle: intro (in-text links), right-rail
# 'gpt-ad-vertical-top', eight service slides (image, text, 'Fee:' / 'Best for:' lines, outbound 'LEARN MORE' link each),
# three 'Advertisement - Continue Reading Below' breakers between the slide groups and three right-rail listicle ad
# slots, an empty slide section; author bio with an empty journey-inline container; 'Watch Next' video player; breaker
# ad; empty recommended module; transporter feed ('Remodel + Renovate' 4 + 4 + 4 teasers, some 'From ELLE Decor for
# <brand>' sponsored) with a vertical-bottom and a leaderboard-bottom slot; footer (social icons, menu with Newsletter /
# Subscribe links, legal links, cookie choices); mobile adhesion slot; empty modal root.
# Not labelled: menus and side panels' link lists (incl. their Subscribe / Newsletter items), search, breadcrumbs,
# affiliate note, in-text links of the intro and slides, empty slide section between slides 3 and 4 (no ad markup),
# author bio, footer menu and legal links, cookie-choices link, empty modal root.
MN="/html/body/div[1]/main"
L=MN+"/div[3]"
TR=MN+"/div[6]"
def slide(sec, s): return L+f"/section[{sec}]/section[{s}]/div/div/div[2]/div[1]"
related=[
 R(MN+"/section[2]", "Watch Next", 0, "after", amb=True, note="'Watch Next' video player under the article (no story links)"),
 R(MN+"/div[5]", None, 0, "after", amb=True, note="empty recommended module (filled by script)"),
 R(TR, "Remodel + Renovate", 12, "after|outside", note="transporter feed under the article: 'Remodel + Renovate' block and two more four-across rows (some cards 'From ELLE Decor for Samsung / Signature Kitchen Suite / Grohe'), with ad slots inside"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[1]/div[2]", amb=True, note="top-nav Subscribe link beside 'sign in'"),
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[2]/div/div/div[2]", amb=True, note="mobile header copy of the Subscribe link"),
 C("follow", "", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[1]", amb=True, note="social icon cells in the hidden side panel"),
 C("subscribe", "sign in Subscribe", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[2]", amb=True, note="'sign in' / 'Subscribe' pair in the hidden side panel: third copy of the top-nav pair (amb above); added by readR"),
 C("share", "", "before", MN+"/header/section/div/div[1]/div/a", amb=True, note="Pinterest 'pin it' button on the lead image"),
 C("share", "", "before", MN+"/header/section/div/div[2]/div[3]", note="Save / Share quick-actions toolbar under the byline"),
 C("other", "LEARN MORE", "inline", slide(1,2)+"/p[6]", amb=True, note="outbound 'LEARN MORE' link closing slide 1 (Havenly) of the service round-up (convention 10.2)"),
 C("other", "LEARN MORE", "inline", slide(1,3)+"/p[5]", amb=True, note="'LEARN MORE' link closing slide 2 (RoomLift)"),
 C("other", "LEARN MORE", "inline", slide(2,1)+"/p[5]", amb=True, note="'LEARN MORE' link closing slide 3 (Decorilla)"),
 C("other", "LEARN MORE", "inline", slide(2,3)+"/p[5]", amb=True, note="'LEARN MORE' link closing slide 4 (Pottery Barn)"),
 C("other", "LEARN MORE", "inline", slide(3,1)+"/p[5]", amb=True, note="'LEARN MORE' link closing slide 5 (The Expert)"),
 C("other", "LEARN MORE", "inline", slide(3,2)+"/p[4]", amb=True, note="'LEARN MORE' link closing slide 6 (IKEA)"),
 C("other", "LEARN MORE", "inline", slide(4,1)+"/p[4]/a", amb=True, note="'LEARN MORE' link at the end of the 'Best for:' line of slide 7 (Stucco)"),
 C("other", "LEARN MORE", "inline|after", slide(4,2)+"/p[5]", amb=True, note="'LEARN MORE' link closing slide 8 (Collov), the last slide"),
 C("subscribe", "", "after", L+"/section[5]/div/div/div[2]", amb=True, note="empty div#journey-inline under the author bio (subscription journey prompt, filled by script)"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div[1]/div", note="footer social icons (X, YouTube, Facebook, Instagram, Pinterest)"),
]
ads=[
 A("/html/body/div[1]/div[2]", "outside", "GPT out-of-page slot (gpt-ad-oop-1)"),
 A(MN+"/div[2]", "before|outside", "empty gpt-leaderboard-ad at the top of main"),
 A(L+"/section[1]/div", "outside", "right-rail gpt-ad-vertical-top slot beside the intro and first slides"),
 A(L+"/div[1]", "inline", "'Advertisement - Continue Reading Below' listicle-ad-breaker-0 after slide 2"),
 A(L+"/section[2]/div", "outside", "right-rail listicle-ad-rail-0 beside slides 3-4"),
 A(L+"/div[2]", "inline", "'Advertisement - Continue Reading Below' listicle-ad-breaker-1 after slide 4"),
 A(L+"/section[3]/div", "outside", "right-rail listicle-ad-rail-1 beside slides 5-6"),
 A(L+"/div[3]", "inline", "'Advertisement - Continue Reading Below' listicle-ad-breaker-2 after slide 6"),
 A(L+"/section[4]/div", "outside", "right-rail listicle-ad-rail-2 beside slides 7-8"),
 A(MN+"/div[4]", "after", "'Advertisement - Continue Reading Below' breaker slot (article-marketplace-horizontal) under the article"),
 A(TR+"/section[1]/div[3]", "after|outside", "'Advertisement' gpt-ad-vertical-bottom slot beside the Remodel + Renovate row"),
 A(TR+"/div", "after|outside", "'Advertisement' gpt-ad-leaderboard-bottom breaker at the end of the feed"),
 A("/html/body/div[1]/div[3]", "outside", "mobile adhesion unit (adAdhesion + close button)"),
]
