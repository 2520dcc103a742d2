from _dsl import *
FILE="wcxb/html/0055.html.gz"
# Supermove (moving-company software, Webflow) blog post 'Best Residential Movers in NYC 2025 | Top 19 Companies': navbar
# (logo, Why We're Different / Solutions mega-menus with 'Meet the Command Center' overview links, 'Login' drop-down and
# 'Book a Demo' button, mobile toggle); two post headers (older one with back link, byline, hidden audio player and video
# lightbox link; newer one with breadcrumb, h1, author/date); content row (left column: table of contents, desktop 'Share'
# bar, empty CMS floating card; text: intro, 19 company entries with linked names, review counts and descriptions,
# Conclusion, 'If you are a moving company in NYC looking to get listed… please contact us here', note; hidden FAQ
# component; tablet 'Share' bar copy; second empty floating card); 'Other Moving Industry News posts' band (2 cards,
# 'Browse All'); footer (logo, newsletter form, phone/text/e-mail contact items with LinkedIn/Facebook icons, COMPANY /
# RESOURCES / PRODUCTS / SOLUTIONS link columns, copyright). No ads, no ad configuration.
# Not labelled: menus and mega-menu overview links, back link and breadcrumb, audio player, video lightbox link, table of
# contents, company-name links (body), hidden FAQ, second empty floating card (copy of the first), footer link columns
# (incl. 'Book a Demo' and 'Contact us' among them).
CW="/html/body/div/main/section[2]/div/div/div[1]"
FL="/html/body/div/footer/div/div/div/div[1]/div/div[1]"
related=[
 R(CW+"/div[2]/div[1]/p[61]", None, 1, "inline", amb=True, note="paragraph before the closing one: '... check out this ApartmentGuide article we were featured in for 18 Essential Spring moving Tips' (an outside article; a pointer written into an ordinary sentence: amb, convention 10.10)"),
 R("/html/body/div/main/section[3]", "Other Moving Industry News posts", 2, "after", note="'Other Moving Industry News posts' band under the article: 2 post cards (whole-card links, 'Read more') and 'Browse All' button"),
]
ctas=[
 C("other", "Login Office App Copilot Book a Demo", "outside", "/html/body/div/div[2]/div/div/div[1]/div", note="navbar button bar: 'Login' drop-down (Office App, Copilot) and 'Book a Demo' button (one bar, main ask the demo)"),
 C("other", "Book a Demo", "outside", "/html/body/div/div[2]/div/nav/div[5]", amb=True, note="mobile-landscape copy of the navbar 'Book a Demo' button inside the collapsed menu (show-mobile-landscape; convention 9.3)"),
 C("contact", "(628) 400-5961", "outside", "/html/body/div/div[2]/div/nav/a[4]", amb=True, note="phone link (tel:) in the collapsed menu, shown on mobile only (show-mobile-portrait): a lone tel: link (convention 10.5) and a mobile copy (9.3)"),
 C("share", "Share", "before|outside", CW+"/div[1]/div[1]/div[2]", note="left-column 'Share' bar (Twitter, LinkedIn, Facebook share links; hide-tablet) beside the text"),
 C("other", "", "before|outside", CW+"/div[1]/div[2]", amb=True, note="empty CMS floating card in the left column (heading, text and button bound to empty fields; guide_floating-card-wrapper)"),
 C("contact", "If you are a moving company in NYC looking to get listed or if you are looking for an all-in-one moving company software", "after", CW+"/div[2]/div[1]/p[62]", amb=True, note="closing paragraph with 'moving company software' and 'contact us here' links (kept in the wcxb ground truth, a reader could call it body)"),
 C("share", "Share", "after", CW+"/div[2]/div[3]", amb=True, note="tablet copy of the 'Share' bar under the text (show-tablet; hidden on desktop where the left-column bar shows)"),
 C("newsletter", "Join our newsletter to stay up to date on features and releases.", "outside", FL+"/div[1]", note="footer newsletter sign-up (logo, heading, e-mail form, consent line)"),
 C("contact", "Sales & General Inquiries: (628) 400-5961 Text Support: (415) 991-1969 info@supermove.com", "outside", FL+"/div[2]/div[1]", amb=True, note="footer contact items (phone and text numbers; the e-mail item is its sibling), no button or form"),
 C("follow", "", "outside", FL+"/div[2]/div[3]", note="footer social icons (LinkedIn, Facebook)"),
]
ads=[]
