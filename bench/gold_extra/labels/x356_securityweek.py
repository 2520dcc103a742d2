from _dsl import *
FILE="wcxb/html/0078.html.gz"
# SecurityWeek (WordPress, Zox News theme) article 'Cybersecurity M&A Roundup: 45 Deals Announced in October 2025':
# network top bar; hidden fly-out menu with 'Connect with us' icons; search overlay; empty zox-lead-top leaderboard
# div; header (logo, main menu, night-mode/search); AdButler zone above the article; header (category, title, dek,
# byline, share icons); image; text with an 'Advertisement. Scroll to continue reading.' AdButler slot after the third
# paragraph, ending in two 'Related:' story lines; author box (bio, Twitter/LinkedIn) and 'More from Eduard Kovacs' /
# 'Latest News' lists; right column ('Trending' WPP placeholder, AdButler zone, newsletter form, two event promos
# with Register/Submit buttons, 'People on the Move', 'Expert Insights'); floating share bar; AdButler footer zone;
# footer (social icons, link columns incl. 'Stay Intouch', 'News Tips' and 'Advertising' boxes, newsletter form, legal
# line); fade-up newsletter bar; 'welcome-popup-ad' Popup Maker modal with an AdButler zone.
# Not labelled: menus, search, night-mode toggle, author bio text and org logo, empty zox-posts-nav-link and
# zox-post-more-wrap divs, footer link columns except 'Stay Intouch', legal line, back-to-top.
M="/html/body/div[2]/div[3]/div[2]/div/div/div"
AR=M+"/article/div"
PB=AR+"/div[2]/div[1]/div/div[1]/div[2]"
SB=AR+"/div[2]/div[1]/div/div[2]/div/div"
FT=M+"/article/footer"
related=[
 R(PB+"/div[1]/p[36]", "Related", 1, "after", note="'Related: Cybersecurity M&A Roundup: 40 Deals Announced in September 2025' line after the text"),
 R(PB+"/div[1]/p[37]", "Related", 1, "after", note="'Related: Cybersecurity M&A Roundup: 27 Deals Announced in August 2025' line"),
 R(PB+"/div[2]/div/div[3]/ul[1]", "More from Eduard Kovacs", 8, "after", note="'More from Eduard Kovacs' list of 8 stories (heading h2 is its preceding sibling)"),
 R(PB+"/div[2]/div/div[3]/ul[2]", "Latest News", 8, "after", note="'Latest News' list of 8 stories (heading h2 is its preceding sibling)"),
 R(SB+"/div[1]", "Trending", 0, "outside", amb=True, note="right-column 'Trending' heading over an empty WordPress Popular Posts placeholder (filled by script)"),
 R(SB+"/div[6]", "People on the Move", 3, "outside", amb=True, note="right-column 'People on the Move': 3 unlinked one-line briefs and a 'More People On The Move' link"),
 R(SB+"/div[7]", "Expert Insights", 5, "outside", note="right-column 'Expert Insights' with 5 column teasers"),
]
ctas=[
 C("follow", "Connect with us", "outside", "/html/body/div[2]/div[1]/div[3]", amb=True, note="'Connect with us' icons in the hidden fly-out menu"),
 C("share", "Flipboard Reddit Whatsapp Whatsapp Email", "before", AR+"/div[1]/div/div/header/div/div/div[2]", note="share icons (Facebook/Twitter/copy + more) beside the byline"),
 C("follow", "", "after", PB+"/div[2]/div/div[2]/div[2]/div[3]", amb=True, note="author-box Twitter/LinkedIn links of the author"),
 C("newsletter", "Daily Briefing Newsletter Subscribe to the SecurityWeek Email Briefing", "outside", SB+"/div[3]", note="right-column 'Daily Briefing Newsletter' form"),
 C("other", "Webinar Series: CISO Forum 2026 Outlook January 14 & 21, 2026", "outside", SB+"/div[4]", note="right-column event promo with 'Register' button"),
 C("other", "Call for Speakers: Ransomware Resilience & Recovery 2026 Virtual Summit", "outside", SB+"/div[5]", note="right-column call-for-speakers promo with 'Submit' button"),
 C("share", "Flipboard Reddit Whatsapp Whatsapp Email", "before|outside", AR+"/div[2]/div[2]", note="floating share bar (zox-post-soc-scroll)"),
 C("follow", "", "outside", FT+"/div[1]/div/div[2]", note="footer social icons"),
 C("follow", "", "outside", "/html/body/div[2]/div[3]/div[2]/header/div[1]/div/div/div[1]", note="header top-left Facebook/Twitter/LinkedIn profile icons (left out at first; added when set K was read)"),
 C("follow", "Stay Intouch Cyber Weapon Discussion Group RSS Feed Security Intelligence Group Follow SecurityWeek on LinkedIn", "outside", FT+"/div[2]/div/div[1]/div[3]", amb=True, note="footer 'Stay Intouch' column (LinkedIn groups, RSS, follow on LinkedIn)"),
 C("contact", "News Tips Got a confidential news tip? We want to hear from you. Submit Tip", "outside", FT+"/div[2]/div/div[2]/div[1]", note="footer 'News Tips' box with 'Submit Tip'"),
 C("contact", "Advertising Reach a large audience of enterprise cybersecurity professionals Contact Us", "outside", FT+"/div[2]/div/div[2]/div[2]", amb=True, note="footer 'Advertising' box (advertise-with-us contact)"),
 C("newsletter", "Daily Briefing Newsletter Subscribe to the SecurityWeek Daily Briefing", "outside", FT+"/div[2]/div/div[3]", note="footer newsletter form"),
 C("newsletter", "Daily Briefing Newsletter Subscribe to the SecurityWeek Email Briefing", "outside", "/html/body/div[2]/div[5]", note="fade-up 'Daily Briefing Newsletter' bar with close button"),
]
ads=[
 A("/html/body/div[2]/div[3]/div[1]", "before|outside", "empty zox-lead-top leaderboard wrapper at the top of the page", amb=True),
 A(M+"/div", "before|outside", "AdButler zone (sw-ads-top) above the article"),
 A(PB+"/div[1]/div", "inline", "'Advertisement. Scroll to continue reading.' AdButler slot after the third paragraph"),
 A(SB+"/div[2]", "outside", "right-column AdButler zone (text-5 widget)"),
 A(AR+"/div[4]", "after", "AdButler zone (sw-footer-ads) under the article"),
 A("/html/body/div[2]/div[6]", "outside", "Popup Maker 'welcome-popup-ad' modal holding an AdButler zone"),
]
