from _dsl import *
FILE="wcxb/html/4578.html.gz"
# Healthline (Next.js) nutrition article "Beginner's Guide to A Whole-Foods, Plant-Based Diet": empty top-of-page and
# modal hosts; empty Qualtrics intercept target; site header (logo, menubar with hidden dropdowns: Health Conditions,
# Wellness, Tools, Featured, Connect (Bezzy communities, 'Follow us on social media' icons), 'Subscribe' newsletter
# button); secondary nav (Nutrition section links); desktop leaderboard box (dlb1 slot); mobile adhesion box with close
# button (mlb1 slot); 'Sustainable Living' programme label; article header (section, Evidence Based badge, h1, byline);
# jump-link tab bar; article body in sections with two inline ad boxes (inline2, inline13); 'How we reviewed this
# article' sources; 'Share this article' icons; 'Evidence Based' note; sticky byline section with an object labelled
# 'advertisement'; 'Read this next' feed of 8 cards with DCMR ad boxes between cards; footer (empty hl-social-nav mount,
# hl-newsletter-cta mount, legal text, About / Contact Us / Privacy / Advertising Policy / Newsletters links, brand links);
# empty foot pad, consent modal and menu host.
# Not labelled: menus and their dropdown story and topic links, secondary nav, programme label, Evidence Based badge and
# note, byline (and its sticky copy), tab bar, citation chips (hl-trusted-source), 'How we reviewed this article'
# sources, empty <div><div></div></div> boxes in the text (no ad evidence), footer links (incl. 'Newsletters',
# 'Advertise with us'), empty modal/menu hosts and foot pad.
PG="/html/body/div[3]/div[1]/div[2]/div"
NAV=PG+"/div[1]/div[1]/div/div"
AR=PG+"/div[4]/div[2]/div/div/div[4]/article"
RN=PG+"/div[4]/div[3]/div"
FT="/html/body/div[3]/footer/div[1]"
related=[
 R(RN, "Read this next", 8, "after", note="'Read this next' feed of 8 story cards (21 Reasons to Eat Real Food, ... 7 Supplements You Need on a Vegan Diet) with DCMR ad boxes between cards (labelled as ads)"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[3]/div[1]/div[1]", amb=True, note="empty Qualtrics site-intercept target div#ZN_... (survey popup mount, script-filled, 10.9)"),
 C("other", "Find Your Bezzy Community Bezzy communities provide meaningful connections with others living with chronic conditions.", "outside", NAV+"/div[4]/ul/li[5]/div/div[1]", amb=True, note="hidden 'Connect' dropdown: 'Find Your Bezzy Community' with 'Join Bezzy' copy and six community links"),
 C("follow", "Follow us on social media Can't get enough? Connect with us for all things health.", "outside", NAV+"/div[4]/ul/li[5]/div/div[2]", amb=True, note="hidden 'Connect' dropdown: 'Follow us on social media' icons (Facebook, X, Instagram, LinkedIn, YouTube, Flipboard)"),
 C("newsletter", "Subscribe", "outside", NAV+"/div[6]", note="header 'Subscribe' button (opens the newsletter sign-up dialog)"),
 C("share", "Share this article", "after", PG+"/div[4]/div[2]/div/div/div[5]/div/div[2]", note="'Share this article' icons (print, e-mail, Facebook, X, more) under the sources"),
 C("follow", "", "outside", FT+"/hl-social-nav", amb=True, note="empty hl-social-nav custom element in the footer (social links, script-filled)"),
 C("newsletter", "", "outside", FT+"/div/div[1]/hl-newsletter-cta", amb=True, note="unrendered hl-newsletter-cta footer widget (button 'SIGN UP', e-mail format; script-filled)"),
]
ads=[
 A(PG+"/div[2]", "before|outside", "desktop leaderboard box with ad label span and empty #dlb1__slot above the article"),
 A(PG+"/aside", "outside", "mobile adhesion box with close button, ad label span and empty #mlb1__slot"),
 A(AR+"/div[1]/div[7]", "inline", "inline ad box (aside, label span, empty #inline2__slot) after the intro"),
 A(AR+"/div[6]/div[25]", "inline", "inline ad box (aside, label span, empty #inline13__slot) at the end of the health-benefits section"),
 A(PG+"/div[4]/div[2]/div/section/div[3]", "before|outside", amb=True, note="<object aria-label='advertisement'> box in the sticky byline section beside the article"),
 A(RN+"/ul/li[1]/div/div/section", "after", "DCMR ad box (label span, empty #DCMR1__slot) in the 'Read this next' feed after the first card"),
 A(RN+"/ul/li[2]/div/div/section", "after", amb=True, note="second DCMR1 box (same slot id) in an otherwise empty feed item"),
 A(RN+"/ul/li[4]/div/div/section", "after", "DCMR ad box (empty #DCMR2__slot) in the 'Read this next' feed"),
]
