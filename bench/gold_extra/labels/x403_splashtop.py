from _dsl import *
FILE="wcxb/html/0037.html.gz"
# Splashtop (SaaS, Gatsby) blog post 'IT & Cybersecurity Best Practices to Protect Your Business': skip link; header (logo,
# hidden touch-device mobile menu with 'Free Trial' + phone, desktop main mega-menu, utility menu, language picker, 'Log in'
# and 'Free Trial' button, a hidden compact copy with phone / Log in / Free Trial); breadcrumbs; hero (image, h1, author,
# read time, date); left column (table of contents, 'Get Started with Splashtop' free-trial box); text with h2/h3 sections,
# trends table, in-text links to other posts, closing product section with a 'Get Started' button (contact sales) and a
# 'Zero Trust Access Simplified' free-trial box; author bio; 'Share This' row (LinkedIn/Facebook/Twitter) with 'RSS Feed'
# and 'Subscribe' links; FAQs section (5 details); 'Related Content' band (4 post cards, 'View All Blogs'); footer (link
# columns, 'Get the latest Splashtop news' newsletter link, ISO badge, legal links, social icons). No ad slots, no ad
# configuration (only GTM).
# Not labelled: menus (main/utility/mobile lists, incl. 'Log in' links and language picker), breadcrumbs, table of
# contents, in-text links to other posts, author bio, FAQs, footer link columns (incl. 'Get Started' / 'Free Trial' /
# 'Contact' menu links), ISO badge, GTM noscript iframe.
HD="/html/body/div/div[1]/header/div/div"
MC="/html/body/div/div[1]/main/div"
CO=MC+"/div[1]/div[2]/div"
TX=CO+"/div[2]/div[1]"
related=[
 R(MC+"/div[2]", "Related Content", 4, "after", note="'Related Content' band under the FAQs: 4 post cards (category, title, 'Learn More') and a 'View All Blogs' button"),
]
ctas=[
 C("other", "Free Trial +1.408.886.7177", "outside", HD+"/div[1]/nav/div[2]", amb=True, note="'Free Trial' button and phone number in the touch-device mobile menu (hidden on desktop)"),
 C("other", "Free Trial", "outside", HD+"/div[2]/div[1]/a[2]", note="header 'Free Trial' button beside 'Log in'"),
 C("other", "+1.408.886.7177 Log in Free Trial", "outside", HD+"/div[2]/div[2]", amb=True, note="compact header copy (display:none until its variant shows): phone, Log in, 'Free Trial' button"),
 C("other", "Get Started with Splashtop Top-rated remote access, remote support, and endpoint management solutions. Free Trial", "outside", CO+"/div[1]/div", note="left-column box under the table of contents: 'Get Started with Splashtop' with 'Free Trial' button"),
 C("contact", "Get Started", "inline", TX+"/div[2]", note="'Get Started' button (to the contact-sales form) between the product paragraphs and the last h3"),
 C("other", "Zero Trust Access Simplified Start your free trial of Splashtop Secure Workspace Free Trial", "after", TX+"/div[3]", note="closing free-trial box for Splashtop Secure Workspace after the last paragraph"),
 C("share", "Share This", "after", CO+"/div[2]/div[3]/div", note="'Share This' LinkedIn/Facebook/Twitter share buttons under the author bio"),
 C("follow", "RSS Feed", "after", CO+"/div[2]/div[3]/a[1]", amb=True, note="'RSS Feed' link in the share row"),
 C("newsletter", "Subscribe", "after", CO+"/div[2]/div[3]/a[2]", note="'Subscribe' link to the blog e-mail subscription form, in the share row"),
 C("newsletter", "Get the latest Splashtop news", "outside", "/html/body/div/div[1]/footer/div/div[1]/div/a", note="footer 'Get the latest Splashtop news' link to the newsletter form"),
 C("follow", "", "outside", "/html/body/div/div[1]/footer/div/div[2]/div[2]", note="footer 'Follow us on' icons (LinkedIn, Instagram, Threads, Facebook, Twitter, YouTube)"),
]
ads=[]
