from _dsl import *
FILE="wcxb/html/0462.html.gz"
# SiliconANGLE (WordPress) theCUBE-coverage article 'How Google Cloud is shaping the enterprise AI inference moment':
# sticky header (logo, tagline, search, section menu, mobile copies); hidden top event-banner carousel (four theCUBE event
# banners 'SAM_ad_banner…'); left gutter 'SHARE' dropdown; 'Coverage from SiliconANGLE's livestreaming video studio' badge;
# date, lead image, title, author, 'SHARE' dropdown; text with h3 sections, an in-text coverage line 'This feature is part
# of SiliconANGLE Media's ongoing coverage of … container platforms …', a closing disclosure and image credit; an
# after-content box 'A message from John Furrier, co-founder of SiliconANGLE:' (join theCUBE's Alumni Trust Network, About
# SiliconANGLE Media); 'LATEST STORIES' (desktop carousel of 6, mobile list copy); right sidebar ('CUBE EVENT COVERAGE'
# live-feed loader, 'LATEST FROM THECUBE' 5 links, 'Dive into Dave Vellante's Breaking Analysis series' 5 posts, side
# event-banner carousel 'SAM_ad_square…', 'Sign Up for Our Weekly Newsletter' SUBSCRIBE, 'UPCOMING CUBE EVENTS' loader,
# 'RECENT CUBE EVENTS' 5 event pages); footer (menu incl. Contact Us / Send us a News tip, copyright, 'JOIN OUR COMMUNITY'
# theCUBE / theCUBE Research); hidden modals (news tip form, AWS startup-showcase banner, sign in / sign up, join us, bio /
# ethics, newsletter popup, contact options, theCUBE contact form, guest inquiry form); cookie notice. No GPT/AdSense;
# the event banners are the site's own house ads.
# Not labelled: menus, search, coverage badge, byline, in-text links, disclosure paragraph (no sponsor message), image
# credit, footer menu links (incl. Contact Us / News tip), the bio / ethics modal, the cookie notice, tracking scripts.
# The after-content box sits in an Advanced-Ads-style wrapper ('silic-after-content', id 'silic-…'); it holds the site's
# own appeal, labelled as a CTA (11.1).
B="/html/body/div/div/div[2]/div[2]"
M=B+"/div[3]/main"
SB=B+"/div[3]/aside/div/div"
FT=B+"/footer"
related=[
 R(M+"/div[5]/div[1]", "LATEST STORIES", 6, "after", note="'LATEST STORIES' carousel under the article (desktop copy, hide_on_mobile hide_on_tablet): 6 stories"),
 R(M+"/div[5]/div[2]", "LATEST STORIES", 6, "after", amb=True, note="mobile/tablet list copy of 'LATEST STORIES' (hide_on_dsktp, 9.3)"),
 R(SB+"/aside[1]", "CUBE EVENT COVERAGE", 0, "outside", amb=True, note="sidebar 'CUBE EVENT COVERAGE' live-feed embed, only a spinner in the HTML (unrendered mount, 10.9)"),
 R(SB+"/aside[2]/div/div", "LATEST FROM THECUBE", 5, "outside", note="sidebar 'LATEST FROM THECUBE' list of 5 theCUBE stories (the first is this article)"),
 R(SB+"/aside[3]/div[1]/div/div/div[1]/div", "DIVE INTO DAVE VELLANTE'S BREAKING ANALYSIS SERIES", 5, "outside", note="sidebar Breaking Analysis special-report box: 5 posts (the title line is hidden, an image heading shows)"),
 R(SB+"/aside[3]/div[1]/div/aside[2]/div/div", "UPCOMING CUBE EVENTS", 0, "outside", amb=True, note="sidebar 'UPCOMING CUBE EVENTS' loader (spinner, hidden SEE MORE), filled by script (10.6/10.9)"),
 R(SB+"/aside[3]/div[1]/div/aside[2]/div/aside/div/div", "RECENT CUBE EVENTS", 5, "outside", amb=True, note="sidebar 'RECENT CUBE EVENTS' band: 5 event pages (AWS re:Invent 2025, Microsoft Ignite 2025, SC25, Refresh, QAD) linking to event tag pages (10.6)"),
]
ctas=[
 C("share", "SHARE", "before|outside", "/html/body/div/div/div[2]/div[1]/div", note="left-gutter 'SHARE' dropdown with social sharing list (desktop)"),
 C("share", "SHARE", "before", M+"/div[3]/div[2]", note="'SHARE' dropdown beside the byline under the title"),
 C("read_more", "This feature is part of SiliconANGLE Media's ongoing coverage of enterprise AI infrastructure", "inline", M+"/div[4]/div/p[5]", amb=True, note="in-text coverage line linking to the 'Passport to Containers' event coverage page (a 'full coverage at' line written as a paragraph of the text; kept in the wcxb ground truth)"),
 C("other", "A message from John Furrier, co-founder of SiliconANGLE: Support our mission to keep content open and free", "after", M+"/div[4]/div/div", note="after-content appeal box 'A message from John Furrier': join theCUBE's Alumni Trust Network, plus About SiliconANGLE Media (plugin block holding the site's own promo, 11.1)"),
 C("newsletter", "Sign Up for Our Weekly Newsletter SUBSCRIBE", "outside", SB+"/aside[3]/div[1]/div/aside[1]", note="sidebar 'Sign Up for Our Weekly Newsletter' with SUBSCRIBE button"),
 C("other", "JOIN OUR COMMUNITY theCUBE theCUBE Research", "outside", FT+"/div[2]/div/div/nav/div/ul[2]/li", amb=True, note="footer 'JOIN OUR COMMUNITY' links to theCUBE and theCUBE Research"),
 C("contact", "Send us a News Tip", "outside", FT+"/div[3]", amb=True, note="hidden 'Send us a News Tip' modal with Gravity Forms form (9.5)"),
 C("other", "SIGN IN Remember me LOGIN Forgot Password? OR New User? SIGN UP", "outside", FT+"/div[5]", amb=True, note="hidden sign-in / sign-up modal (9.5, 11.7)"),
 C("other", "SIGN UP Continue with Email", "outside", FT+"/div[6]", amb=True, note="hidden 'join us' sign-up modal (9.5)"),
 C("follow", "EXTRACT THE SIGNAL FROM THE NOISE Like Free Content? Subscribe to follow. Subscribe", "outside", FT+"/div[8]", amb=True, note="hidden newsletter-popup modal whose 'Subscribe' button is an X/Twitter follow intent (9.5)"),
 C("contact", "CONTACT US Click here to inquire about guest posts Click here for all other inquiries", "outside", FT+"/div[9]", amb=True, note="hidden 'CONTACT US' options modal (9.5)"),
 C("contact", "CONTACT US NAME OF INDIVIDUAL* NAME OF COMPANY* EMAIL*", "outside", FT+"/div[10]", amb=True, note="hidden theCUBE contact-form modal (9.5)"),
 C("contact", "CONTACT US NAME OF INDIVIDUAL* NAME OF COMPANY* EMAIL* COMMENTS*", "outside", FT+"/div[11]", amb=True, note="hidden guest-inquiry contact-form modal (9.5)"),
]
ads=[
 A("/html/body/div/div/div[1]/div", "before|outside", amb=True, note="top event-banner carousel (#top-banners, class 'hide' until a script shows it): four theCUBE event banners, image files 'SAM_ad_banner…' (house ads)"),
 A(SB+"/aside[3]/div[1]/div/div/div[2]", "outside", amb=True, note="amb: no ad markup, only the image file names (convention 3); sidebar event-banner carousel (#side-banners, desktop): four theCUBE event squares, image files 'SAM_ad_square…' (house ads)"),
 A(FT+"/div[4]", "outside", amb=True, note="hidden 'aws-promo-modal' with an AWS startup-showcase banner (utm_medium=banner): interstitial promo overlay (10.14), purpose only guessed"),
]
