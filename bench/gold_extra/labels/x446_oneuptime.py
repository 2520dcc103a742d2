from _dsl import *
FILE="wcxb/html/4414.html.gz"
# OneUptime (open-source observability SaaS) blog post 'How to Optimize PostgreSQL Query Performance': reading-progress
# bar, back-to-top button, skip link; header (logo, Products / Enterprise / Resources mega menus with hidden 'Start Free
# Trial' / 'Request Demo' / 'Contact Sales' links, Pricing, 'Sign in' / 'Sign up' buttons, hidden mobile menu); lightbox
# and time-remaining overlays; hero (h1, standfirst, author/date/reading time, tag links); floating table of contents;
# article (floating share rail, text with code blocks, 'Share this article' bar, author box with GitHub link, 'Improve
# this Blog Post' box with 'Edit this Post on GitHub' / 'Contributing Guidelines'); 'Open source' product band ('Get
# started for free' / 'Request a demo' buttons and eleven product cards); hidden cookie banner; footer ('Build reliable
# systems with confidence' band with 'Read Blog' / 'Star on GitHub', social icons, link columns, legal row).
# No related block (no further posts listed), no ad slots or ad configuration.
# Not labelled: menus (incl. the mega-menu 'Get Started' links, 'Contact Sales' and the hidden mobile menu's 'Sign up'),
# tag links, table of contents, reading-progress / time-remaining / back-to-top widgets, lightbox, cookie banner,
# footer link columns (incl. 'Request Demo', 'Contact'), compliance links.
AR="/html/body/div[4]/div[2]/div/div/article"
related=[]
ctas=[
 C("other", "Sign in Sign up", "outside", "/html/body/header/div/div[1]/div/div[3]", amb=True, note="header bar with 'Sign in' link and 'Sign up' button (product registration; one bar, half of it is a log-in link)"),
 C("share", "", "before|outside", AR+"/div[1]/div[1]", note="floating share rail beside the text (Twitter, LinkedIn, Hacker News, copy link)"),
 C("share", "Share this article", "after", AR+"/div[2]", note="'Share this article' bar under the text"),
 C("follow", "GitHub", "after", AR+"/div[3]/div/div[2]/div[3]", amb=True, note="author box's GitHub profile link (author-bio social link)"),
 C("contact", "Improve this Blog Post All our blog posts are open source. Found a typo, want to add more detail, or have a better", "after", AR+"/div[4]", note="'Improve this Blog Post' box: corrections/contributions via 'Edit this Post on GitHub' and 'Contributing Guidelines' buttons"),
 C("other", "Get started for free Request a demo", "after", "/html/body/div[5]/div[2]/div/div/div[1]", amb=True, note="the band's two-button row 'Get started for free' / 'Request a demo' (convention 9.2 of 2026-12-06 early morning: a button of a two-ask bar is an ambiguous item of its own)"),
 C("other", "Open source OneUptime is the Open-Source Observability Platform Your complete reliability stack unified", "after|outside", "/html/body/div[5]", note="product promo band between article and footer: 'Get started for free' / 'Request a demo' buttons and product cards (blog-cta-card)"),
 C("other", "Open Source Observability Build reliable systems with confidence Join thousands of developers using OneUptime", "outside", "/html/body/footer/div[1]", note="footer promo band with 'Read Blog' and 'Star on GitHub' buttons"),
 C("follow", "GitHub X YouTube Reddit LinkedIn", "outside", "/html/body/footer/div[2]/div/div[1]/div", note="footer social icons"),
]
ads=[]
