from _dsl import *
FILE="wcxb/html/0058.html.gz"
# Otter (restaurant SaaS) blog post '10 Trends in catering to look for in 2025' (Next.js). Sticky navbar with
# Products/Restaurant Types/Resources mega-menus and 'Sign in' / 'Get a demo' buttons (repeated in the mobile menu
# panel); article: title/meta column, TOC, rich-text sections, FAQ, a 'Book a demo with Otter' inline CTA card at the
# end; right column: 'Follow Us' icons and a sticky 'Book a demo…' promo (a#aside-ad, house promo); under the
# article: 'Explore recent articles' with 4 skeleton cards (script-filled) and a 'Subscribe for restaurant stories'
# card (desktop and mobile copies). No footer in the saved HTML, no ad-server slots.
# Not labelled: mega-menus (incl. 'Product demos', 'Help center'), 'View all articles' button, TOC, in-text links.
NB="/html/body/div/div/div/div/div/div"
AR="/html/body/div/div/div/main/div/div/article"
EX="/html/body/div/div/div/main/div/section/div"
related=[
 R(EX, "Explore recent articles", 0, "after", amb=True, note="recent-articles carousel: 4 empty skeleton cards filled by script (+ subscribe card, labelled apart)"),
]
ctas=[
 C("other", "Sign in Get a demo", "outside", NB+"/div[2]/div", note="navbar Sign in / Get a demo buttons"),
 C("other", "Sign in Get a demo Sign in", "outside", NB+"/div[3]/div/div/div", amb=True, note="same buttons in the hidden mobile menu panel"),
 C("other", "Book a demo with Otter It’s time to enhance your operations with Otter’s all-in-one restaurant platform.", "after", AR+"/div[2]/section[2]", note="inline CTA card closing the article (link to /start)"),
 C("follow", "Follow Us", "before|outside", AR+"/aside", note="'Follow Us' social icons in the column beside the article"),
 C("other", "Book a demo to see how Otter’s all-in-one platform can help your restaurant thrive.", "outside", AR+"/a", note="sticky side promo a#aside-ad (house demo promo)"),
 C("newsletter", "Subscribe for restaurant stories, news, and insights — straight to your inbox", "after", EX+"/div[1]/div/div", note="subscribe card at the end of the recent-articles carousel (desktop)"),
 C("newsletter", "Subscribe for restaurant stories, news, and insights — straight to your inbox", "after", EX+"/div[2]", note="mobile copy of the subscribe card"),
]
ads=[]
