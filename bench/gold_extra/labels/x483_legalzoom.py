from _dsl import *
FILE="wcxb/html/4267.html.gz"
# LegalZoom (Astro/Builder.io) article 'How to Start an LLC in New York' (the markup nests the whole page inside the header
# nav): header (logo, Business / Personal / Attorneys / Forms / Support mega-menus, search mount, phone number, 'Sign in',
# mobile menu); empty lazy chat mount; hero ('Trusted by 4M+ businesses', h1 'Form your New York LLC today', 'Learn more
# about forming an LLC' jump link); three pricing packages (Basic / Pro / Premium with buttons) and a Trustpilot
# 'Excellent' rating; sticky container with the '25th anniversary sale' pencil banner and a sub-bar ('LLC State
# Requirements', 'Start My LLC'); article column: byline with author bio, date, read time, table of contents, text blocks
# with a video, four in-text 'Start My LLC' promo banners, a note box, a 'Start an LLC in Any State' list of 50 state
# guides, 'Why choose LegalZoom' and FAQ sections; 'Ready to start your business? … Start My LLC' box; share icons
# (Twitter, Facebook, LinkedIn); disclaimer; 'You
# may also like' (7 state guides); sticky right column with a Trustpilot reviews carousel; footer (back-to-top, newsletter
# form, 'Browse legal and business terms' A-Z, Company / Support / Learn more link groups, social icons, legal text,
# privacy choices). No ad slots and no ad configuration.
# Not labelled: mega-menus and mobile menu, search mount, 'Sign in', byline and author bio (with its 'Read more...' expander), table of contents, video
# embed, note box, 'Start an LLC in Any State' list of 50 state pages (a site directory: convention 6), 'Why choose
# LegalZoom' section (body, kept by wcxb), disclaimer, Trustpilot rating and reviews carousel (testimonials, no ask),
# back-to-top, glossary A-Z, footer link groups (incl. 'Contact'), legal text, privacy choices, empty experiments tracker.
NV="/html/body/article/astro-island/header/nav/div[2]"
PG=NV+"/div[3]/div"
MC=PG+"/div[3]/div/div[2]/div/div[1]"
AB=MC+"/div[4]"
related=[
 R(MC+"/div[7]", "You may also like", 7, "after", note="'You may also like' list of 7 other state LLC guides under the disclaimer"),
]
ctas=[
 C("contact", "(855) 787-1922", "outside", NV+"/div[2]/div[1]", amb=True, note="header phone number (tel: link) beside 'Sign in'"),
 C("contact", "", "outside", NV+"/growth-lazy-chat", amb=True, note="empty lazy chat widget mount (script-filled)"),
 C("other", "Trusted by 4M+ businesses Form your New York LLC today Learn more about forming an LLC", "before", PG+"/div[1]", amb=True, note="sales hero above the article: badge, the page's only h1 'Form your New York LLC today' and a jump link to the text (a funnel headline; a reader could take it for the title)"),
 C("other", "Self-Guided Tools Basic $0 + state filing fees Only articles of organization filed with the state", "before", PG+"/div[2]", note="three LLC pricing packages (Basic / Pro / Premium) with order buttons and a Trustpilot 'Excellent' rating, above the article"),
 C("other", "Don't miss our 25th anniversary sale", "outside", PG+"/div[3]/div/div[1]/growth-pencil-banner", note="closable sticky pencil banner: 25% off business formations"),
 C("other", "LLC State Requirements Start My LLC", "outside", PG+"/div[3]/div/div[1]/div", note="sticky sub-bar with 'Start My LLC' button"),
 C("other", "Launch your business,", "inline", AB+"/div[4]", note="in-text promo banner with 'Start My LLC' button"),
 C("other", "LegalZoom makes business", "inline", AB+"/div[10]", note="in-text promo banner with 'Start My LLC' button"),
 C("other", "You focus on growth.", "inline", AB+"/div[12]", note="in-text promo banner with 'Start My LLC' button"),
 C("other", "Ready to start your LLC? LegalZoom can help you file your state's formation paperwork", "inline", AB+"/div[15]", note="in-text promo banner with 'Start My LLC' button, before 'Why choose LegalZoom'"),
 C("other", "Ready to start your business? Plans start at $0 + filing fees. Start My LLC", "after", MC+"/div[5]", note="'Ready to start your business?' box with 'Start My LLC' button under the text"),
 C("share", "", "after", MC+"/div[6]", note="share icons (Twitter, Facebook, LinkedIn) under the 'Ready to start your business?' box"),
 C("newsletter", "Get helpful tips and info from our newsletter!", "outside", PG+"/div[4]/footer/div/astro-island[1]", note="footer newsletter form"),
 C("follow", "", "outside", PG+"/div[4]/footer/section[1]/div/div/div/div", note="footer social icons (Instagram, YouTube, LinkedIn, Facebook, Twitter)"),
]
ads=[]
