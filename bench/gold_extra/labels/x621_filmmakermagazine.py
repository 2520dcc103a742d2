from _dsl import *
FILE="wcxb/html/0405.html.gz"
# Filmmaker Magazine (WordPress theme 'filmmaker', Freestar + GPT ads) festival dispatch 'U.S. in Progress 2025: Poland to
# Park City': empty BackgroundSkin GPT div; header (logo, 'Click here to read our fall issue' promo line, mobile nav, main
# nav with sub-menus, search and Twitter / Facebook / RSS links); '#tools' utility bar (Gotham sites, Newsletter, Log in,
# Join The Gotham, Subscribe, Renew); Freestar desktop leaderboard; hidden search; hidden mobile menu (sections, Subscribe /
# Advertise / Support, social icons); hidden Dynamic_Dropdown ad; Freestar mobile leaderboard; article (h1, lead image,
# byline, tag list, text with two Ad Inserter in-content slots (mobile and desktop) after the 7th paragraph, empty
# comments aside); right column (Freestar 300x250, 'Related Articles' list of 3, empty banner div, GPT 300x600, Freestar
# 300x600); 'Featured Articles' band under the article (desktop and mobile leaderboards, 4 older stories, mobile footer
# slot); share bar (Tweet, Facebook like, AddThis 'Share this post', Comments); footer (tagline, copyright, links
# Newsletter / Subscribe / Archive / Advertise / Privacy / Support / Contact Us); cookie bar and settings modal; Freestar
# sticky footer scripts; hidden interstitial modal 'Advertisement' with mobile and desktop GPT slots.
# Not labelled: menus and sub-menus (incl. the 'Newsletter' entries), search, tag list, byline, footer link list (general
# menu incl. Newsletter / Subscribe / Contact Us), cookie bar and modal, fb-root, interstitial trigger link.
A1="/html/body/div[1]"
AR=A1+"/article"
related=[
 R(AR+"/div[2]/aside[2]", "Related Articles", 3, "outside", note="right-column 'Related Articles' list: Sundance 2026 slate, Film Fest Knox 2025, Gotham Awards winners"),
 R(AR+"/aside[1]", "Featured Articles", 4, "after|outside", note="'Featured Articles' band under the article with 4 older stories (2012-2013); holds two leaderboards and a mobile footer slot, labelled as ads"),
]
ctas=[
 C("other", "Click here to read our fall issue, featuring the annual 25 New Faces of Independent Film", "outside", A1+"/header/div/p", amb=True, note="header promo line for the fall print issue (a house promo; reader may take it as header text)"),
 C("follow", "Twitter", "outside", A1+"/header/div/nav[2]/ul/li[8]", amb=True, note="Twitter / Facebook / RSS icon links at the end of the main nav list (no container of their own; first of the three, 9.1)"),
 C("other", "thegotham.org Filmmaker Magazine Gotham Awards 25 New Faces Newsletter Log in Join The Gotham Subscribe", "outside", A1+"/nav", amb=True, note="'#tools' utility bar: Newsletter, Log in, Join The Gotham, Subscribe, Renew beside links to Gotham sites (mixed asks, convention 4; half menu)"),
 C("follow", "", "outside", A1+"/ul/li[12]/div", amb=True, note="Twitter / Facebook icons in the hidden mobile menu"),
 C("comments", "", "after", AR+"/div[1]/aside", amb=True, note="empty aside.comments under the text (comment mount)"),
 C("share", "Tweet Share this post Comments", "after", AR+"/aside[2]", note="share bar under the Featured Articles band: Tweet, Facebook like, AddThis 'Share this post', Comments"),
]
ads=[
 A(A1+"/div[1]", "outside", "empty #BackgroundSkin div with GPT comment /22919381053/BackgroundSkin-1500 (page skin)"),
 A(A1+"/div[2]", "before|outside", "Freestar desktop leaderboard 970x90 (filmmakermag_desktop_leaderboard_1) under the header"),
 A(A1+"/div[4]", "outside", "hidden dropdown ad container (GPT comment /22919381053/Dynamic_Dropdown)"),
 A(A1+"/div[5]", "before|outside", "Freestar mobile leaderboard 320x50 (filmmakermag_mobile_leaderboard_1)"),
 A(AR+"/div[1]/div[3]", "inline", "Ad Inserter block 7 (mobile viewport): filmmakermag_mobile_incontent_1 300x250 after paragraph 7"),
 A(AR+"/div[1]/div[4]", "inline", "Ad Inserter block 1 (desktop viewports): filmmakermag_desktop_incontent_1 300x250 after paragraph 7"),
 A(AR+"/div[2]/aside[1]", "outside", "right-column aside.box_ad Freestar 300x250 (filmmakermag_desktop_rightrail_1)"),
 A(AR+"/div[2]/div[1]", "outside", amb=True, note="empty right-column div.banner, same markup as the two banner slots below it (10.3)"),
 A(AR+"/div[2]/div[2]", "outside", "right-column div.banner with GPT div-gpt-ad-1683687998361-0 300x600"),
 A(AR+"/div[2]/div[3]", "outside", "right-column div.banner with Freestar 300x600 (filmmakermag_desktop_rightrail_2)"),
 A(AR+"/aside[1]/div[1]", "after|outside", "Freestar desktop leaderboard 728x90 (leaderboard_2) at the top of the Featured Articles band"),
 A(AR+"/aside[1]/div[2]", "after|outside", "Freestar mobile leaderboard 320x50 (mobile_leaderboard_2) in the Featured Articles band"),
 A(AR+"/aside[1]/ul/div", "after|outside", "Freestar mobile footer 300x250 inside the Featured Articles list"),
 A("/html/body/script[8]", "outside", amb=True, note="Freestar sticky footer script (filmmakermag_mobile_adhesion), no box of its own"),
 A("/html/body/script[9]", "outside", amb=True, note="Freestar sticky footer script (filmmakermag_desktop_adhesion), no box of its own"),
 A("/html/body/div[8]/div/div/main/div[1]", "outside", "hidden interstitial modal 'Advertisement': mobile GPT slot 320x240"),
 A("/html/body/div[8]/div/div/main/div[2]", "outside", "hidden interstitial modal 'Advertisement': desktop GPT slot 640x480"),
]
