from _dsl import *
FILE="wcxb/html/0101.html.gz"
# Emplifi (SaaS, WordPress) blog post 'An introduction to social commerce: What brands need to know in 2026': header (logo,
# main menu, Support / Login / 'Get a demo' button row; four hidden mega-menus: Platform with 'Explore the Platform', Customers
# with success stories and a 'Get a demo' promo, Resources with a 'Trending insights' report card, Company with a 'Contact Us
# / Get in touch' box and social icons); mobile hamburger and mobile menu with a fixed-bottom Support / Login / Get a demo bar;
# blog hero (labels, h1, topic pills, image); text with h2 sections and screenshots; sticky sidebar (automatic table of
# contents, SHARE icons with copy link); 'Want more trends and insights?' Marketo newsletter form; 'Insights from Emplifi'
# slider of 6 resource cards; 'Ready to fuel your CX and social media marketing?' page CTA with 'Get a demo'; awards band;
# footer (four mega link columns incl. 'Popular Use Cases' blog links, tagline, G2 badge, social icons, utility legal menu,
# copyright, language picker); empty video modal; form thank-you modal; WPML language list. No ad markup.
# Not labelled: menus and mega-menu link lists (incl. the customer success stories and 'Explore the Platform'), Support / Login
# links, topic pills, table of contents, in-text links, awards band (award logos, no button), footer link columns other than
# 'Popular Use Cases', G2 badge, legal menu, language pickers, thank-you and video modals.
H="/html/body/header"
related=[
 R(H+"/div[3]/div/div[3]/div", "Trending insights", 1, "outside", amb=True, note="'Trending insights' report card (State of social media marketing report 2026, Read more) inside the hidden Resources mega-menu"),
 R("/html/body/section[4]", "Insights from Emplifi", 6, "after|outside", note="'Insights from Emplifi' slider of 6 resource cards (JD Sports, retail playbook, this article, generation gap, social pulse, social commerce playbook download)"),
 R("/html/body/footer/div[1]/div[1]/div/ul/li[3]/ul/li[2]", "Popular Use Cases", 11, "outside", amb=True, note="footer 'Popular Use Cases' column: 11 links to blog guides named like topics (tag-like list inside the footer menu)"),
]
ctas=[
 C("other", "Get a demo", "outside", H+"/nav/div/div/div[3]/ul/li[3]", note="header 'Get a demo' button (btn) beside Support and Login (11.7: a demo button is a plain CTA)"),
 C("other", "Outpace your competition We’re recognized as a market leader", "outside", H+"/div[2]/div/div[3]/div", amb=True, note="hidden Customers mega-menu promo column with award logos and 'Get a demo' button"),
 C("contact", "Contact Us Get in touch with Emplifi. Get in touch", "outside", H+"/div[4]/div/div[3]/div/div[1]", amb=True, note="hidden Company mega-menu 'Contact Us' box with 'Get in touch' button"),
 C("follow", "", "outside", H+"/div[4]/div/div[3]/div/div[2]/ul", amb=True, note="social icons (Facebook, Twitter, YouTube, ...) in the hidden Company mega-menu"),
 C("other", "Support Login Get a demo", "outside", "/html/body/nav/div[2]", amb=True, note="mobile menu fixed-bottom bar with Support, Login and 'Get a demo' (mobile only)"),
 C("share", "SHARE Copy the link", "outside", "/html/body/section[2]/div/div/div[2]/div/div[2]", note="sticky sidebar 'SHARE' icons (Twitter, Facebook, LinkedIn, copy link) beside the text"),
 C("newsletter", "Want more trends and insights? Sign up for the latest insights and best practices", "after", "/html/body/section[3]", note="'Want more trends and insights?' newsletter band with Marketo form under the article"),
 C("other", "Ready to fuel your CX and social media marketing? Discover how Emplifi boosts efficiency", "after|outside", "/html/body/section[5]", note="'Ready to fuel your CX and social media marketing?' page CTA with 'Get a demo' button"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div[2]/div[3]/ul", note="footer social icons (Facebook, Twitter, YouTube, ...)"),
]
ads=[]
