from _dsl import *
FILE="wcxb/html/4365.html.gz"
# Network 1 Consulting (Atlanta IT services, WordPress/Beaver Builder) blog post 'An Overview of Upcoming Tech Conferences in
# Atlanta in 2026': skip link; header top bar (social icons Twitter / LinkedIn / Facebook, Office and Sales tel: numbers);
# header (logo, services mega menu, 'Get Service Pricing' button opening a popup); title band (h1, date); text: podcast badges
# 'Listen on Amazon Music / Apple Podcasts' at the top, quote table, empty video wrappers, conference sections, an
# 'autoscaler-cta' box 'Find Out Why 128+ Businesses Across Atlanta Trust Network 1 Consulting / Learn More', a 'Get More
# Insights ...' table of 3 post links, a checklist table, closing 'Ask Us How ...' section ending 'Reach out today to get
# started!'; previous / next post links; author bio; 'Comments are closed for this post.'; 'Related Posts' heading row and a
# grid of 3 post cards; footer (logo, Office / Sales tel: lines, address, 'Connect with us:' social images; Services and About
# Us link columns; 'Sign up to newsletter:' with an empty form module; copyright); two hidden 'ays' popup boxes ('Pricing
# button' with an empty pricing mount, 'Book a meeting nexus' with an empty booking mount; their 'Dismiss ad' buttons are the
# popup plugin's, no ad). No ad markup.
# Not labelled: menus, in-text links (event sites, service links in the closing list), empty video iframe wrappers, quote and
# checklist tables, author bio, 'Comments are closed' notice, footer Services / About Us columns, copyright; the 'Pricing
# button' popup (the panel the header 'Get Service Pricing' button opens: one CTA with the button, convention 8).
HT="/html/body/div/header/div[1]/div/div/div/div/div/div"
T="/html/body/div/div[1]/div/div[2]/div[1]/div/div[2]/div/div"
FC="/html/body/div/div[1]/footer/div[1]/div/div/div"
related=[
 R(T+"/div[1]/div/div[6]", None, 3, "inline", note="boxed table 'Get More Insights Into How Your Atlanta Business Can Optimize Technology' with 3 post links (managed IT for Atlanta industries, IT support tickets, vCIO)"),
 R(T+"/div[3]/div/div/div", None, 2, "after", note="previous / next post links (AirPlay tip, Android unlock tip)"),
 R("/html/body/div/div[1]/div/div[2]/div[3]/div/div/div/div/div/div/div/div/div/div[1]", "Related Posts", 3, "after", note="grid of 3 post cards under the 'Related Posts' heading (heading in its own row above, 9.1)"),
]
ctas=[
 C("follow", "", "outside", HT+"/div[1]/div/div", note="header top-bar social icons (Twitter, LinkedIn, Facebook)"),
 C("contact", "Office: 404.943.0800 Sales: 404.999.3504", "outside", HT+"/div[2]/div/div", amb=True, note="header top-bar Office and Sales tel: numbers (10.5)"),
 C("other", "Get Service Pricing", "outside", "/html/body/div/header/div[2]/div/div/div/div/div/div/div[3]", note="header 'Get Service Pricing' button (cta trigger opening the pricing popup; a quote/pricing button, 11.7)"),
 C("follow", "", "before", T+"/div[1]/div/div[1]", amb=True, note="podcast badges 'Listen on Amazon Music' / 'Listen on Apple Podcasts' for the site's 'Network 1 Narratives' podcast, above the first paragraph"),
 C("other", "Find Out Why 128+ Businesses Across Atlanta Trust Network 1 Consulting Learn More", "inline", T+"/div[1]/div/div[4]", note="'autoscaler-cta' box with background image and 'Learn More' button to the managed IT services page, between conference sections"),
 C("contact", "Reach out today to get started!", "after", T+"/div[1]/div/p[24]", amb=True, note="closing line of the text with a 'Reach out today' link to the contact page (10.1)"),
 C("contact", "Office: 404.943.0800 Sales: 404.999.3504 5871 Glenridge Dr Suite 240 Atlanta, GA 30328", "outside", FC+"/div[1]", amb=True, note="footer column: logo, Office / Sales tel: lines, address, 'Connect with us:' and the social images; no contact button (convention 2; holds the follow group, 11.9)"),
 C("follow", "", "outside", FC+"/div[1]/div/div[6]", note="footer social image links (Facebook, LinkedIn, ..., Twitter) under 'Connect with us:'"),
 C("newsletter", "Sign up to newsletter:", "outside", FC+"/div[4]", note="footer 'Sign up to newsletter:' column with the bottom-newsletter form module (filled by script)"),
 C("other", "Book a meeting nexus", "outside", "/html/body/div/div[3]", amb=True, note="hidden 'Book a meeting nexus' popup box with an empty booking mount (9.5)"),
]
ads=[]
