from _dsl import *
FILE="wcxb/html/4076.html.gz"
# Aidoc (healthcare-AI vendor, WordPress/Enfold) blog post '3 Applications of AI in Healthcare for Enhancing Patient Care
# and Operational Efficiency': header (mega menu ending in a 'Book a Demo' button; hamburger copy of the menu with
# Twitter/LinkedIn icons); hero (Blog label, author, title, tag links); breadcrumbs; 'Table of Contents' sidebar (filled
# by script); text ending in a 'Click here to learn more … aiOS™' product link; 'Share' box; 'Explore the Latest AI
# Insights, Trends and Research' row of 4 section cards; 'Aidoc Staff' author box; footer ('Contact support' / 'Book a
# Meeting' buttons, link columns + a second responsive copy, Twitter/LinkedIn icons, legal links). No ads, no ad
# configuration.
# Not labelled: menus and their mega-menu 'Learn more →' panels, search, breadcrumbs, hero tag links, TOC sidebar,
# author box, footer link columns and legal links.
B="/html/body/div[3]/div/div/div"
related=[
 R(B+"/div[3]", "Explore the Latest AI Insights, Trends and Research", 4, "after", amb=True, note="row of 4 section cards (Webinars, eBooks, AI Strategy, Solutions) under the share box: site sections, not stories"),
]
ctas=[
 C("contact", "Book a Demo", "outside", "/html/body/div[2]/div[1]/div[1]/div[2]/div/ul/li[7]", amb=True, note="'Book a Demo' button closing the header menu"),
 C("contact", "Book a Demo", "outside", "/html/body/div[2]/div[1]/div[3]/div/div[1]/ul/li[7]", amb=True, note="'Book a Demo' button in the hamburger menu copy"),
 C("follow", "TwitterLinkedin", "outside", "/html/body/div[2]/div[1]/div[3]/div/div[2]", amb=True, note="Twitter/LinkedIn icons in the hidden hamburger menu"),
 C("other", "Click here to learn more about AI in healthcare and the platform approach with Aidoc’s aiOS™", "after", B+"/div[1]/div[2]/p[12]", amb=True, note="closing one-link paragraph promoting the aiOS platform page (left out of the wcxb ground truth)"),
 C("share", "Share Share on Facebook Share on Twitter Share on Linkedin", "after", B+"/div[2]", note="'Share' box (Facebook, Twitter, LinkedIn) under the text"),
 C("contact", "Contact support Book a Meeting", "outside", "/html/body/div[5]/div[1]/div/main/div/div/div[1]/div/div[2]", note="footer 'Contact support' and 'Book a Meeting' buttons"),
 C("follow", "TwitterLinkedin", "outside", "/html/body/div[5]/div[2]/div/div/div/div/div[1]", note="footer Twitter/LinkedIn icons"),
]
ads=[]
