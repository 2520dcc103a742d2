from _dsl import *
FILE="wcxb/html/0158.html.gz"
# Slate (commercial-cleaning company, Webflow) resource article 'How much should I pay for cleaning in San Diego?': navbar
# (menu links, phone number + 'Get Started' button); 'Where would you like to start?' pop-up opened by the 'Get Started'
# buttons (Book Your Clean / Request a Quote / Apply to Work at Slate); hero (breadcrumbs, h1, date, author); article grid
# (left sticky column: summary card with 'Get Started' button, 'Tags' panel with 'San Diego' and a hidden empty list;
# right column: rich text with sections, an Airtable embed of rates, closing pitch paragraphs, 'Share' row of four icon
# links); 'Resources' / 'More Articles' band (12 cards, 'View All Resources' button, 'Load More Articles' pagination);
# 'Proudly supporting' logo marquee; footer ('Ready to get started? Contact us today' with phone + 'Get Started' button;
# Quick Links, Locations, Industries columns; copyright, designer credit, certificates). No ads, no ad configuration
# (GTM only; a Front chat widget is loaded by script with no element of its own).
# Not labelled: nav menu, the pop-up (the panel of the 'Get Started' buttons), breadcrumbs, date/author, tags panel, the
# article's closing pitch paragraphs (prose, kept in the wcxb ground truth), Airtable embed (body data), 'Proudly
# supporting' logo marquee (partner logos, not marked as ads), footer link columns (incl. 'Join the team' and the
# Locations / Industries directories), certificates, designer credit, GTM noscript iframe, Front chat loader script.
MN="/html/body/div/main"
GR=MN+"/section[2]/div/div"
related=[
 R(MN+"/section[3]", "More Articles", 12, "after|outside", note="'Resources' / 'More Articles' band under the article: 12 article cards (other cities' cleaning prices, house-cleaning checklist), 'View All Resources' button and 'Load More Articles' pagination"),
]
ctas=[
 C("other", "(844) 450-7739 Get Started", "outside", "/html/body/div/nav/div/div/div[2]", note="navbar action buttons: phone number and 'Get Started' (opens the booking / quote pop-up)"),
 C("contact", "(844) 450-7739", "outside", "/html/body/div/nav/div/div/div[2]/a[1]", amb=True, note="navbar phone link (tel:) of the action bar: a lone tel: link is amb (convention 10.5), an item of the two-ask bar (9.2)"),
 C("other", "Get Started", "outside", "/html/body/div/nav/div/div/div[2]/a[3]", amb=True, note="navbar 'Get Started' button (opens the booking / quote pop-up) of the two-ask bar (convention 9.2)"),
 C("other", "Considering hiring a cleaner for your San Diego business but not sure how much you should be paying?", "outside", GR+"/div[1]/div[1]", note="left sticky column card: article summary and 'Get Started' button (opens the booking / quote pop-up)"),
 C("share", "Share Facebook Link Linkedin Link Linkedin Link Linkedin Link", "after", GR+"/div[2]/div/div[2]", note="'Share' row of four icon links under the text"),
 C("contact", "Ready to get started? Contact us today (844) 530-0104 Get Started", "outside", MN+"/footer/div/div/div[1]", note="footer 'Ready to get started? Contact us today' band with phone number and 'Get Started' button"),
]
ads=[]
