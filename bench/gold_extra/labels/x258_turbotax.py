from _dsl import *
FILE="wcxb/html/0304.html.gz"
# TurboTax blog (Intuit, WordPress 'rkv' theme) guide 'Tax Law Changes and Your Guide to Filing Taxes in 2026'. The
# parsed tree nests the page inside the (unclosed) mobile/desktop menu items, so every path runs through the header nav;
# what a reader sees: dismissable announcement bar ('Switch to TurboTax ... in the app'), header with menus, breadcrumbs
# with 'En Español', article header (category, title, share drawer toggle + Jetpack sharing buttons, byline/meta), text
# (callout, key takeaways, table of contents, sections, tables; its TurboTax/TurboTax Expert links are body) with an
# Intuit sign-in widget after the intro, then previous/next post links, author box ('Follow ... on Twitter'), an empty
# comments div, 'Browse Related Articles' carousel of 10 cards. Footer: product/about nav, legal links, social menu,
# empty newsletter-form wrapper. No ads, no ad configuration.
# Not labelled: menus, breadcrumbs, language toggle, table of contents, empty rkv-auth-widget-placeholder and comments
# div, footer product/legal nav.
L="/html/body/div/header/div/nav/ul/li/div/li/div/li/div/li[2]/div[2]/div/nav/ul/li/div/li/div[1]/li"
ART=L+"/main/div[2]/div/article"
related=[
 R(ART+"/div[2]/div[1]", None, 2, "after", note="Previous Post / Next Post links under the text"),
 R(ART+"/div[4]", "Browse Related Articles", 10, "after", note="related-articles swiper with 10 cards"),
]
ctas=[
 C("other", "Switch to TurboTax and file with Do It Yourself for Free in the app by 2/28. See offer details", "before|outside", "/html/body/div/div", note="dismissable product-offer announcement bar at the top (points to the mobile app)"),
 C("share", "", "before", ART+"/header/div/div[3]", amb=True, note="'Open Share Drawer' toggle button in the article header"),
 C("share", "Share this:", "before", ART+"/header/div/div[4]", note="Jetpack sharing buttons (Facebook, X, LinkedIn, Pinterest, Print) in the article header"),
 C("other", "", "inline", ART+"/div[1]/div[3]", amb=True, note="Intuit sign-in widget container (gwp-auth-react-app, filled by script) after the intro paragraphs"),
 C("follow", "Follow Lisa Greene-Lewis on Twitter.", "after", ART+"/div[2]/div[2]/div[2]/div[3]", amb=True, note="author-box Twitter link"),
 C("follow", "YouTube RSS Facebook Twitter Instagram Tumblr", "outside", L+"/footer/div/div[2]/div[2]/nav", note="footer social menu"),
 C("newsletter", "", "outside", L+"/footer/div/div[2]/div[2]/div", amb=True, note="empty footer 'Newsletter Subscription Form' wrapper (filled by script)"),
]
ads=[]
