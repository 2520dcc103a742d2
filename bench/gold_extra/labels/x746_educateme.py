from _dsl import *
FILE="wcxb/html/0357.html.gz"
# EducateMe (LMS SaaS, Webflow) blog article 'Top 10 eLearning Companies Taking the Stage in 2025 and Beyond': header
# (mobile menu drawer with 'Sign in' / 'Start free trial' buttons and the menu sections; desktop navbar: logo, mega-menu
# Features / Solutions / Resources with drop-down panels, the Features panel ending in 'All features' / 'Changelog', the
# Resources panel in a 'Book free L&D consultation' button; Customers, Pricing; action bar 'Book a demo' (desktop-only) /
# 'Start fee trial' / 'Book a demo' (hide-on-desktop) / burger icon); post hero (Published date, category, h1, author,
# read time); article column (hidden 'Listen to this article' audio player, drop cap, text: intro, list of companies,
# ten '#N.' entries with '<X> in brief' feature lists; in the #1 EducateMe entry a blockquote 'EducateMe offers a free
# trial…' linking the sign-up and two empty GetSiteControl inline mounts; a blockquote 'You may also be interested: Best
# Course Creation Software'; Conclusion ending in the pitch 'If you're ready to build your tutoring business… we're here to
# guide you through the process.' with no link); hidden empty 'Our top picks' collection; right sidebar 'Related articles'
# (w-condition-invisible, 'No items found.'); 'Keep Learning' band with 'All posts →' (w-condition-invisible, 'No items
# found.'); footer (logo, social icons Twitter / LinkedIn / Facebook, 'Legal' links, 'Backed by' logos, Solutions /
# Features / Resources link columns, copyright). GetSiteControl script in the head (a widget pop-up form with no box in
# the HTML), Mixpanel tracking scripts. No ads, no ad configuration.
# Not labelled: menus (mobile drawer sections, mega-menu panels and their 'All features' / 'Changelog' buttons,
# Customers, Pricing), 'Sign in' link (beside the trial button, inside the mobile bar item), the burger icon, category
# link, author line, the hidden audio player (listen feature, not an ask), in-sentence links of the text (company sites,
# 'Docebo', 'eLearning training companies', 'future of education technology', 'market size'), the hidden empty 'Our top
# picks' collection (an empty shell, body intro of picks), footer link columns (Resources mixes 'Get a demo' and 'Contact
# us' among Blog / Glossary / Help center: menu, 9.7), 'Backed by' investor logos, legal links, the GetSiteControl pop-up
# (script only, no box: 10.11).
HB="/html/body/div[1]/div[2]/div[3]"
BD="/html/body/div[2]/div/div[2]/div[1]/div/div/div/div[3]"
related=[
 R(BD+"/blockquote[2]", "You may also be interested:", 1, "inline", note="blockquote 'You may also be interested: Best Course Creation Software' set apart under 'Marketplaces for Selling Online Courses' (lead-in ending in ':' + link, 10.10/11.4)"),
 R("/html/body/div[2]/div/div[2]/div[2]/div", "Related articles", 0, "outside", amb=True, note="right sidebar div#related-articles-side 'Related articles': w-condition-invisible, its collection list empty ('No items found.'); a script only fades it in on scroll (empty related mount, as x728/x648)"),
 R("/html/body/div[3]", "Keep Learning", 0, "after|outside", amb=True, note="'Keep Learning' band with 'All posts →' button under the article: w-condition-invisible read-more-posts, collection list empty ('No items found.')"),
]
ctas=[
 C("other", "Book a demo Start fee trial Book a demo", "outside", HB, note="header action bar: 'Book a demo' (desktop-only), 'Start fee trial' (sign-up), 'Book a demo' (hide-on-desktop), burger; demo and trial asks (convention 4, 9.2; as x729)"),
 C("other", "Book a demo", "outside", HB+"/a[1]", amb=True, note="desktop 'Book a demo' button of the action bar (9.2; 10.7 demo = other)"),
 C("other", "Start fee trial", "outside", HB+"/a[2]", amb=True, note="'Start fee trial' sign-up button of the action bar (9.2; 11.7 trial = other)"),
 C("other", "Book a demo", "outside", HB+"/a[3]", amb=True, note="hide-on-desktop copy of the 'Book a demo' button (9.3)"),
 C("other", "Sign in Start free trial", "outside", "/html/body/div[1]/div[1]/div[2]", amb=True, note="'Sign in' / 'Start free trial' buttons at the top of the mobile menu drawer (hidden mobile copy, 9.3)"),
 C("contact", "Book free L&D consultation", "outside", "/html/body/div[1]/div[2]/div[2]/div/div[4]/div/div/div[3]/div[2]/a", amb=True, note="'Book free L&D consultation' button at the foot of the Resources mega-menu panel (hidden drop-down; a consultation is contact, 9.6)"),
 C("other", "EducateMe offers a free trial with full access to all features - including its powerful AI assistant", "inline", BD+"/blockquote[1]", note="blockquote in the #1 EducateMe entry whose 'free trial' link goes to the sign-up (an ask on a line set apart, 10.1)"),
 C("other", "", "inline", BD+"/div[1]", amb=True, note="empty w-embed holding div[data-getsitecontrol-inline=425378] after the EducateMe feature list: a GetSiteControl inline widget mount a script fills (10.9)"),
 C("other", "", "inline", BD+"/div[2]", amb=True, note="second empty GetSiteControl inline mount (data-getsitecontrol-inline=490353) right after the first, before '#2. Gurucan' (10.9)"),
 C("other", "If you're ready to build your tutoring business on top of future-ready technologies and integrations, we're here", "after", BD+"/p[29]", amb=True, note="closing pitch sentence of the Conclusion with no link or button (as x705/x724)"),
 C("follow", "", "outside", "/html/body/footer/div/div[1]/div[1]/div[1]", note="footer social icons (Twitter, LinkedIn, Facebook)"),
]
ads=[]
