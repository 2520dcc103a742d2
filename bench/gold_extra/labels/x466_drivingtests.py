from _dsl import *
FILE="wcxb/html/0018.html.gz"
# Driving-Tests.org (WordPress 'showtime' theme, v2 article template) guide 'Need a Change? 7 Vital Tips on How to Rent a
# Car': header (logo, state and vehicle selectors, 'Premium Login' link, 'Pass the first time, guaranteed' premium button
# with vehicle drop-down, hamburger); hidden fold-out menu (state select, Help Center / Contact us, three per-vehicle 'Pass
# with Premium, Guaranteed' buttons, 'Premium login'); reading-progress bar; hero (category, date, h1, author); article
# text (intro, h2 sections, an inset 'vrezka' promo line for the free practice test, 7-step list with two YouTube players,
# closing lines); star-rating widget ('84% of people found this article helpful. Click a star to add your vote');
# 'Free DMV Practice Tests' grid of 51 state links; right sticky sidebar (empty 'On this page' TOC, 'Share' buttons,
# 'Test Your Knowledge' / 'Start Free Test' box, dark-mode toggle); Premium banner under the article ('Pass your driver's
# test. Guaranteed.' / 'Tell me more'); 'Up next' band of 3 article cards; theme / back-to-top buttons; empty lightbox;
# sticky bottom banner ('Ace your DMV test on the first try. Guaranteed.' / 'Get started'); footer (tagline, Facebook /
# Instagram / Twitter icons, Car / Commercial / About / Resources columns with DMV Genie and CDL Genie app badges, EE
# network links, Help Center, terms). No ads, no ad configuration (only gtag analytics).
# Not labelled: state/vehicle selectors (header and fold-out), 'Premium Login' links, fold-out Help Center / Contact us
# links and the CDL / motorcycle variants of its premium button (a[2], a[3], shown only for those vehicles), TOC,
# theme toggles, back-to-top, lightbox, 'Free DMV Practice Tests' state grid (a site directory), footer link columns
# (incl. 'Contact Us' and the e-mail address in the About column, Help Center), EE network links.
AT="/html/body/div[2]/section/section/section/div[2]"
BD=AT+"/div[2]/main"
SB=AT+"/div[2]/aside/div"
related=[
 R(AT+"/section[2]", "Up next", 3, "after", note="'Up next' band under the article: 3 image cards (How to Pass Your Driving Test, Uber Driver Requirements, Distracted Driving 101)"),
]
ctas=[
 C("subscribe", "Pass the first time, guaranteed", "outside", "/html/body/header/div/ul/li[2]", note="header Premium button 'Pass the first time, guaranteed' with its Car / CDL / Motorcycle drop-down"),
 C("subscribe", "Pass with Premium, Guaranteed", "outside", "/html/body/div[1]/div/div[1]/a[1]", amb=True, note="hidden fold-out menu: car variant of the 'Pass with Premium, Guaranteed' button (the CDL and motorcycle variants a[2], a[3] are shown only on those sections)"),
 C("other", "You’re reading one of our “Beginner Driver’s Guide” articles. Need to practice for your upcoming exam?", "inline", BD+"/div[1]/p[3]", note="inset promo line (p.vrezka) after the first section: 'Take our free sample driving test – no registration required!' (left out of the wcxb ground truth)"),
 C("other", "84% of people found this article helpful . Click a star to add your vote", "after", BD+"/div[2]", amb=True, note="star-rating widget under the text (a vote prompt rather than an ask to act)"),
 C("share", "Share", "outside", SB+"/div[1]", note="right sticky sidebar 'Share' widget: Twitter, Facebook, LinkedIn, copy-link buttons"),
 C("other", "Test Your Knowledge Practice with real exam-like DMV questions and pass your test on the first try. Start Free Test", "outside", SB+"/div[2]", note="right sticky sidebar promo box 'Test Your Knowledge' with 'Start Free Test' button"),
 C("subscribe", "Pass your driver's test. Guaranteed. Be fully prepared in days, not weeks with Premium. Tell me more", "after", AT+"/section[1]", note="Premium banner under the article, before 'Up next'"),
 C("subscribe", "Ace your DMV test on the first try. Guaranteed. Get started", "outside", "/html/body/div[2]/section/section/section/div[4]", note="sticky bottom banner (#bottom-banner) for Premium with 'Get started' button"),
 C("follow", "", "outside", "/html/body/footer/div/div[1]/dl[2]", note="footer Facebook / Instagram / Twitter icons"),
 C("app", "DMV Genie iOS app DMV Genie Android app", "outside", "/html/body/footer/div/nav/dl[1]/dd[2]", amb=True, note="App Store / Google Play badges for DMV Genie inside the footer 'Car' column"),
 C("app", "CDL Genie iOS app CDL Genie Android app", "outside", "/html/body/footer/div/nav/dl[2]/dd[3]", amb=True, note="App Store / Google Play badges for CDL Genie inside the footer 'Commercial' column"),
]
ads=[]
