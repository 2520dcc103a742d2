from _dsl import *
FILE="wcxb/html/1821.html.gz"
# Runner's World (Hearst, Next.js) product round-up 'The 12 Best Running Shoes of 2026': empty lazy section; hidden side
# panel menu (Newsletter, Runner's World+, Subscribe, My Bookmarks, sections, Follow, Other Editions); top nav with sign in /
# Subscribe (two copies), search, logo, hidden second side panel (sections, icon links, social icons, sign in / Subscribe),
# mega-menu; GPT out-of-page slot; leaderboard; header (breadcrumbs, h1, dek, byline, quick-actions toolbar View products /
# Save / Share); lead image; affiliate note 'We earn a commission ... Why Trust Us?'; body (sticky section menu, editor's
# note, intro, empty inline 'watch-next' embed, picks list, How We Selected, 'For Exclusive Access to Product Testing
# Opportunities: Become a Runner's World+ Member' between rules, then 12 product entries: an embedded product box (tag,
# name, retailer price buttons, pros/cons, key specs), text, a 'Shop Men's / Shop Women's' retailer button paragraph, for 8
# of them a '<Shoe> Review' button, for 3 a '->Discounted <older model>: Available at Amazon ...' line; What to Consider and
# FAQ accordions; 'Become A Stronger Runner With These Exclusive Training Programs' carousel of 8 'Get the Program' cards);
# author bio; empty journey-inline; 'Watch Next' video player; breaker ad; empty recommended module; transporter feed
# ('Running Shoes' 4 + 4 + 4 cards) with vertical-bottom and leaderboard-bottom slots; footer (social icons, menu incl.
# Newsletter / Subscribe, legal, cookie choices); mobile adhesion slot; empty modal root.
# Not labelled: side-panel menus (their Newsletter / Subscribe / Follow entries), mega-menu, search, breadcrumbs, affiliate
# note, sticky section menu (TOC), picks list, in-text product links, accordions (body, convention 7), author bio, empty
# trailing body divs and empty lazy sections (no evidence of purpose), footer menu and legal links, empty modal root.
MN="/html/body/div[1]/main"
B=MN+"/div[3]/div/div[2]"
TR=MN+"/div[6]"
PRODUCTS=[(2,"Adidas Adizero Evo SL"),(3,"Under Armour Sonic 7"),(4,"Brooks Ghost 17"),(5,"Brooks Hyperion Max 3"),
          (6,"Hoka Clifton 10"),(7,"Asics Novablast 5"),(8,"Puma ForeverRun Nitro 2"),(9,"Hoka Bondi 9"),
          (10,"Adidas Adizero Adios Pro 4"),(11,"Asics Metaspeed Edge Tokyo"),(12,"Brooks Caldera 8"),(13,"lululemon Wildfeel")]
SHOP=[(12,"adidas.com"),(17,"UnderArmour.com"),(22,"brooksrunning.com"),(29,"brooksrunning.com"),(35,"hoka.com"),(39,"Asics.com"),
      (43,"Puma.com"),(46,"Hoka.com"),(50,"Adidas.com"),(55,"asics.com"),(59,"brooksrunning.com"),(63,"lululemon.com")]
REVIEWS=[(13,"Adidas Evo SL Review"),(18,"Under Armour Sonic 7 Review"),(23,"Brooks Ghost 17 Review"),(30,"Brooks Hyperion Max 3 Review"),
         (36,"Hoka Clifton 10 Review"),(40,"Asics Novablast 5 Review"),(47,"Hoka Bondi 9 Review"),(64,"Lululemon Wildfeel Review")]
DEALS=[(19,"Under Armour Sonic 6"),(24,"Brooks Ghost 16"),(31,"Brooks Hyperion Max 2")]
related=[
 R(B+"/section[1]", None, 0, "inline", amb=True, note="empty 'watch-next' video embed after the intro (filled by script)"),
]+[
 R(B+f"/p[{p}]", None, 1, "inline", note=f"button-styled pointer '{t}' to the full review, a line of its own under the entry's shop buttons (10.10: set apart, plain; kept in the wcxb ground truth)")
 for p,t in REVIEWS
]+[
 R(B+"/div[14]", "Become A Stronger Runner With These Exclusive Training Programs", 8, "after", amb=True, note="carousel of 8 training-program cards (image and 'Get the Program' button to a /training/ page, empty titles) after the FAQ; related reading (convention 5) or a promo (other CTA below)"),
 R(MN+"/section", "Watch Next", 0, "after", amb=True, note="'Watch Next' video player under the article (no story links)"),
 R(MN+"/div[5]", None, 0, "after", amb=True, note="empty recommended module (filled by script)"),
 R(TR, "Running Shoes", 12, "after|outside", note="transporter feed under the article: 'Running Shoes' block and two more four-across rows, with ad slots inside"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[1]", amb=True, note="social icon cells in the hidden side panel"),
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[1]/div[2]", amb=True, note="top-nav Subscribe link beside 'sign in'"),
 C("subscribe", "Subscribe", "outside", "/html/body/div[1]/nav/div[2]/div/div/div[2]", amb=True, note="header copy of the Subscribe link"),
 C("subscribe", "sign in Subscribe", "outside", "/html/body/div[1]/nav/div[2]/section/nav/div[2]/div[2]", amb=True, note="'sign in' / 'Subscribe' pair in the hidden side panel (third copy)"),
 C("share", "", "before", MN+"/header/section/div/div/div[3]/div", note="quick-actions toolbar under the byline: View products, Save, Share"),
 C("subscribe", "Become a Runner’s World+ Member", "inline", B+"/p[7]", note="'For Exclusive Access to Product Testing Opportunities:' heading and 'Become a Runner's World+ Member' button between two rules, before the reviews"),
]+[
 C("other", "", "inline", B+f"/div[{i}]"+("/div[2]/div[2]/div[2]" if i==12 else "/div[2]/div[2]/div"), amb=True, note=f"retailer price buttons in the embedded product box of the {n} (10.2: one per box, amb)")
 for i,n in PRODUCTS
]+[
 C("other", "Shop Men's", "inline", B+f"/p[{p}]", amb=True, note=f"'Shop Men's / Shop Women's at {s}' retailer button paragraph of the entry (affiliate convention, amb; kept in the wcxb ground truth)")
 for p,s in SHOP
]+[
 C("other", f"→Discounted {m}", "inline", B+f"/p[{p}]", amb=True, note=f"'→Discounted {m}: Available at Amazon ...' deal line with Men's / Women's Amazon links (affiliate convention, amb)")
 for p,m in DEALS
]+[
 C("other", "Get the Program", "after", B+"/div[14]", amb=True, note="the training-program carousel read as a promo ('Exclusive Training Programs', 'Get the Program' buttons); related reading above"),
 C("subscribe", "", "after", B+"/div[16]", amb=True, note="empty div#journey-inline under the author bio (subscription journey prompt, filled by script)"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div[1]/div", note="footer social icons (X, TikTok, YouTube, Facebook, Instagram, Pinterest)"),
]
ads=[
 A("/html/body/div[1]/div[2]", "outside", "GPT out-of-page slot (gpt-ad-oop-1)"),
 A(MN+"/div[2]", "before|outside", "empty gpt-leaderboard-ad at the top of main"),
 A(MN+"/div[4]", "after", "'Advertisement - Continue Reading Below' breaker slot (article-marketplace-horizontal)"),
 A(TR+"/section[1]/div[3]", "after|outside", "'Advertisement' gpt-ad-vertical-bottom slot beside the Running Shoes row"),
 A(TR+"/div", "after|outside", "'Advertisement' gpt-ad-leaderboard-bottom breaker at the end of the feed"),
 A("/html/body/div[1]/div[3]", "outside", "mobile adhesion unit (adAdhesion + close button)"),
]
