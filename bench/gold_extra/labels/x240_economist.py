from _dsl import *
FILE="trafilatura-eval/html/economist.com.thinking.html.gz"
# The Economist (Next.js) Open Future post 'Why collaborative thinking beats individual smarts' (interview + book extract):
# hidden top advert, empty site-notifications bar, masthead (Today / Weekly edition / Menu, Subscribe button, search, log in,
# section menu with a 'More' list of newsletters/podcasts/apps), article header (lead image, headline, dek, blog identity,
# hidden right-rail advert), body grid (sticky right-rail advert, aside with date + share list, text with four hidden
# in-content adverts), 'Reuse this content / The Trust Project' links, 'More from Open Future', newsletter sign-up band,
# footer (Subscribe/Group subscriptions/Help links, 'Keep updated' icons, mission statement, link columns), empty
# piano-ribbon container.
# Not labelled: masthead menus (incl. 'More' Newsletters/iOS app/Android app links), the empty site-notifications bar and
# the empty div after the text, 'Reuse this content' / 'The Trust Project' links, footer customer-link list (Subscribe,
# Group subscriptions, Help among footer links) and link columns.
AR="/html/body/div/div/div/div[3]/main/article"
related=[
 R(AR+"/div[4]", "More from Open Future", 3, "after", note="'More from Open Future' three related articles under the text"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", "/html/body/div/div/div/header/div[1]/div[1]/div/div[1]", note="masthead 'Subscribe' call-to-action button"),
 C("share", "Facebook Twitter LinkedIn WhatsApp", "before", AR+"/div[2]/aside/ul", note="share list beside the first paragraph, under the date"),
 C("newsletter", "The best of our journalism, hand-picked each day Sign up to our free daily newsletter, The Economist today", "after", AR+"/div[5]", note="newsletter sign-up band with 'Sign up now' link"),
 C("follow", "Keep updated Facebook Instagram Twitter LinkedIn YouTube RSS", "outside", "/html/body/div/div/div/footer/div[1]/div[2]", note="footer 'Keep updated' social icons"),
 C("subscribe", "", "outside", "/html/body/div/div/div/div[4]", amb=True, note="empty #piano-ribbon container (Piano paywall/offer ribbon, filled by script)"),
]
ads=[
 A("/html/body/div/div/div/div[1]", "before|outside", "hidden top advert container (econtop-0) above the masthead"),
 A(AR+"/div[1]/div[3]", "outside", "hidden right-rail advert (econright-r0) in the article header grid"),
 A(AR+"/div[2]/div[1]", "outside", "sticky right-rail advert wrapper (econright-r1) beside the text"),
 A(AR+"/div[2]/div[2]", "inline", "hidden in-content advert econ-1 after the second paragraph"),
 A(AR+"/div[2]/div[3]", "inline", "hidden in-content advert econ-2"),
 A(AR+"/div[2]/div[4]", "inline", "hidden in-content advert econ-3 between interview and book extract"),
 A(AR+"/div[2]/div[6]", "inline", "hidden in-content advert econ-4"),
]
