from _dsl import *
FILE="wcxb/html/0417.html.gz"
# MovieWeb (Valnet, adsninja) list article 'Best Anime of 2025': empty amazon-root / body-anchor divs; header (Menu, Sign
# in now); hidden side navigation (menus, 'Sign in' / 'Newsletter' feature links, social icons); sliding secondary header
# (Follow / Like / Threads actions, AI summary, Sign in); sub-header menu; empty ticker; search overlay; article (header
# with h1 and hero, author box, 'Sign in to your MovieWeb account' box, quick-action rail: Add Us On Google, Summary,
# Follow, Like, Thread, Log in; text of ranked h2 entries with images, no ad markup in the HTML); article options (tags,
# Follow / Like / Share bar); hidden image lightbox; sidebar 'adsninja-rail-container' with 'Trending Now' (3 cards);
# article footer ('Thread' comment section, 'Recommended' 4 cards, 'More from our brands' 7 sister-site links); site footer
# (links, 'Follow Us' icons, Valnet links, copyright).
# Not labelled: header / side / sub-header menus (incl. the side menu 'Newsletter' link), Sign in / Log in links and the
# sign-in box, AI summary widget, search, tags, author box, lightbox, footer link lists. No ad slot in the HTML: the
# adsninja scripts fill the sidebar rail by script, and the rail element holds 'Trending Now' (labelled as related).
AR="/html/body/main/article"
AF="/html/body/div[6]/footer"
related=[
 R(AR+"/aside[3]", "Trending Now", 3, "outside", note="sidebar 'Trending Now' tab with 3 cards (rail marked adsninja-rail-container)"),
 R(AF+"/div[2]/div", "Recommended", 4, "after|outside", note="article-footer 'Recommended' feed of 4 cards"),
 R(AF+"/div[2]/section", "More from our brands", 7, "after|outside", note="'More from our brands' links to 7 anime lists on GameRant, ScreenRant, CBR"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[3]/nav/div", amb=True, note="social icons (YouTube, Facebook, Instagram, X, TikTok ...) in the hidden side navigation"),
 C("other", "Follow Followed Like Threads More Action", "outside", "/html/body/nav[1]/div/div/div[1]/div", amb=True, note="Follow / Like / Threads actions in the secondary header that slides in on scroll (sticky bar, mixed asks)"),
 C("other", "Add Us On Summary Generate a summary of this story follow Follow", "before|outside", AR+"/aside[1]", note="quick-action rail beside the text: Add Us On Google, AI summary, Follow, Like, Thread, Log in (mixed asks, convention 4)"),
 C("other", "Follow Followed Like Share Facebook X WhatsApp", "after", AR+"/aside[2]/div[2]", note="bar under the text: Follow, Like, Share (popup of 10 networks) (mixed asks, 9.2)"),
 C("share", "Share Facebook X WhatsApp Threads Bluesky LinkedIn Reddit Flipboard Copy link Email", "after", AR+"/aside[2]/div[2]/div[3]", amb=True, note="Share button and its popup inside the bar under the text (9.2 item)"),
 C("comments", "Thread Sign in to your MovieWeb account We want to hear from you!", "after", AF+"/div[1]", note="'Thread' comment section with sign-in box, rules and comment form"),
 C("follow", "Follow Us", "outside", "/html/body/footer/div[1]/div/div[1]/ul[2]", note="footer 'Follow Us' social icons"),
]
ads=[]
