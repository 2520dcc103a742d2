from _dsl import *
FILE="wcxb/html/4530.html.gz"
# National Geographic (FITT/Prism) health article 'What intermittent fasting really does for your body and brain':
# empty nav mounts (nav-container, GlobalNav) and an empty sticky bottom frame; empty FITT_Article_top; header (Premium /
# HEALTH labels, h1, dek, lead image, byline and date, icon-only share list Facebook / X / Email / Copy Link); text in
# six groups with h2 sections, three italic parenthetical story lines '(Scientists identify ...)', '(Can fasting help you
# live longer? ...)', '(Eating disorders are on the rise ...)' and an inline 'You May Also Like' box of 3 cards; five
# natgeo-ad boxes between the groups (two inline-outstream 728x90, three inline-box 300x250, all empty); article end
# ('Related Topics' tag list, 'You May Also Like' band of 5 cards); empty full-width frames; global footer (Legal,
# Our Sites, 'Join Us' columns, 'Follow us' icon buttons, country switch, copyright).
# Not labelled: empty nav mounts, empty sticky bottom frame (no ad or CTA evidence), Premium badge, 'Related Topics'
# tag list, empty background frames, footer Legal and Our Sites menus (incl. 'Support Our Mission', 'Advertise With
# Us'), country switch.
M="/html/body/div[2]/div/div[4]/div[1]/div/div/div/div[1]/div/div/main/div/div/div[2]"
B=M+"/div[2]/div"
E="/html/body/div[2]/div/div[4]/div[1]/div/div/div/div[1]/div/div/main/div/div/div[3]"
FT="/html/body/div[2]/div/div[4]/div[3]/div/div/div"
related=[
 R(B+"/div[3]/div/div/p[5]", None, 1, "inline", note="italic parenthetical story line '(Scientists identify one fitness habit that may matter most for longevity.)', a paragraph of its own (not in the wcxb ground truth)"),
 R(B+"/div[5]/div/div/div", "You May Also Like", 3, "inline", note="inline 'You May Also Like' box (aside 'Related content') with 3 cards: walk after eating, caffeine, eggs and cholesterol"),
 R(B+"/div[5]/div/div/p[8]", None, 1, "inline", note="italic parenthetical story line '(Can fasting help you live longer? Here's what the science says.)' (kept in the wcxb ground truth)"),
 R(B+"/div[7]/div/div/p[5]", None, 1, "inline", note="italic parenthetical story line '(Eating disorders are on the rise in older women—and menopause is playing a role.)' (kept in the wcxb ground truth)"),
 R(E+"/div[2]", "You May Also Like", 5, "after", note="article-end 'You May Also Like' band (aside 'Related articles') with 5 cards"),
]
ctas=[
 C("share", "", "before", M+"/div[1]/div/div/div/div[4]/div[2]", note="icon-only share list beside the byline: Facebook, X, Email, Copy Link"),
 C("subscribe", "Join Us Subscribe Customer Service Renew Subscription Manage Your Subscription Work at Nat Geo Sign Up", "outside", FT+"/div[3]", amb=True, note="footer 'Join Us' column: Subscribe, Renew / Manage Subscription, newsletters, Contribute, but also Customer Service and Work at Nat Geo (half-menu column, convention 9.7)"),
 C("follow", "Follow us National Geographic Instagram National Geographic Facebook National Geographic Twitter", "outside", FT+"/div[4]/div[1]", note="footer 'Follow us' social buttons (Instagram, Facebook, Twitter, YouTube, LinkedIn, TikTok, Reddit)"),
]
ads=[
 A(B+"/div[2]", "inline", "empty natgeo-ad box (728x90 min size) with 'Ad fitt-article-inline-outstream ad-slot' after the intro"),
 A(B+"/div[4]", "inline", "empty natgeo-ad box (300x250) with 'Ad fitt-article-inline-box ad-slot'"),
 A(B+"/div[6]", "inline", "empty natgeo-ad box (728x90) with inline-outstream ad-slot"),
 A(B+"/div[8]", "inline", "empty natgeo-ad box (300x250) with inline-box ad-slot"),
 A(B+"/div[10]", "inline", "empty natgeo-ad box (300x250) with inline-box ad-slot before the last two paragraphs"),
]
