from _dsl import *
FILE="wcxb/html/0320.html.gz"
# Aztec Plumbing & Drains (WordPress Oxygen builder) blog post 'Plumbing Maintenance Tips: 11 Best Practices & Upgrades to
# Prevent Issues': top header row (promo carousel 'Summer Savings Are On - See What's New ->' to /coupons; utility menu
# Coupons / About / Resources / Contact; search); main header row (logo, 'Read Our Reviews' stars link, phone widget
# 'Available 24/7 (239) 932-2959', 'Schedule Online' button, search, main navigation); hero (Blog label, h1, date);
# text (h2/h3 sections, closing h4 'Fort Myers Plumbing Experts' with a paragraph asking to visit the website or call,
# 'Learn More in Our Plumbing Series:' list of 8 posts); 'Share This Article' icons; 'Recent Posts' band of 3 with View
# All; footer CTA block 'Ready to Schedule Your Service Today?' (Schedule Online, phone button); footer (logo, social
# icons incl. BBB, Services and Quick Links menus, 'Office locations open 24/7' address / phone blocks); copyright row.
# Not labelled: menus (utility, main, noscript copy, footer columns), search, 'Read Our Reviews' header link (a badge to
# the reviews page), in-text service links, copyright/legal links, the ScheduleEngine webchat script (no box, 10.11).
SE="/html/body/div/section[2]/div"
BD=SE+"/div[1]/div"
HR="/html/body/header/div[2]/div/div[3]"
FCTA="/html/body/section[1]/div/div[1]/div/div/div[1]"
related=[
 R(BD+"/ul", "Learn More in Our Plumbing Series:", 8, "after", note="'Learn More in Our Plumbing Series:' h3 and list of 8 blog posts after the closing paragraph (9.1: the list, titled by its heading; not in the wcxb ground truth)"),
 R("/html/body/div/section[3]", "Recent Posts", 3, "after", note="'Recent Posts' band with View All link and 3 dated post cards under the article"),
]
ctas=[
 C("other", "Summer Savings Are On - See What's New", "outside", "/html/body/header/div[1]/div/div[1]/div", note="top header promo carousel linking to the coupons page"),
 C("contact", "Available 24/7 (239) 932-2959", "outside", HR+"/div[1]", amb=True, note="header phone widget 'Available 24/7' with tel: link (10.5: lone tel link, amb)"),
 C("other", "Schedule Online", "outside", HR+"/a", note="header 'Schedule Online' booking button (11.7: a booking button is a plain other CTA)"),
 C("contact", "With more information for ensuring your plumbing system runs smoothly, our experts at Aztec Plumbing & Drains are here to help.", "after", BD+"/p[25]", amb=True, note="closing paragraph under 'Fort Myers Plumbing Experts': 'To set up an appointment, visit our website or give us a call today!' with contact-page and tel: links (10.1: closing sentence of the text, amb)"),
 C("share", "Share This Article", "after", SE+"/div[2]", note="'Share This Article' icons: X, Facebook, Email, LinkedIn"),
 C("other", "Ready to Schedule Your Service Today?", "outside", FCTA, note="footer CTA block 'Ready to Schedule Your Service Today?' with Schedule Online and phone buttons (booking ask: other; 9.2)"),
 C("other", "Schedule Online", "outside", FCTA+"/div[3]/a[1]", amb=True, note="the footer block's 'Schedule Online' button (9.2: each button of a two-ask bar, amb)"),
 C("contact", "(239) 932-2959", "outside", FCTA+"/div[3]/a[2]", amb=True, note="the footer block's phone button (9.2: each button of a two-ask bar, amb)"),
 C("follow", "Follow Aztec on Facebook Watch Aztec on YouTube Follow Aztec on Instagram", "outside", "/html/body/section[1]/div/div[2]/div[1]/div", note="footer social icons (Facebook, YouTube, Instagram) and BBB reviews badge"),
 C("contact", "Office locations open 24/7", "outside", "/html/body/section[1]/div/div[3]", amb=True, note="footer 'Office locations open 24/7': four address / tel: blocks, no button or form (convention 2)"),
]
ads=[]
