from _dsl import *
FILE="wcxb/html/0093.html.gz"
# EcoFlow US (Next.js shop site) blog post 'Laptop vs. Desktop: How Many Watts Does a Computer Use?': top promo bar
# (holiday-sale image link); header (logo, product nav buttons with empty dropdowns, search, user icon with a
# 'Get 500 EcoCredits, Worth $25 / Password-free Login/Register / Join Now / Existing user? Log in' dialog, Store, burger);
# blog top (breadcrumb, h1, author 'EcoFlow' and date, empty blog-share mount); left table of contents; text in editor
# sections with in-sentence product/collection links and a sentence 'Try EcoFlow's appliance wattage chart and energy
# usage calculator ...' linking to another post; empty image sections; right rail: hidden (temp-hide) banner swiper
# (Black Friday page, forum) and 'Home Solutions / View All' block of 3 posts (cards + list); footer (Products, Support,
# Programs, Explore, Privacy & Terms columns; region switch; social icons; newsletter e-mail form; copyright);
# fixed EcoCredits icon; back-to-top; fixed chat (robot) button.
# Not labelled: nav, search, Store button (shop navigation), breadcrumb, author line, table of contents, in-text product
# and collection links in ordinary sentences, empty image sections, footer link columns (incl. Support 'Contact Us' /
# 'App Download' and Programs links: general footer menus), region switch, back-to-top. No ad slots: no ad markup.
P="/html/body/div/div[1]"
BD=P+"/section/div[2]"
related=[
 R(BD+"/div[2]/div/div/section[9]/div/p[3]", None, 1, "inline", amb=True, note="sentence 'Try EcoFlow's appliance wattage chart and energy usage calculator to calculate your device usage ...' linking to another blog post (pointer inside an ordinary sentence, 10.10; kept in the wcxb ground truth)"),
 R(BD+"/div[3]/div/section", "Home Solutions", 3, "outside", note="right-rail 'Home Solutions / View All' block: 3 posts (passive house, tankless water heaters, R-value insulation) shown as cards and as a list"),
]
ctas=[
 C("other", "", "before|outside", P+"/div[1]/div[1]", note="top promo bar: holiday-sale image link above the header"),
 C("other", "Get 500 EcoCredits, Worth $25 Password-free Login/Register Join Now Existing user? Log in", "outside", P+"/div[1]/div[2]/div/div[3]/div[1]", amb=True, note="header user icon with its 'Get 500 EcoCredits ... Join Now / Log in' dialog (sign-up beside log-in, 11.7)"),
 C("share", "", "before", P+"/section/div[1]/div/div[2]/div[2]", amb=True, note="empty blog-share mount beside the author line (script-filled, 10.9)"),
 C("other", "", "outside", BD+"/div[3]/div/div", amb=True, note="hidden (temp-hide) right-rail banner swiper 'index banner': Black Friday page and forum banners (own promos)"),
 C("follow", "", "outside", P+"/footer/section[2]/div[1]", note="footer social icons: Facebook, Twitter, Instagram, YouTube, TikTok"),
 C("newsletter", "You agree to receive newsletters and marketing emails from EcoFlow.", "outside", P+"/footer/section[2]/div[2]", note="footer newsletter e-mail form with consent checkbox"),
 C("other", "", "outside", P+"/div[2]", amb=True, note="fixed EcoCredits icon (rewards promo widget, icon only)"),
 C("contact", "", "outside", "/html/body/div/div[2]", note="fixed chat (robot) button, customer-support chat (icon only)"),
]
ads=[]
