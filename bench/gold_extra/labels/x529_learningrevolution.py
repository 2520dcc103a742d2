from _dsl import *
FILE="wcxb/html/2218.html.gz"
# Learning Revolution (WordPress, Astra) round-up '9 Best Online Course Selling Platforms For Creators (2026) [I Tested
# All Of Them]': skip link; header (logo, main menu with Tools & Reviews / Free Toolbox / Our Courses / Blog / About Us
# drop-downs, search; mobile header and fixed-header copies); title bar with h1 and breadcrumbs; byline hook; article
# (TL;DR box with affiliate links, featured image, intro, comparison table; 'Online Course Platform Selection Tool' quiz
# iframe; nine platform sections (features, pricing, plan tables), each followed by a one-sentence pointer to the site's
# full review and most by a ThirstyAffiliates image banner (free-trial links); an empty OptinMonster holder; a centred
# BuddyBoss recommendation line; 'free selection guide' sentence; 7 steps; YouTube Calculator promo box; closing sections;
# 'Next Steps' with 'Get the Toolbox' button; methodology, FAQs, author box); two copies of a comments area (244 comments,
# comment navigation, 'Comments are closed.'; one in the article, one in a full-width hook); share bar hook under the
# article; footer ('Join 8,000+ experts …' line, social icons, address, menu incl. Contact Us, copyright); floating share
# rail (desktop); scroll-to-top. No ads, no ad configuration (googletag appears only in a consent/analytics script).
# Not labelled: menus and their copies (incl. 'Free Toolbox' calculators, 'Contact Us'), search, breadcrumbs, byline,
# TL;DR box and in-text affiliate links (body), selection-tool iframe (body), comparison tables, author box, comment lists,
# footer menu, copyright, scroll-to-top.
CO="/html/body/div[1]/div[3]/div/div/main/article/div[1]/section[2]/div[2]/div"
FT="/html/body/div[1]/footer"
related=[
 R(CO+"/p[26]", None, 1, "inline", amb=True, note="one-sentence paragraph 'To go deeper, here’s our full Thinkific review.' (pointer to another article in an ordinary paragraph, not set apart: convention 10.10 amb)"),
 R(CO+"/p[44]", None, 1, "inline", amb=True, note="'For a more in-depth look at Kajabi, read our full Kajabi Review.' (convention 10.10)"),
 R(CO+"/p[56]", None, 1, "inline", amb=True, note="'To learn more, read our full LearnWorlds Review.' (convention 10.10)"),
 R(CO+"/p[72]", None, 2, "inline", amb=True, note="'Read the full Teachable Review for more information or explore Teachable’s pricing plans in more detail here.' (two pointers, convention 10.10)"),
 R(CO+"/p[101]", None, 1, "inline", amb=True, note="'Read our Mighty Networks Review for more details.' (convention 10.10)"),
 R(CO+"/p[114]", None, 1, "inline", amb=True, note="'Read our full Podia review for details.' (convention 10.10)"),
 R(CO+"/p[149]", None, 1, "inline", amb=True, note="'Read our in-depth LearnDash Review.' (convention 10.10)"),
 R(CO+"/p[151]", None, 1, "inline", amb=True, note="centred italic line recommending LearnDash with BuddyBoss (affiliate links) ending 'Full BuddyBoss review here' (set apart by style, but mostly an affiliate recommendation)"),
]
ctas=[
 C("other", "", "inline", CO+"/div[4]", amb=True, note="ThirstyAffiliates image banner 'Thinkific 30 Days Free' (affiliate /goto/ link) closing the Thinkific section (convention 10.2)"),
 C("other", "", "inline", CO+"/div[5]", amb=True, note="affiliate image banner 'Kajabi 30-day Free Trial' (convention 10.2)"),
 C("other", "", "inline", CO+"/div[7]", amb=True, note="affiliate image banner 'LearnWorlds' (convention 10.2)"),
 C("other", "", "inline", CO+"/div[8]", amb=True, note="affiliate image banner 'Teachable Free Trial' (convention 10.2)"),
 C("other", "", "inline", CO+"/div[10]", amb=True, note="affiliate image banner 'Kartra' (convention 10.2)"),
 C("newsletter", "", "inline", CO+"/div[12]", amb=True, note="empty OptinMonster campaign holder (om-…-holder) after the Kartra section, filled by script (inline opt-in)"),
 C("other", "", "inline", CO+"/div[13]", amb=True, note="affiliate image banner 'LearnDash' (convention 10.2)"),
 C("other", "If you haven’t already, grab the free selection guide for online learning platforms.", "inline", CO+"/p[153]", amb=True, note="sentence of the text linking the free selection guide (OptinMonster lead-magnet page)"),
 C("other", "Ever thought about monetizing YouTube? Estimate your earnings using our YouTube Calculator", "inline", CO+"/p[196]", amb=True, note="coloured promo box linking the site's YouTube earnings calculator (a reader could take it as a related pointer)"),
 C("other", "Get the Toolbox", "inline|after", CO+"/div[15]", note="'Get the Toolbox' button (OptinMonster lead-magnet page for the free miToolbox) under 'Next Steps Once You Have a Course Platform'"),
 C("comments", "244 thoughts on “9 Best Online Course Selling Platforms For Creators (2026) [I Tested All Of Them]”", "after", "/html/body/div[1]/div[3]/div/div/main/article/div[2]", amb=True, note="comments area in the article: comment list and 'Comments are closed.' (no form)"),
 C("share", "", "after", "/html/body/div[1]/div[4]", note="share bar hook under the article (Facebook, Twitter, Pinterest, WhatsApp, Reddit share links)"),
 C("comments", "244 thoughts on “9 Best Online Course Selling Platforms For Creators (2026) [I Tested All Of Them]”", "after", "/html/body/div[1]/div[5]", amb=True, note="second copy of the comments area in a full-width hook (comments closed, no form)"),
 C("newsletter", "Join 8,000+ experts getting monthly tips on turning their knowledge into income—without burnout or fluff.", "outside", FT+"/div[1]", amb=True, note="footer sign-up line with no form or link in the HTML (an OptinMonster form may be inserted by script)"),
 C("follow", "", "outside", FT+"/div[2]/div/div/div/div[1]", note="footer social icons (Twitter, Facebook, LinkedIn, Instagram)"),
 C("contact", "LEARNING REVOLUTION c/o Tagoras, Inc., 309 W. Weaver Street, Ste 100, Carrboro, NC 27510", "outside", FT+"/div[2]/div/div/div/div[2]", amb=True, note="footer postal address line (no button or form: convention 2)"),
 C("share", "", "before|outside", "/html/body/div[2]", note="floating share rail (fixed, hidden below 580px): Facebook, Twitter, Pinterest, WhatsApp, Reddit"),
]
ads=[]
