from _dsl import *
FILE="wcxb/html/4014.html.gz"
# PCWorld 'Best laptops 2026' buying guide (Foundry WordPress theme): sticky GPT leaderboard at the top of the body,
# hidden mobile menu, header (menus, 'Hot Topics' links, social icons, affiliate disclaimer), a contenthub GPT slot,
# the article: intro, empty fsb placeholder, a product chart of 10 laptops (each with pros/cons, a 'Best Prices
# Today' retailer price table and a 'Read our full ... review' link), other notable laptops, two empty hello-bars,
# 'How we test' box (body), buying advice, FAQ (body), a 'Related content' box; then empty newsletter-end and
# nativo2 divs, author box; right rail with a sticky GPT slot; below: footer GPT leaderboard, empty Taboola feed,
# footer (social icons, menus incl. a 'Subscribe' column).
# Not labelled: menus (incl. 'Newsletters', 'Digital Magazine – Subscribe' menu items), 'Hot Topics' links,
# breadcrumbs, empty post-toc and multi-title containers, author box, footer Policies/About/Categories menus,
# Foundry network select.
LW="/html/body/div[4]/main/article/section/div/div[1]/div[2]/div[2]"
EC="/html/body/div[4]/main/article/section/div/div[1]/div[2]"
PRODUCTS=[(2,"Lenovo Yoga 9i 2-in-1 (Aura Edition)"),(4,"Acer Aspire Go 15"),(6,"Alienware 16X Aurora"),(8,"Acer Nitro V 16 AI"),
          (10,"Acer Swift 16 AI"),(12,"Microsoft Surface Pro"),(14,"MSI Prestige Flip 14 AI+"),(16,"Asus Chromebook Plus CX34"),
          (18,"MacBook Neo"),(20,"Framework Laptop 13")]
related=[
 R(LW+"/div[7]", "Related content", 8, "after", note="'Related content' box at the end of the body: laptop reviews section link + 8 stories"),
]+[
 R(LW+"/div[2]/div[%d]/p" % i, None, 1, "inline", amb=True, note="'Read our full %s review' link at the end of the product entry (the product's own review)" % n)
 for i, n in PRODUCTS
]
ctas=[
 C("follow", "", "outside", "/html/body/div[4]/header/div[2]/div/div[2]", note="header social icons (Facebook, X, YouTube, ...)"),
]+[
 C("other", "Best Prices Today: Retailer Price Check Price comparison from over 24,000 stores worldwide", "inline", LW+"/div[2]/div[%d]/div[3]/div[2]" % i, amb=True,
   note="'Best Prices Today' affiliate retailer price table of the %s entry" % n)
 for i, n in PRODUCTS
]+[
 C("other", "", "inline", LW+"/div[3]", amb=True, note="empty hello-bar-1 (script-filled promo bar) after the 'Other notable laptops' paragraphs"),
 C("other", "", "inline", LW+"/div[5]", amb=True, note="empty hello-bar-2 in the buying advice"),
 C("newsletter", "", "after", EC+"/div[3]", amb=True, note="empty div#newsletter-end.newsletter after the body (script-filled sign-up)"),
 C("follow", "", "outside", "/html/body/div[4]/footer/div[1]/div[3]", note="footer social icons (Facebook, X, YouTube, LinkedIn)"),
 C("subscribe", "Subscribe Digital Magazine - Subscribe Digital Magazine - Info Gift Subscription Newsletters", "outside", "/html/body/div[4]/footer/div[2]/div[4]", amb=True, note="footer 'Subscribe' menu column (magazine subscription, gift, newsletters)"),
]
ads=[
 A("/html/body/div[1]", "before|outside", note="gpt-leaderboard-1 sticky banner at the top of the body"),
 A("/html/body/div[4]/div[1]", "before|outside", note="gpt-contenthub-article-1 between the header and the article"),
 A(LW+"/div[1]", "inline", amb=True, note="empty div#fsb_placeholder after the second paragraph (script-filled placement)"),
 A(EC+"/div[4]", "after", note="empty div#nativo2.nativo (Nativo native ad) after the body"),
 A("/html/body/div[4]/main/article/section/div/div[2]", "outside", note="right-rail column holding the sticky gpt-rightrail-1"),
 A("/html/body/div[4]/div[2]", "after|outside", note="gpt-leaderboardfoot-1 under the article"),
 A("/html/body/div[4]/div[3]", "after|outside", note="empty Taboola container (taboola-feed-below-article-thumbnails)"),
]
