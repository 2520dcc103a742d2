from _dsl import *
FILE="wcxb/html/0061.html.gz"
# Cuboh (restaurant order-integration SaaS, Webflow) blog post 'How Much to Tip at Restaurants: Your Ultimate Tip Chart and
# Guide': header (UET tag, logo, Features / Integrations / Pricing / Partners / Blog menu with a mobile Login / Get
# Started copy, on-mobile copies, desktop right-nav 'Login' + 'Get Started' demo button); hero image and h1; left sticky
# column (table of contents with placeholder entries, 'Grow Orders, Save Time & Eliminate Tablet Chaos' promo with
# 'Get a Demo' button); right column (top share bar Share / Tweet / LinkedIn; text with two tip tables and h2/h3 sections,
# a GTM embed; bottom share bar; 'continue-reading' area: 'Get A Demo' promo module, 'Subscribe To Our Newsletter' form,
# 'Continue Reading' list of 3 posts); footer inside the right column (Product / Company / Resources / Contact columns,
# social icons, legal links, cookie banner); Calendly, Intercom, guidebar scripts.
# Not labelled: menus, table of contents, GTM / UET / Calendly / Intercom / guidebar scripts (no box), footer Product,
# Company and Resources columns (navigation; 'Become a Partner' among resources), cookie banner, legal links. The
# popup script refers to a #popup element that is not in the page (nothing to label). No ad slot on the page.
RC="/html/body/div[4]/div[2]"
CR=RC+"/div[3]"
FT=RC+"/div[4]"
related=[
 R(CR+"/div[3]", "Continue Reading", 3, "after", note="'Continue Reading' list of 3 blog posts (kitchen safety tips, restaurant challenges, opening a coffee shop); the h2 sits beside the list in the continue-reading box with the promo and newsletter form (9.1)"),
]
ctas=[
 C("other", "Login Get Started", "outside", "/html/body/div[1]/div[2]/div[2]", note="desktop header right-nav: 'Login' and 'Get Started' (/demo-request) button (11.7: a demo button is a plain other CTA)"),
 C("other", "Login Get Started", "outside", "/html/body/div[1]/div[2]/div[1]/nav/div/div[2]", amb=True, note="nav-mobile copy of Login / Get Started inside the collapsed menu (9.3)"),
 C("other", "Get Started", "outside", "/html/body/div[1]/div[2]/div[1]/a[2]", amb=True, note="on-mobile 'Get Started' demo button copy (9.3)"),
 C("other", "Grow Orders, Save Time & Eliminate Tablet Chaos", "outside", "/html/body/div[4]/div[1]/div/div[2]", note="left sticky promo 'Grow Orders, Save Time & Eliminate Tablet Chaos' with 'Get a Demo' button (10.7)"),
 C("share", "Share Tweet LinkedIn", "before", RC+"/div[1]", note="share bar above the text: Facebook Share, Tweet, LinkedIn"),
 C("share", "Share Tweet LinkedIn", "after", RC+"/div[2]/div/div[2]", note="share bar under the text"),
 C("other", "Grow Orders, Save Time & Eliminate Tablet Chaos", "after", CR+"/div[1]", note="'Grow Orders...' promo module with 'Get A Demo' button under the article (10.7)"),
 C("newsletter", "Subscribe To Our Newsletter Join our subscribers list to get the latest news, updates and special offers", "after", CR+"/div[2]", note="'Subscribe To Our Newsletter' Webflow form under the article"),
 C("contact", "Contact info@cuboh.com Customer Support: +1 (855) 572-8264 Sales: +1 (855) 453-4965", "outside", FT+"/div[1]/div/div[4]", amb=True, note="footer 'Contact' column: mailto, support and sales tel: links, address (convention 2: no button or form)"),
 C("follow", "", "outside", FT+"/div[2]", note="footer social icons Facebook, Instagram, LinkedIn"),
]
ads=[]
