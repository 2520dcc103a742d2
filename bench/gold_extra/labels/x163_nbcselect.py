from _dsl import *
FILE="wcxb/html/4472.html.gz"
# NBC Select shopping guide 'The best smart home hubs of 2026' (Next.js). Top: IE11 alert, 'Top stories' scrolling
# bar of deal/story links, header (empty sponsor slot, Subscribe link, sticky headline+Share bar), hidden hamburger
# menu ('More from NBC' links, 'Follow Select' icons). Body: top-picks product list and product cards with
# retailer price buttons (body of a shopping guide), two 'Want more from NBC Select? Sign up for our newsletter'
# lines, two inline 'Related' single-story cards, FAQ, expert and 'Why trust' sections, an empty embed widget, a
# closing 'Catch up on … follow us on Facebook, Instagram, Twitter and TikTok' line; 'Deal of the Day' promo cards
# (inline copy under the body, rail copy beside it) and the sticky 'In this article' TOC; empty recommendation
# mounts below; footer menu. No ad-server slots in the tree.
# Not labelled: IE11 alert, nav and hamburger menus (incl. 'Sign up for the Select Newsletter', 'Advertise'), login
# widgets, product cards and retailer buttons (the guide itself), in-text affiliate links, TOC, footer menu.
H="/html/body/div[2]/div[1]/div[1]"
B="/html/body/div[3]/div/article/div[1]/div"
BC=B+"/div[2]/div[1]/div[1]"
related=[
 R(H+"/div[2]", "Top stories", 6, "outside", note="top scrolling bar: 'Top stories' + 6 deal/story links"),
 R(BC+"/div[2]", "Related", 1, "inline", note="inline related card 'Turn almost any appliance into a smart appliance…'"),
 R(BC+"/div[6]", "Related", 1, "inline", note="inline related card 'How to find an air purifier…'"),
 R(B+"/div[3]", None, 0, "after", amb=True, note="empty body-bottom-recommended mount (script-filled recommendations)"),
 R("/html/body/div[3]/div/article/div[2]", None, 0, "after|outside", amb=True, note="empty recommended--sticky mount after the article"),
]
ctas=[
 C("subscribe", "Subscribe", "outside", H+"/div[3]/nav/div/div[3]/div[1]/a", note="header Subscribe link (NBC News subscription)"),
 C("share", "Share", "outside", H+"/div[3]/nav/div/div[3]/div[2]", note="sticky header headline bar with Share icons (shown on scroll)"),
 C("follow", "Follow Select", "outside", H+"/div[4]/section/div[4]/div[1]", amb=True, note="social icons in the hidden hamburger menu"),
 C("newsletter", "Want more from NBC Select? Sign up for our newsletter, The Selection, and shop smarter.", "inline", BC+"/p[4]"),
 C("newsletter", "Want more from NBC Select? Sign up for our newsletter, The Selection, and shop smarter.", "inline", BC+"/p[7]"),
 C("other", "", "after", BC+"/section", amb=True, note="empty embed-widget section after 'Why trust NBC Select?' (script-filled)"),
 C("follow", "Catch up on NBC Select’s in-depth coverage of tech and tools, wellness and more, and follow us on Facebook", "after", BC+"/p[23]", note="closing endmark line: section links + follow on Facebook/Instagram/Twitter/TikTok"),
 C("other", "Deal of the Day Lola Blankets Caramel N' Cream", "after", B+"/div[2]/div[1]/div[2]", note="inline 'Deal of the Day' affiliate promo card with promo code, under the body"),
 C("other", "Deal of the Day Lola Blankets Caramel N' Cream", "outside", B+"/div[2]/div[2]/div/div[1]", note="right-rail copy of the 'Deal of the Day' promo card"),
]
ads=[
 A(H+"/div[3]/nav/div/div[2]", "outside", "empty js-sponsor-wrap in the header nav (sponsor logo slot)", amb=True),
]
