from _dsl import *
FILE="wcxb/html/0232.html.gz"
# UXCam Blog (uxcam.com, Gatsby / emotion CSS; product-analytics SaaS) post 'Mobile UX Design: The Ultimate Guide 2025':
# fixed bottom slide-in bar shown below 768px only ('4.7 STARS ON G2 / Try our product analytics for free. No card
# required. / Try UXCam for free'); header (logo; Why UXCam / Product / Solutions / Resources mega-menus, Pricing; desktop
# bar 'Login' / 'Start free trial' / 'Get a demo' (display:none below 992px); mobile-only 'Get a demo' button and burger
# (display:none from 992px); collapsed mobile menu panel (height 0, hidden from 992px) with the menu and a 'Start free
# trial' / 'Get a demo' pair); article column ('Back to blog', 'BLOG / Article', read time, category chip, h1, date,
# author, hero image; text: intro, blockquote, summary table, sections with images, an empty iframe embed box, an in-text
# Academy course banner 'Mastering Mobile App Product Management / Upskill for free ... / Get certified for free' after a
# sentence recommending the course, best practices, 'FAQ' block (one answer ends 'Find a full list of UX methods here'),
# then an h4 'Related Articles:' over 11 one-link paragraphs to blog posts, no container of their own); author box
# (no links); empty sticky right column (desktop only, nothing in the HTML); band 'What's UXCam?' (six link-less feature
# tiles); 'Start Analyzing Smarter' box with 'Start free trial' button and an empty logo strip; 'Related articles' band of
# 3 post cards; footer ('What is UXCam?' blurb with 'Try UXCam free' / 'Request a Demo' buttons; WHY UXCAM / COMPANY /
# PRODUCT / USE CASES / TEAMS / INDUSTRIES / COMPANY SIZES / RESOURCES / SUPPORT / COURSES link columns; SOC 2 badge;
# logo and Instagram / LinkedIn / YouTube icons; legal links, cookie preferences).
# No ads and no ad markup on the page.
# Not labelled: mega-menus and their mobile copies, 'Pricing', 'Login', 'Back to blog', category chips, byline, in-sentence
# links to product pages and outside sources ('session replay', 'heatmaps', 'UXCam', lukew.com), the empty embed box, the
# FAQ accordion (body), author box, empty sticky right column (no mount name), the empty logo strip, footer link columns
# (COURSES links the same Academy course among menu links), SOC 2 badges, legal links, 'Cookie preferences'.
HN="/html/body/div/div[1]/div/div[1]/header"
C1="/html/body/div/div[1]/div/div[2]"
T=C1+"/div[1]/div/div[1]/section/div"
FT="/html/body/div/div[1]/div/footer/div"
RL="Related Articles:"
related=[
 R(T+"/div[15]/div[3]/div/p", None, 1, "inline", amb=True, note="FAQ answer 'How do you do mobile UX research?' ending 'Find a full list of UX methods here' linking to the post 'What is UX Analytics?': a pointer written into an ordinary sentence (10.10, 11.4: amb)"),
 R(T+"/p[95]", RL, 11, "after", note="first of a run of 11 one-link paragraphs (p[95]-p[105]) under the h4 'Related Articles:' closing the text, no container of their own: one block labelled on its first line (9.1, as x311 / x338); 'Mobile UX best practices'"),
 R(T+"/p[96]", RL, 1, "after", amb=True, note="'10 Best app design practices for app development': a line of the run labelled on p[95] (9.1)"),
 R(T+"/p[97]", RL, 1, "after", amb=True, note="'What is UX Analytics?': a line of the run labelled on p[95] (9.1)"),
 R(T+"/p[98]", RL, 1, "after", amb=True, note="'Best behavioral analytics tools to optimize mobile app UX': a line of the run (9.1)"),
 R(T+"/p[99]", RL, 1, "after", amb=True, note="'Top 8 android analytics tools': a line of the run (9.1)"),
 R(T+"/p[100]", RL, 1, "after", amb=True, note="'Best UX Tools': a line of the run (9.1)"),
 R(T+"/p[101]", RL, 1, "after", amb=True, note="'Push Notification UX: The Full Guide': a line of the run (9.1)"),
 R(T+"/p[102]", RL, 1, "after", amb=True, note="'The Complete Overview: Gestalt Principles': a line of the run (9.1)"),
 R(T+"/p[103]", RL, 1, "after", amb=True, note="'\u201cPlease Reconnect\u201d \u2014 Offline UX in Mobile Apps': a line of the run (9.1)"),
 R(T+"/p[104]", RL, 1, "after", amb=True, note="'How to Conduct Mobile App Usability Testing': a line of the run (9.1)"),
 R(T+"/p[105]", RL, 1, "after", amb=True, note="'5 Best Mobile App Usability Testing Tools to improve UX': last line of the run (9.1)"),
 R(C1+"/div[4]", "Related articles", 3, "after|outside", note="'Related articles' band of 3 post cards under the article (Auditoria de UX ..., UX Audit - How to Conduct One ..., 12 UX Metrics to Measure and Enhance User Experience)"),
]
ctas=[
 C("other", "4.7 STARS ON G2 Try our product analytics for free. No card required. Try UXCam for free", "outside", "/html/body/div/div[1]/div/div[1]/div[1]", amb=True, note="fixed bottom slide-in trial bar 'Try our product analytics for free ... Try UXCam for free', display:none from 768px (mobile-only sticky bar, 9.8)"),
 C("other", "Login Start free trial Get a demo", "outside", HN+"/div[3]/nav/ul[2]", note="desktop header bar 'Login' / 'Start free trial' / 'Get a demo' (trial and demo buttons: plain `other`, 11.7; one CTA on the bar, 9.2, as x714)"),
 C("other", "Start free trial", "outside", HN+"/div[3]/nav/ul[2]/a[1]", amb=True, note="'Start free trial' button of the header bar (9.2)"),
 C("other", "Get a demo", "outside", HN+"/div[3]/nav/ul[2]/a[2]", amb=True, note="'Get a demo' button of the header bar (9.2)"),
 C("other", "Get a demo", "outside", HN+"/div[3]/nav/ul[3]", amb=True, note="mobile header 'Get a demo' button beside the burger, display:none from 992px (9.3)"),
 C("other", "Start free trial Get a demo", "outside", HN+"/nav/div/ul[2]", amb=True, note="'Start free trial' / 'Get a demo' pair in the collapsed mobile menu panel (height 0, hidden from 992px; 9.3)"),
 C("other", "Mastering Mobile App Product Management Upskill for free Career growth Expert Instructors Practical Insights", "inline", T+"/section", note="in-text Academy course banner 'Mastering Mobile App Product Management' with 'Get certified for free' button (the site's own course promo, after 'we recommend enrolling in our course ...'; as x647 / x648's in-text promo boxes)"),
 C("other", "What\u2019s UXCam? Customizable Dashboards", "after|outside", C1+"/div[2]", amb=True, note="'What's UXCam?' band of six link-less product feature tiles under the article, no button or link (a product pitch with no control, as x705's pitch lines)"),
 C("other", "Start Analyzing Smarter Discover why over teams across 50+ countries rely on UXCam. Try it free for 30 days", "after|outside", C1+"/div[3]", note="'Start Analyzing Smarter' trial box with 'Start free trial' button (to app.uxcam.com/signup) under the feature band"),
 C("other", "Try UXCam free Request a Demo", "outside", FT+"/div[1]/div[1]/div[2]", note="footer bar 'Try UXCam free' / 'Request a Demo' under the 'What is UXCam?' blurb (11.7, 9.2)"),
 C("other", "Try UXCam free", "outside", FT+"/div[1]/div[1]/div[2]/a[1]", amb=True, note="'Try UXCam free' button of the footer bar (9.2)"),
 C("other", "Request a Demo", "outside", FT+"/div[1]/div[1]/div[2]/a[2]", amb=True, note="'Request a Demo' button of the footer bar (9.2, 10.7)"),
 C("follow", "", "outside", FT+"/div[3]/div[2]/div", note="footer Instagram / LinkedIn / YouTube profile icons beside the logo"),
]
ads=[]
