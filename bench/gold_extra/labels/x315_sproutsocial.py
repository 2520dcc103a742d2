from _dsl import *
FILE="wcxb/html/0099.html.gz"
# Sprout Social (SaaS) Insights blog post 'How to use social media ecommerce effectively in 2025': sticky header (logo,
# mega-menu nav with a phone link, login menu, 'Schedule a demo' and 'Try for free' buttons); post header (breadcrumb, title,
# author/date, mobile 'Share this article' button); hero image; left rail (empty script-built 'Table of Contents', 'Share'
# X/Facebook/LinkedIn/Email/Copy Link buttons); text (social-post screenshots linked to the posts, closing 'give Sprout
# Social a test drive' paragraph, kept in the wcxb ground truth); post footer (categories, author bio, '[Afterpost] 2025
# Index' image banner); right rail ('Try Sprout Social free with a 30-day trial' box, empty #pathfactory-sidebar-cta);
# 'Recommended for you' 4 cards; 'Build and grow stronger relationships on social' trial band; empty #footer. No ads.
# Not labelled: nav/mega-menus (incl. the phone link and login menu), breadcrumb, the empty TOC, category chips, author
# bio, the linked screenshots in the text (illustrations), the empty #footer div.
AR="/html/body/main/article"
COL=AR+"/div[1]/div[1]/div"
NAV="/html/body/div/div/header/div/nav"
related=[
 R(AR+"/div[2]/section", "Recommended for you", 4, "after", note="'Recommended for you' cards (4 posts) with 'View all' link under the article"),
]
ctas=[
 C("other", "Schedule a demo", "outside", NAV+"/div/div[2]", amb=True, note="header 'Schedule a demo' button"),
 C("other", "Try for free", "outside", NAV+"/div/div[3]", amb=True, note="header 'Try for free' button"),
 C("share", "Share this article", "before", AR+"/header/div[2]/div/button", amb=True, note="mobile-only share button in the byline row"),
 C("share", "Share X Facebook LinkedIn Email Copy Link", "before|outside", COL+"/div[1]/div/section", note="sticky left-rail share buttons beside the text"),
 C("other", "To future-proof your social media ecommerce toolkit, give Sprout Social a test drive.", "after", COL+"/div[2]/div/p[117]", amb=True, note="closing product-trial paragraph with a link (kept in the wcxb ground truth)"),
 C("other", "", "after", COL+"/div[2]/footer/div[3]/section", note="'[Afterpost] 2025 Index' image banner linking to the Sprout Social Index report, under the author bio"),
 C("other", "Try Sprout Social free with a 30-day trial", "outside", AR+"/div[1]/div[2]/div[1]/div/aside", note="sticky right-rail free-trial box 'Try Sprout for free'"),
 C("other", "", "outside", AR+"/div[1]/div[2]/div[2]/div", amb=True, note="empty #pathfactory-sidebar-cta in the right rail (filled by script)"),
 C("other", "Build and grow stronger relationships on social", "after|outside", "/html/body/main/section", note="full-width trial band 'Try Sprout for free' below the article"),
]
ads=[]
