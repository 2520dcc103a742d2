from _dsl import *
FILE="wcxb/html/0212.html.gz"
# PCWorld (Foundry WordPress theme) buying guide 'Best live TV streaming service: The top 5 picks…': sticky GPT leaderboard at
# the top of the body, hidden mobile menu, header (menus, search, 'Hot Topics' links, social icons, affiliate disclaimer),
# contenthub GPT slot; article (breadcrumbs, header, hero with best-pick badge, intro, empty fsb placeholder, GPT
# leaderboardmainbod-1, product chart of 5 services each with pros/cons, a 'Best Prices Today' retailer table (not for Philo),
# text and a 'Read our full … review' link, with GPT leaderboardmainbod-2..6 after each entry; 'Other services' text,
# 'How we test' box, FAQ), empty newsletter-end and nativo2 divs; right rail with sticky GPT slot; footer GPT leaderboard,
# empty Taboola feed, footer (tagline, social icons, Policies/About/Categories/Subscribe menus, Foundry network select);
# GPT welcome overlay, skin and bouncex slots.
# Not labelled: menus (incl. 'Newsletters', 'Digital Magazine – Subscribe' menu items), 'Hot Topics' links, affiliate
# disclaimer, breadcrumbs, empty post-toc and multi-title containers, footer Policies/About/Categories menus, network select.
EC="/html/body/div[4]/main/article/section/div/div[1]/div[2]"
LW=EC+"/div[2]"
PC=LW+"/div[3]"
PRODUCTS=[(2,"YouTube TV"),(5,"Hulu + Live TV"),(8,"DirecTV Stream"),(11,"Sling TV"),(14,"Philo")]
related=[
 R(PC+"/div[%d]/p" % i, None, 1, "inline", amb=True, note="'Read our full %s review' link at the end of the product entry (the product's own review)" % n)
 for i, n in PRODUCTS
]
ctas=[
 C("follow", "", "outside", "/html/body/div[4]/header/div[2]/div/div[2]", note="header social icons"),
]+[
 C("other", "Best Prices Today: Retailer Price %s" % n, "inline", PC+"/div[%d]/div[3]/div[2]" % i, amb=True,
   note="'Best Prices Today' retailer price table ('View Deal') of the %s entry" % n)
 for i, n in PRODUCTS[:4]
]+[
 C("newsletter", "", "after", EC+"/div[3]", amb=True, note="empty div#newsletter-end.newsletter after the body (script-filled sign-up)"),
 C("follow", "", "outside", "/html/body/div[4]/footer/div[1]/div[2]/div[3]", note="footer social icons"),
 C("subscribe", "Subscribe Digital Magazine - Subscribe Digital Magazine - Info Gift Subscription", "outside", "/html/body/div[4]/footer/div[1]/div[3]/div[4]", amb=True, note="footer 'Subscribe' menu column (magazine subscription, gift, newsletters)"),
]
ads=[
 A("/html/body/div[1]", "before|outside", note="gpt-leaderboard-1 sticky banner at the top of the body"),
 A("/html/body/div[4]/div[1]", "before|outside", note="gpt-contenthub-article-1 between the header and the article"),
 A(LW+"/div[1]", "inline", amb=True, note="empty div#fsb_placeholder after the second paragraph (script-filled placement)"),
 A(LW+"/div[2]", "inline", note="gpt-leaderboardmainbod-1 between the intro and the product chart"),
]+[
 A(PC+"/div[%d]" % (i + 1), "inline", note="gpt-leaderboardmainbod-%d after the %s entry" % (k + 2, n))
 for k, (i, n) in enumerate(PRODUCTS)
]+[
 A(EC+"/div[4]", "after", note="empty div#nativo2.nativo (Nativo native ad) after the body"),
 A("/html/body/div[4]/main/article/section/div/div[2]", "outside", note="right-rail column holding the sticky gpt-rightrail-1"),
 A("/html/body/div[4]/div[2]", "after|outside", note="gpt-leaderboardfoot-1 under the article"),
 A("/html/body/div[4]/div[3]", "after|outside", note="empty Taboola container (taboola-feed-below-article-thumbnails)"),
 A("/html/body/div[5]", "outside", note="gpt-welcome-1 overlay slot"),
 A("/html/body/div[6]", "outside", note="gpt-skin-1 page skin slot"),
 A("/html/body/div[7]", "outside", note="gpt_bouncex-1 slot"),
]
