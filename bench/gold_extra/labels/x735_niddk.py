from _dsl import *
FILE="wcxb/html/4121.html.gz"
# NIDDK (niddk.nih.gov, US government health information) page 'Some Myths about Nutrition & Physical Activity': header
# (skip link; site alert 'The information provided on niddk.nih.gov is not being updated. Please refer to nih.gov.';
# .gov banner with hidden 'Here's how you know' panel; logo, mobile Search / Menu buttons, site search with scope menu;
# sticky mega-menu Research & Funding / Health Information / News (incl. 'Follow Us') / About NIDDK (incl. 'Contact
# Us')); breadcrumb row with a mobile 'Related Topics' button and a language drop-down; two columns: left section
# navigation 'Weight Management' (14 topic pages, several with collapsed child pages, the current page as text) and the
# article (h1; text: intro, 'Food Myths' and 'Physical Activity Myths' as Myth / Fact / TIP paragraphs with three
# figures and two aside boxes, the standard 'Clinical Trials' section; dictionary-term links and source links in the
# sentences; pointer sentences closing some paragraphs: 'Read about food portions and how much food is enough for you.',
# 'Learn more about the dairy group.', 'Read Healthy Eating Tips for Vegetarians for more information.', 'Check out
# ChooseMyPlate for more tips to help you add whole grains ...', 'Find out if clinical trials are right for you.');
# 'Last Reviewed April 2017'; 'Share this page' row (Print, Facebook, X, Email, More Options, WhatsApp, LinkedIn, Reddit,
# Pinterest, Copy Link); 'Alternate Versions: Español'; disclaimer and acknowledgments); footer (tagline; policy links;
# utility links Site Map / For Staff Only / Get Email Updates (GovDelivery); related government sites; an empty
# <niddk-chatcontrol> live-chat mount with chatbeacon script URLs). No ads (government site).
# Not labelled: skip link, the site alert (a notice pointing to nih.gov, no ask), .gov banner, search, mega-menu (its
# 'Follow Us' and 'Contact Us' entries among menu links), breadcrumbs, the mobile 'Related Topics' button (opens the
# left navigation), language drop-down, dictionary-term links, source links on terms inside sentences ('Dietary
# Guidelines for Americans', 'If you can't digest lactose', 'one made up of foods that come mostly from plants', the
# aside's 'registered dietitian', 'ClinicalTrials.gov', the PDF guidelines), 'Last Reviewed', 'Alternate Versions'
# (a language version of this page), disclaimer, footer policy and related-site links, 'Site Map', 'For Staff Only'.
ART="/html/body/div/main/div/div[2]/article"
T=ART+"/div[1]"
related=[
 R("/html/body/div/main/div/div[2]/nav", "Weight Management", 39, "outside", amb=True, note="left section navigation 'Weight Management' (aria-label 'Section navigation'): 14 topic pages with collapsed child pages, 39 links to health-information articles; its mobile toggle is labelled 'Related Topics', but it is the section's page tree (convention 6 against 10.4: amb)"),
 R(T+"/p[8]/a", None, 1, "inline", amb=True, note="'Check out ChooseMyPlate for more tips to help you add whole grains to your eating plan.' closing a TIP paragraph, link on 'tips to help you add whole grains' (choosemyplate.gov): a pointer written into an ordinary sentence (10.10: amb)"),
 R(T+"/p[13]/a[3]", None, 1, "inline", amb=True, note="'Read about food portions and how much food is enough for you.' closing the fats Fact paragraph, linking to the site's page 'Food Portions: Choosing Just Enough for You' (10.10: a pointer sentence inside the paragraph, amb)"),
 R(T+"/p[16]/a[3]", None, 1, "inline", amb=True, note="'Learn more about the dairy group.' closing the dairy Fact paragraph, linking to choosemyplate.gov's dairy page (another site; 10.10)"),
 R(T+"/p[21]/a", None, 1, "inline", amb=True, note="'Read Healthy Eating Tips for Vegetarians for more information.' closing the vegetarian TIP paragraph, linking to choosemyplate.gov (another site; 10.10)"),
 R(T+"/p[29]/a", None, 1, "inline", amb=True, note="'Find out if clinical trials are right for you.' closing a paragraph of the standard 'Clinical Trials' section, linking to nih.gov's clinical-research page (10.10)"),
]
ctas=[
 C("share", "Share this page Print Facebook X Email More Options WhatsApp LinkedIn Reddit Pinterest Copy Link", "after", ART+"/div[3]", note="'Share this page' row under the text and the review date (Print, Facebook, X, Email, More Options, WhatsApp, LinkedIn, Reddit, Pinterest, Copy Link)"),
 C("newsletter", "Get Email Updates", "outside", "/html/body/div/footer/div/div/div[2]/ul/li[3]", amb=True, note="footer 'Get Email Updates' (GovDelivery subscription) link, last of the utility links Site Map / For Staff Only: a menu link with an ask in a mixed utility row (as x685's 'Get Almanac's Daily Updates')"),
 C("contact", "", "outside", "/html/body/div/footer/div/div/niddk-chatcontrol", amb=True, note="empty <niddk-chatcontrol> custom element at the end of the footer, with chatbeacon script URLs and a /System/start-chat link: a live-chat widget mount a script fills (10.9: amb, `contact` from its name)"),
]
ads=[]
