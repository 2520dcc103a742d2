from _dsl import *
FILE="wcxb/html/0317.html.gz"
# Kouzina Food Tech (Webflow) blog post 'Understanding the Concept of 'Kitchen Sink' in Cloud Computing': nav bar (logo,
# Home / Franchise / Our Presence / Resources / More drop-downs, 'Become a Franchise' button); hero (breadcrumb, h1, date,
# image); three-column section: table of contents (left), text with h2/h3 sections, figures, 'Must read:' and 'Can Also
# Read:' story lines and a closing 'Contact us to get started!' line (middle), sticky side column with 'Get in Touch Now!'
# lead form and 'Launch Your Dream Kitchen with Kouzina' / 'Become a Partner' promo (right); 'Recent Post' band with 3 blog
# cards; footer (logo, 'Contact' address / e-mail / phone / WhatsApp lines, About Us / Blog / Digital Hub / Privacy links,
# Facebook / YouTube / LinkedIn icons, copyright); Zoho SalesIQ chat script. No ad slots (only Google tag manager).
# Not labelled: nav menus, breadcrumb, table of contents, closing 'Contact us to get started!' line (body text, kept in
# the wcxb ground truth), footer links, the Zoho SalesIQ chat script (a widget script with no box of its own, convention
# 10.11; it was an amb contact CTA before).
CO="/html/body/section[2]/div/div"
TX=CO+"/div[2]"
SC=CO+"/div[3]/div"
related=[
 R(TX+"/p[16]", None, 1, "inline", note="'Must read: Kitchen Display System for Restaurants' story line"),
 R(TX+"/p[37]", None, 1, "inline", note="'Can Also Read: Cloud Kitchen POS Software Management System' story line"),
 R("/html/body/section[3]", "Recent Post", 3, "after|outside", note="'Recent Post' band under the article: 3 blog cards (badge, date, title, excerpt)"),
]
ctas=[
 C("other", "Become a Franchise", "outside", "/html/body/div/div/div/div/nav/a[3]", note="nav bar button 'Become a Franchise' (new-cta-single, to the franchise lead form)"),
 C("contact", "Get in Touch Now! Name E-mail Phone Number City Message", "outside", SC+"/div[1]", note="side-column 'Get in Touch Now!' lead form (name, e-mail, phone, city, message)"),
 C("other", "Launch Your Dream Kitchen with Kouzina Become a Partner", "outside", SC+"/div[2]", note="side-column promo 'Launch Your Dream Kitchen with Kouzina' with 'Become a Partner' button"),
 C("contact", "Contact No. 439, First Floor, 17th Cross Rd, Sector 4, HSR Layout, Bengaluru", "outside", "/html/body/section[4]/div/div/div[1]/div[1]", amb=True, note="footer 'Contact' block: logo, address, e-mail, phone and WhatsApp links (no button or form)"),
 C("follow", "", "outside", "/html/body/section[4]/div/div/div[1]/div[3]", note="footer social icons (Facebook, YouTube, LinkedIn)"),
]
ads=[]
