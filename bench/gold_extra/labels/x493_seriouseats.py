from _dsl import *
FILE="wcxb/html/4078.html.gz"
# Serious Eats (Dotdash Meredith 'mntl' template) product round-up 'To Find the 5 Best French Presses, I Put 17 of the Top
# Models to the Test': header (search, 'My Saves' login, logo, global nav with a 'Newsletter' reveal button and form, nav
# sign-up form copy, About/Contact links); hidden empty MyRecipes toast; leaderboard spacer; commerce disclosure, h1,
# subtitle, byline (author tooltip with Instagram icon); table of contents; structured content with an empty
# mntl-sc-block-adslot div after nearly every block (54 divs, 2 inline spans inside lists), a 'Top Picks' summary box of
# five affiliate 'at Amazon $…' links, five product records each with retailer price buttons, image galleries, 'Key
# Specs' lists, FAQs, 'Why We're the Experts', a closing featured-link card; 'Explore more:' breadcrumb chips; right rail
# of eight ad groups (seven sticky GPT squares and a native ad, three empty ad-group divs); post-content leaderboard;
# 'More Serious Eats Recipes' recirc (two card lists of 8 with two footer leaderboards); footer (newsletter form, social
# icons, section and company links, MyRecipes dialog); OneTrust consent banner.
# Not labelled: header search and 'My Saves' links, nav menus (incl. About Us / Contact Us), commerce disclosure, author
# tooltip Instagram icon (author bio), table of contents, 'Jump to Review' links, product headings and galleries (body),
# 'Explore more:' chips (tags), footer link lists (incl. Advertise / Contact), OneTrust consent banner.
# The empty ad-group-9..11 divs of the right rail are amb ads (convention 10.3, added at the reading of Q).
AC="/html/body/main/article/div[2]"
SC=AC+"/div[2]/div[2]"
B=SC+"/figure[3]/div[1]"
RR=AC+"/div[3]/div/div"
RC=AC+"/div[5]"
FT=AC+"/footer/div"
related=[
 R(B+"/div[61]", None, 1, "after", note="featured-link card after the last section: 'The 14 Best Espresso Machines for Every Budget, …'"),
 R(RC, "More Serious Eats Recipes", 16, "after|outside", note="recirc group: heading h4 and two card lists of 8 with footer leaderboards between and after"),
]
ctas=[
 C("newsletter", "Newsletter Email Address", "outside", "/html/body/header/div/div[3]/div/nav/ul/li[8]", note="global-nav 'Newsletter' button (nav-sign-up--desktop) revealing an e-mail sign-up form"),
 C("newsletter", "Get fresh recipes, cooking tips, deal alerts, and more! Email Address", "outside", "/html/body/header/div/div[3]/div/nav/li[2]", amb=True, note="nav-sign-up form in the nav flyout (mobile menu copy of the sign-up)"),
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="hidden empty MyRecipes toast (save-recipes prompt)"),
 C("other", "Top Picks The Best French Press Coffee Maker: Fellow Clara French Press at Amazon $100", "inline", SC+"/div[5]", amb=True, note="'Top Picks' summary box: five affiliate 'at Amazon $…' links with 'Jump to Review' links (affiliate box in the text, convention of 2026-12-05)"),
 C("other", "$100 at Amazon $100 at Williams Sonoma $100 at Target", "inline", B+"/div[10]/div[3]", amb=True, note="retailer buttons of product record 1 (Fellow Clara)"),
 C("other", "$37 $36 at Amazon $46 at Walmart", "inline", B+"/div[20]/div[3]", amb=True, note="retailer buttons of product record 2 (Coffee Gator)"),
 C("other", "$140 $129 at Amazon", "inline", B+"/div[29]/div[3]", amb=True, note="retailer button of product record 3 (Frieling)"),
 C("other", "$145 at Amazon $120 at Williams Sonoma $125 $120 at Espro.com", "inline", B+"/div[37]/div[3]", amb=True, note="retailer buttons of product record 4 (Espro P7)"),
 C("other", "$110 at Amazon $110 at Yeti.com $110 at REI", "inline", B+"/div[46]/div[3]", amb=True, note="retailer buttons of product record 5 (YETI)"),
 C("newsletter", "Get fresh recipes, cooking tips, deal alerts, and more! Email Address", "outside", FT+"/div[1]/div[1]/div[1]", note="footer newsletter sign-up form"),
 C("follow", "", "outside", FT+"/div[1]/div[1]/div[2]", note="footer social icons (Facebook, Instagram, Pinterest, YouTube, Reddit)"),
 C("other", "Myrecipes Dialog", "outside", FT+"/div[2]/div[2]", amb=True, note="hidden MyRecipes interstitial dialog (modal)"),
]
_top=[2,3,4,6,7,8]
_body=[1,2,3,4,5,6,7,8,9,11,12,13,14,15,17,19,21,22,23,24,25,27,28,30,31,32,33,35,36,38,39,40,41,42,44,45,47,48,49,51,53,54,55,56,57,58,59,60]
ads=[
 A("/html/body/div[2]", "before|outside", "empty mm-ads-leaderboard-spacer under the header (reserved space of the header leaderboard; no ad unit inside)", amb=True),
]+[
 A(SC+f"/div[{i}]", "inline", f"empty mntl-sc-block-adslot div between body blocks (top part, #{n+1})") for n,i in enumerate(_top)
]+[
 A(SC+"/ul/span", "inline", "mntl-sc-block-adslot-inline span inside the 'The Tests' list", amb=True),
]+[
 A(B+f"/div[{i}]", "after" if i==60 else "inline", f"empty mntl-sc-block-adslot div between body blocks (#{n+7})" if i!=60 else "empty mntl-sc-block-adslot div after the 'Why We're the Experts' list (last body block)") for n,i in enumerate(_body)
]+[
 A(B+"/ul[6]/span", "inline", "mntl-sc-block-adslot-inline span inside 'The Competition' list", amb=True),
]+[
 A(RR+f"/div[{i}]", "outside", f"right-rail ad-group-{i}: sticky GPT square (billboard)") for i in (1,2,4,5,6,7,8)
]+[
 A(RR+"/div[3]", "outside", "right-rail ad-group-3: mm-ads-native slot"),
]+[
 A(RR+f"/div[{i}]", "outside", f"right-rail ad-group-{i}: empty div of the ad-group-N scheme whose siblings 1-8 hold the GPT slots (convention 10.3)", amb=True) for i in (9,10,11)
]+[
 A(AC+"/div[4]", "after", "leaderboard-post-content (leaderboardac) under the article"),
 A(RC+"/div/div/div[2]", "after|outside", "leaderboardfooter-flex-1 between the recirc card lists"),
 A(RC+"/div/div/div[4]", "after|outside", "leaderboardfooter-flex-2 after the recirc card lists"),
]
