from _dsl import *
FILE="wcxb/html/4592.html.gz"
# I-PRIMO Singapore (bridal-ring shop, WordPress Avada) article 'From Engagement to "I Do": A Wedding Timeline, Checklist,
# Budget Estimate and More': skip link; header (top bar 'Reserve for your personalised consultation now >'; desktop row
# with logo, main menu with descriptions, 'Reservation' button and off-canvas icon; mobile row with menu icon, logo and
# 'Reservation' button; mobile category row Engagement Ring / Wedding Ring / Store Locator); page title bar (h1);
# article column (intro, timeline h3 sections, budget table, tips, checklist table, closing section 'Seal Your Promise
# with I-PRIMO' ending in 'Begin your story with I-PRIMO today. Make a reservation.'); right column (published date,
# 'Latest Articles' heading with 3 post cards, 'Categories' widget, 'Instagram' heading with an empty feed element);
# footer ('Reservation' / 'Complimentary Consultation' box with 'Book Now' button; Collections / Concept Series /
# About I-Primo menus; Love Notes / Articles / Store Locator / FAQ / View Catalogue links with Facebook / Instagram /
# YouTube icons; mobile-only copy of those menus and icons; sitemap/legal row); hidden off-canvas sliding bar (logo,
# 'Reservation' button, image-tile nav, menu copies); 'Go to Top'. No ads, no ad configuration.
# Not labelled: menus (header, mobile category row, footer columns, off-canvas tiles and copies), page title, published
# date, 'Categories' widget, footer Love Notes / FAQ / 'View Catalogue' links, legal row, Go to Top.
HD="/html/body/div[1]/div/div[2]"
SC="/html/body/div[1]/div/main/div/section/div/div/div/div/div[2]/div"
TX="/html/body/div[1]/div/main/div/section/div/div/div/div/div[1]/div/div/div/div/div/div/div"
FT="/html/body/div[1]/div/div[4]/div"
related=[
 R(SC+"/div[4]", "Latest Articles", 3, "outside", note="right-column 'Latest Articles' post cards (Top 10 Proposal Destinations, Splurge or Save?, 5 Ring Traditions); the heading is the sibling div[3]"),
]
ctas=[
 C("contact", "Reserve for your personalised consultation now >", "outside", HD+"/div[1]", note="header top bar linking to the booking site: a consultation is a conversation with staff (convention 9.6)"),
 C("other", "Reservation", "outside", HD+"/div[2]/div/div[3]/div/div", note="desktop header 'Reservation' button (booking site)"),
 C("other", "Reservation", "outside", HD+"/div[3]/div/div[3]/div/div", amb=True, note="mobile-only header row: 'Reservation' button (hidden on medium/large screens)"),
 C("other", "Begin your story with I‑PRIMO today. Make a reservation .", "after", TX+"/p[30]", amb=True, note="last line of the text, 'Make a reservation' link to the booking site (left out of the wcxb ground truth; the shop's own post, so it could be read as the closing line)"),
 C("follow", "", "outside", SC+"/div[9]", amb=True, note="right-column Instagram feed element (empty, filled by script); the 'Instagram' heading is the sibling div[8]"),
 C("other", "Reservation Complimentary Consultation Walk-ins are welcome, but we recommend making a reservation to avoid waiting.", "outside", FT+"/div[1]", note="footer 'Reservation' box: 'Complimentary Consultation' text and 'Book Now' button"),
 C("follow", "", "outside", FT+"/div[2]/div/div[4]/div/div[2]", note="footer Facebook / Instagram / YouTube icons"),
 C("follow", "", "outside", FT+"/div[3]/div/div/div/div", amb=True, note="mobile-only footer copy of the Facebook / Instagram / YouTube icons"),
 C("other", "Reservation", "outside", "/html/body/div[2]/div[1]/div/div/div/div[1]/div/div[2]", amb=True, note="hidden off-canvas sliding bar: 'Reservation' button"),
]
ads=[]
