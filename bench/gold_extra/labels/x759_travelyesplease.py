from _dsl import *
FILE="wcxb/html/4088.html.gz"
# Travel? Yes Please! (travel blog, WordPress Kadence theme, Mediavine ads loaded by script only) post 'What to Expect on
# Your First Trip to Japan- A First Time Visitor's Guide': header (logo, main menu About (Meet Rhonda / Rhonda's Story /
# Work With Me / Contact Me) / Destinations / Travel Resources / Travel Tips / Special Interests / Photography, empty mobile
# header with drawer toggle); article (h1, categories, byline/updated date; text: 'Purchases made through links earn us a
# small commission' disclosure code-block, Social Warfare share bar '3.0K Shares / Share / Tweet / Pin / Share', intro with
# captioned photos whose captions link place names to other posts, h2 sections Language / Transportation / Accommodations /
# Luggage Storage / Onsen / Washrooms / Currency / Admission / Electricity / Food / Tipping / Etiquette / Safety / Apps,
# each a bullet list with in-sentence links to other posts (a 'Read our Guide to Buying and Using the Japan Rail Pass for
# more information.' sentence closing the Rail Pass item), 'Other Tips & Observations' group, 'Final Thoughts' with two
# pointer sentences (two week itinerary, Japan Travel Guide), a 'Resources to Help Plan...' group linking JNTO brochures,
# 'Accommodations in Japan' (Booking.com affiliate ask) and 'Tours in Japan' (GetYourGuide partner link) sections, a
# 'Buy Your Japan Rail Pass' group (jrailpass affiliate link + banner image) and a 'Digital SIM Cards (eSIM)' group (Airalo
# affiliate link); h2 'More Japan Travel Guides' over a list of four posts; 'Follow Us On Social Media' group between
# rules; second share bar; empty swp-content-locator); right sidebar ('Welcome' bio with 'LEARN MORE' link to About,
# 'JOIN 100,000 OTHERS FOLLOWING OUR TRAVELS' social links, search); footer (Privacy Policy / Disclosure / Copyright menu,
# copyright with Amazon Associate line); mobile drawer (copy of the menu). No ad slot in the HTML: Mediavine appears only
# as a dns-prefetch link, no ad divs or scripts with a box.
# Not labelled: menus and the mobile drawer copy (incl. 'Work With Me' / 'Contact Me' entries), the disclosure line
# (editorial notice), caption links and links on a term inside ordinary sentences ('Japan's beautiful places', 'Mt. Fuji and
# the Fuji Five Lakes', 'shrines in Japan', 'Japanese temples', 'things to do in Japan', the Booking.com and jrailpass links
# inside the tips), the sidebar 'Welcome' bio and its 'LEARN MORE' (About page), search, footer menu and copyright, the
# empty swp-content-locator.
B="/html/body/div[1]/div/div/div/main/div/article/div/div"
AS="/html/body/div[1]/div/div/div/aside/div"
related=[
 R(B+"/ul[3]/li[4]", None, 1, "inline", amb=True, note="Rail Pass tip closing with 'Read our Guide to Buying and Using the Japan Rail Pass for more information.' (pointer sentence inside a list item of the text, 10.10)"),
 R(B+"/p[10]", None, 1, "inline", amb=True, note="'Final Thoughts': 'I hope this guide helped... You may also find our two week itinerary helpful for planning your first trip to Japan.' (pointer written into an ordinary sentence, 10.10)"),
 R(B+"/p[11]", None, 1, "inline", amb=True, note="'For more Japan travel information and destination inspiration, visit our Japan Travel Guide.' alone in its paragraph (ordinary sentence, 11.4; points to the site's Japan hub page)"),
 R(B+"/div[22]", "Resources to Help Plan Your First Trip to Japan", 1, "inline", amb=True, note="group 'Resources to Help Plan Your First Trip to Japan': JNTO maps and brochures 'You can download and view them here.' (pointer to another site's page, as x735: whether links to other sites are related items is open)"),
 R(B+"/ul[20]", "More Japan Travel Guides", 4, "after", note="h2 'More Japan Travel Guides' over a list of four posts (3 Days in Tottori, Chubu traditions, Koyasan, Itsukushima Shrine) after the affiliate boxes; heading and list share no container but the text, so the list (9.1)"),
]
ctas=[
 C("share", "3.0K Shares Share Tweet Pin Share", "before", B+"/div[2]", note="Social Warfare share bar (3.0K Shares, Facebook, Twitter, Pinterest, LinkedIn) under the disclosure line, above the first paragraph"),
 C("other", "For your convenience, here is a list of hotels in Japan. Please consider booking your Japan accommodations through the included link.", "inline", B+"/p[12]", amb=True, note="'Accommodations in Japan' section: Booking.com affiliate link (aid=394049) with 'Please consider booking... It costs you nothing extra and helps support this website' (affiliate ask in the text, 10.2)"),
 C("other", "Here is a trusted site where you can conveniently book tours and tickets for activities in Japan.", "inline", B+"/p[13]", amb=True, note="'Tours in Japan' section: GetYourGuide partner link (partner_id) to book tours (affiliate link in the text, 10.2)"),
 C("other", "Buy Your Japan Rail Pass Jrailpass.com is an authorized vendor of the Japan Rail Pass.", "inline|after", B+"/div[23]", amb=True, note="group 'Buy Your Japan Rail Pass': jrailpass.com affiliate link (utm_source=aff) and a banner image linking the same (affiliate box in the text, 10.2; no ad markup)"),
 C("other", "Digital SIM Cards (eSIM) Airalo is an eSIM store/app where you can buy an affordable digital SIM card", "inline|after", B+"/div[24]", amb=True, note="group 'Digital SIM Cards (eSIM)': Airalo affiliate link (airalo.pxf.io) with a recommendation (affiliate box in the text, 10.2)"),
 C("follow", "Follow Us On Social Media Facebook | Instagram | X | Pinterest Join the Facebook Group", "after", B+"/div[25]", note="'Follow Us On Social Media' group between two rules: Facebook | Instagram | X | Pinterest and 'Join the Facebook Group', after 'More Japan Travel Guides'"),
 C("share", "3.0K Shares Share Tweet Pin Share", "after", B+"/div[26]", note="second Social Warfare share bar at the end of the post"),
 C("follow", "JOIN 100,000 OTHERS FOLLOWING OUR TRAVELS Facebook Twitter Instagram Pinterest", "outside", AS+"/section[2]", note="sidebar 'JOIN 100,000 OTHERS FOLLOWING OUR TRAVELS' social links (Facebook, Twitter, Instagram, Pinterest)"),
]
ads=[]
