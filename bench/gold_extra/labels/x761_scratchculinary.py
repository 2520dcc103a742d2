from _dsl import *
FILE="wcxb/html/0001.html.gz"
# Scratch Culinary Meal Prep (meal-delivery service, WordPress/Astra + Elementor) blog post 'Top Nutrition Trends for
# Fall 2025: What Fitness Experts Are Eating (and How Scratch Makes It Easy)': header (desktop: main menu Home / Meal Prep
# / Company / Contact, logo, 'Login' and 'Order Now' buttons; mobile header with the same two buttons and a drop-down
# menu ending in Login / Order Now entries); Elementor single-post layout: left column author box (name only), right
# column date line, h2 title, UAEL share icon row (Facebook, X, Pinterest, LinkedIn, e-mail), post text (five numbered
# trend sections; 'Want to see how it works? Learn more here.' and 'Ready to simplify your nutrition? Get started today.'
# lines in the text, closing 'Fuel Your Fall with Scratch' section ending in an h3 and 'Sign up today and make this your
# healthiest fall yet.'), empty Facebook like mount (fb-like for this post), divider, "Chef's Choice Menu Previews"
# Mailchimp sign-up form, divider, 'More to explorer' heading over three post cards; empty #comments area; footer (logo,
# 'Site' / 'Meal Prep' / 'Company' link columns, Facebook / Instagram icons, copyright, terms). No ads and no ad
# configuration (Google tag only).
# Not labelled: menus (desktop, mobile drop-down incl. its plain 'Login' / 'Order Now' menu entries), 'Login' buttons,
# logo, the author box (name and avatar only), date line, in-sentence links of the text, the footer link columns (the
# 'Site' column holds Home and Contact Us only: a menu), copyright/terms.
HD="/html/body/div/header"
COL="/html/body/div/div/div/div/main/div/section[2]/div/div[2]/div"
TX=COL+"/div[4]/div/div/section/div/div/div/div/div"
related=[
 R(COL+"/div[10]", "More to explorer", 3, "after", note="'More to explorer' Elementor posts widget of three post cards (thumbnail, title, date, excerpt) under the sign-up form; the heading is the sibling heading widget above it (9.1: labelled on the list)"),
]
ctas=[
 C("other", "Order Now", "outside", HD+"/div[1]/div/div/div/div/div[3]/div[3]", note="desktop header 'Order Now' button (app signup to order meals) beside a 'Login' button: a buying button is plain whatever stands beside it (11.7)"),
 C("other", "Order Now", "outside", HD+"/div[2]/div[1]/div/div/div[3]/div[2]", amb=True, note="'Order Now' button of the mobile header (ast-mobile-header, hidden on desktop: 9.3)"),
 C("share", "", "before", COL+"/div[3]", note="UAEL share icon row under the title (Facebook, X, Pinterest, LinkedIn, e-mail)"),
 C("other", "Want to see how it works? Learn more here.", "inline", TX+"/p[11]", amb=True, note="pitch line alone in its paragraph in section 4, 'Learn more here' links to the How It Works service page (an ask in the text a reader may call body; not an article pointer)"),
 C("other", "Ready to simplify your nutrition? Get started today.", "inline", TX+"/p[14]", amb=True, note="pitch line at the end of section 5, 'Get started today' links to the signup (ask inside the text, before the closing section)"),
 C("other", "Sign up today and make this your healthiest fall yet.", "after", TX+"/p[16]", amb=True, note="closing sentence of the text under the h3 'Let us handle the cooking…', 'Sign up today' links to the signup (10.1: closing ask, amb, placed after)"),
 C("share", "", "after", COL+"/div[5]", amb=True, note="empty Facebook like mount (fb-like, data-href = this post) under the text (11.6: a like for the page is share; empty mount amb)"),
 C("newsletter", "Chef's Choice Menu Previews Need to resubscribe or just want to receive weekly updates?", "after", COL+"/div[7]", note="\"Chef's Choice Menu Previews\" box with Mailchimp e-mail / first / last name form, between two dividers under the post"),
 C("comments", "", "after", "/html/body/div/div/div/div/main/div/section[3]/div/div/div/div/div/div", amb=True, note="empty #comments area under the post, nothing to fill it (as x719)"),
 C("follow", "Visit us on Facebook Visit us on Instagram", "outside", "/html/body/div/footer/div[2]/div/div/div/aside/section[5]", note="footer social icons (Facebook, Instagram)"),
]
ads=[]
