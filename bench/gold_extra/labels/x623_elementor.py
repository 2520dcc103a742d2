from _dsl import *
FILE="wcxb/html/0150.html.gz"
# Elementor blog (Elementor Pro theme) post 'Web Design Trends to Expect in 2026': skip link; header (mega-menu, logo,
# 'blog', categories menu, search, language switcher, Login and Get Started buttons); title block (h1, post info, empty
# template container, excerpt, featured image); three-column section: article column (Table of Contents accordion, text
# with 11 h2 trends, each followed by 'Bring it to life with Elementor:' product lists that wcxb keeps as text), a 'Share'
# column of share buttons, a newsletter column ('Looking for fresh content?' with e-mail form); author box; 'You might also
# like' loop grid of 2 posts; 'Comments' (Hyvor Talk embed); empty template section; 'Start a New Website / Get Started'
# band; a hidden pool of six product banners (WooCommerce hosting, Image optimizer, AI, Hosting, Pro builder, Site Mailer)
# that a script clones into the text before the second h2; footer (social icons, about text, newsletter iframe form, link
# columns); two dormant popups (sticky 'Start creating' banner, newsletter sign-up); floating 'Hosted with' badge.
# No ads. Not labelled: header menus, search, language switcher and Login, Table of Contents, the text's product lists,
# author box (bio, x259 leaves bios out), empty template containers, footer link columns (incl. Contact Us / Affiliate).
AR="/html/body/div[1]"
FT="/html/body/footer/div/div/div/div/div/div/div[1]"
related=[
 R(AR+"/aside[1]", "You might also like", 2, "after", note="'You might also like' loop grid under the author box: AI website builder guide, What is a website builder"),
]
ctas=[
 C("other", "Get Started", "outside", "/html/body/header/header/div[9]", amb=True, note="header 'Get Started' sign-up button beside Login (11.7)"),
 C("share", "Share", "before|outside", AR+"/section[2]/div/div[1]", note="'Share' column beside the text: Facebook, Twitter, LinkedIn ... share buttons"),
 C("newsletter", "Looking for fresh content? Get articles and insights from our weekly newsletter.", "outside", AR+"/section[2]/div/div[2]", note="side column newsletter box with e-mail form and Subscribe button"),
 C("comments", "Comments", "after", AR+"/aside[2]", note="'Comments' section with Hyvor Talk comments embed"),
 C("other", "Start a New Website Get Started", "after", AR+"/aside[3]", note="'Start a New Website' band with Get Started button (to pricing) under the comments"),
 C("other", "ecommerce hosting Build Great Stores, Grow Your Sales", "inline", AR+"/div/div/div", amb=True, note="hidden pool of six product promo banners (.cta-banner-middle) a script clones into the text before the second h2 (10.8-like: inserted later)"),
 C("follow", "", "outside", FT+"/div[1]/div[2]", note="footer social icons: WordPress, Github, Instagram, Discord, Facebook, Twitter, YouTube ..."),
 C("newsletter", "Subscribe to our newsletter", "outside", FT+"/div[2]", note="footer 'Subscribe to our newsletter' block with newsletter form iframe and consent text"),
 C("other", "From first site to full scale, all from /mo Start creating", "outside", "/html/body/div[2]", amb=True, note="dormant Elementor popup: sticky desktop banner 'Start creating' triggered on scrolling to the share button (11.3)"),
 C("newsletter", "The Future of Web Creation Inside Your Inbox", "outside", "/html/body/div[3]", amb=True, note="dormant Elementor popup: newsletter sign-up form (11.3)"),
 C("other", "Hosted with", "outside", "/html/body/a", amb=True, note="floating 'Hosted with Elementor' badge linking to the hosting page (a house promo)"),
]
ads=[]
