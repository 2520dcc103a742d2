from _dsl import *
FILE="wcxb/html/0155.html.gz"
# AgencyAnalytics (SaaS, Next.js; the server-rendered page sits in a hidden #S:0 div swapped in by script) blog post
# 'The Only 19 SEO Tutorials You Need To Read'. Nav (Platform … Pricing, Login, Start Trial). Hero: 'Back to Blog',
# date, title, author, 'SEO' tag, image. Left column: table of contents (mobile + desktop). Text column: quick summary,
# tutorial list; tutorial 3 is the company's own blog, with a table of 8 of its SEO posts (kept in the wcxb body);
# product promo lines, a large trial callout and a newsletter form callout inside the text (all left out of the wcxb
# body); closing promo paragraph; author profile (LinkedIn icon, 'Read more posts by …'). Below: 'What other agency
# experts are reading' (3 cards), 'See how 7,000+ marketing agencies help clients win' trial band, footer navigation
# with review-score badges. No ads. Exit-intent pop-ups exist only in script data.
# Not labelled: nav menus and Login, 'Back to Blog', tag, TOC, 'Read more posts by Joe Kindness', footer menus and
# rating badges, empty client-side-rendering templates.
B="/html/body/div[2]/div/main/div/section[2]/div/div/div[2]/div"
T=B+"/div[1]"
related=[
 R(T+"/div[2]", None, 8, "inline", amb=True, note="table of 8 of the company's own SEO posts under 'Here are just a few of the most popular posts about SEO:' (the article's tutorial no. 3; part of the wcxb body)"),
 R("/html/body/div[2]/div/main/div/div", "What other agency experts are reading", 3, "after", note="#related-posts with 3 post cards"),
]
ctas=[
 C("other", "Start Trial", "outside", "/html/body/div[2]/div/nav/div[2]/div/div/ul[2]", amb=True, note="nav Login / 'Start Trial' buttons"),
 C("other", "Track All Your Clients' Critical SEO KPIs In One Dashboard Start Your 14-Day Free Trial", "inline", T+"/div[3]", note="large free-trial callout inside the text"),
 C("other", "Save billable hours by streamlining your client reporting processes using a customizable Local SEO Report Template.", "inline", T+"/p[27]", note="bold product promo line linking to a report template"),
 C("newsletter", "Receive agency growth tips, delivered to your inbox", "inline", T+"/div[4]", note="newsletter form callout inside the text"),
 C("other", "Use a professional SEO report template to demonstrate the value your agency brings.", "inline", T+"/p[38]", note="bold product promo line"),
 C("other", "Be sure to track your agency's SEO success in a dedicated SEO dashboard from AgencyAnalytics.", "after", T+"/p[42]", note="closing product promo paragraph ending 'Get started with a 14-day free trial today!'"),
 C("follow", "", "after", B+"/div[2]/div/div[2]/div[2]", amb=True, note="author LinkedIn icon in the author profile"),
 C("other", "See how 7,000+ marketing agencies help clients win Start Your Trial Now", "after|outside", "/html/body/div[2]/div/main/div/section[3]", note="#try-today free-trial band above the footer"),
]
ads=[]
