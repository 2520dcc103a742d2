from _dsl import *
FILE="wcxb/html/0160.html.gz"
# The Atlantic (Next.js) archive article 'Why I Teach Plato to Plumbers'. Site nav (Popular, Latest, Newsletters,
# hamburger menu, hidden search overlay with quick links, Sign In / Subscribe), empty breaking-news bar. Main: GPT
# leaderboard, hero (rubric, title, dek, byline, lead image), utility bar (date, Share menu, Save), article-start
# injector ad, body with a pull quote and an inline 'Recommended Reading' module (3 stories, a native GPT slot in the
# third list item), 'About the Author' bio, most-popular injector ad. Footer: link columns (About, Contact, Podcasts,
# Subscription) with 'Follow' icons, a hidden mobile accordion copy of them, legal links.
# Not labelled: menus, search overlay, footer link columns (incl. Newsletters/Subscription links), author bio, empty
# breaking-news bar and empty layout divs.
AR="/html/body/div/div/main/article"
related=[
 R(AR+"/div[1]/section/div[1]", "Recommended Reading", 3, "inline", note="in-body 'Recommended Reading' module with 3 stories (a native ad slot sits in the third item)"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", "/html/body/div/div/nav/div/div/div[2]/ul/li[2]", note="'Subscribe' button beside Sign In in the site nav"),
 C("share", "Share Save", "before", AR+"/header/div[2]/div[2]", note="utility bar Share menu button and Save button"),
 C("follow", "Follow facebook instagram youtube twitter linkedin flipboard", "outside", "/html/body/div/div/footer/nav[1]/ul/li[5]", note="footer 'Follow' social icons (desktop column)"),
 C("follow", "Follow facebook instagram youtube twitter linkedin flipboard", "outside", "/html/body/div/div/footer/nav[1]/div/div[5]", amb=True, note="hidden mobile accordion copy of the footer 'Follow' icons"),
]
ads=[
 A("/html/body/div/div/main/gpt-ad", "before|outside", "empty GPT leaderboard slot at the top of main"),
 A(AR+"/header/gpt-ad", "before", "empty GPT injector slot (injector-article-start) under the hero"),
 A(AR+"/div[1]/section/div[1]/div/section/ul/li[3]/gpt-ad", "inline", "empty native GPT slot (native-article-related) inside the 'Recommended Reading' list"),
 A(AR+"/gpt-ad", "after", "empty GPT injector slot (injector-most-popular) after the author bio"),
]
