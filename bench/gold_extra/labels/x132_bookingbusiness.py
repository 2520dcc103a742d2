from _dsl import *
FILE="wcxb/html/4363.html.gz"
AC="/html/body/main/div[2]/div/div[2]/div[2]"
HD="/html/body/header/div[1]/div/div"
# Booking.com for Business resource-hub blog post: header mega-menu (with a webinar promo card in the 'Why us?'
# dropdown and its mobile copy), Register/Sign in + language controls, an orange notification bar (webinar sign-up),
# a banner with breadcrumbs, author and date, a sticky left column (table of contents + 'Read the report' promo), the
# article in block-booking_text blocks with a 'Better work travel starts now' sign-up card between conferences 4 and
# 5, an FAQ accordion, 'Suggested articles', and a footer with menu columns (incl. 'Popular articles').
# No ad slots (googletagmanager only preconnected; #test-iframe is an empty div). Not labelled: menus (incl. the
# 'Ready to get started? Sign up now!' buttons in the Solutions/Who we help dropdowns and their mobile copies), Register/Sign in
# and language links, breadcrumbs, the table of contents (sticky and dropdown copies), in-text links, footer legal links.
related=[
 R("/html/body/main/div[3]", "Suggested articles", 3, "after", note="three article cards under the post"),
 R("/html/body/footer/div/div/div[2]/div[3]", "Popular articles:", 5, "outside", amb=True, note="footer menu column of 5 guide/blog links"),
]
ctas=[
 C("other", "New to Booking.com for Business? Join our webinar to get set up for success. Register now", "outside", HD+"/div[1]/ul/li[4]/div/div/div[2]", amb=True, note="webinar promo card inside the hidden 'Why us?' mega-menu dropdown"),
 C("other", "New to Booking.com for Business? Join our webinar to get set up for success. Register now", "outside", HD+"/div[2]/div[1]/div/div[4]/div[2]/div[2]", amb=True, note="mobile-menu copy of the webinar promo card"),
 C("other", "Get expert advice on the business travel trends that matter today. Join our webinar by signing up now!", "before|outside", "/html/body/header/div[2]", note="closable orange notification bar under the header (webinar registration)"),
 C("other", "7 business travel trends to act on now Explore fresh insights and practical actions! Read the report", "outside", "/html/body/main/div[2]/div/div[1]/div/div[3]", note="report promo card under the sticky table of contents in the left column"),
 C("other", "Better work travel starts now Manage the team and expenses in one place, save money, earn Genius rewards", "inline", AC+"/div[4]", note="sign-up card ('Join today – it's 100% free') between conference 4 and conference 5"),
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="empty #modalForm container (form modal, script-filled)"),
]
ads=[]
