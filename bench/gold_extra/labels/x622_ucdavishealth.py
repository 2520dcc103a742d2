from _dsl import *
FILE="wcxb/html/4180.html.gz"
# UC Davis Children's Hospital patient-education page 'How to help babies, toddlers sleep through the night' (TeamSite
# 'iw_' components, no ads): global nav (mobile fixed-bottom search / menu buttons, global menu modal, Giving / Careers
# links, search overlays); brand header with a utility bar (MyUCDavisHealth, Make a Donation, Locations, Find a
# Pediatrician); primary navigation (mega-menus, a 'Patient Education A to Z' image promo, a 'Quick Links' copy of the
# utility bar); breadcrumbs; h2 title; Q&A text under h2 questions ending with an 'Additional resources' box of 3 external
# Pediatrics in Review links; 'Connect with us' social band; site footer ('Make a Gift' button, address and phone block,
# 'Quick links' column); global footer (social icons, link columns, legal links, address).
# Not labelled: global nav and its menus (incl. 'Giving'), search overlays, primary mega-menus and their image promo,
# breadcrumbs, footer 'Quick links' column (navigation with one 'Contact us' link), global footer link columns (incl.
# 'Contact Us', 'Social Media'), legal links and footer address line.
B="/html/body/div/div"
ART=B+"/div[5]/div/div/div/div[1]/div/div/div/div"
FT=B+"/div[6]/div/div/div[1]/footer"
related=[
 R(ART+"/div", "Additional resources", 3, "after", amb=True, note="'Additional resources' box closing the text: 3 external Pediatrics in Review articles (further reading, not the site's own stories; a reader may take it as the text's references)"),
]
ctas=[
 C("other", "MyUCDavisHealth Make a Donation Locations Find a Pediatrician", "outside", B+"/div[1]/div/div/div/header/div/div/div/div[2]", amb=True, note="header utility bar: patient login, Make a Donation, Locations, Find a Pediatrician (mixed asks, convention 4; close to a utility menu)"),
 C("donate", "Make a Donation", "outside", B+"/div[1]/div/div/div/header/div/div/div/div[2]/nav/ul/li[2]", amb=True, note="'Make a Donation' link of the header utility bar (9.2)"),
 C("other", "Quick Links", "outside", B+"/div[2]/div/div/div/div[1]/div/nav/ul/ul", amb=True, note="'Quick Links' copy of the utility bar inside the collapsed primary navigation menu"),
 C("follow", "Connect with us", "after", B+"/div[5]/div/div/div/div[2]/div", note="'Connect with us' band under the article: Facebook, YouTube, Instagram, Pinterest icons"),
 C("donate", "Make a Gift", "outside", FT+"/div[1]/div[1]/div/div[2]", note="footer 'Make a Gift' button beside the hospital name"),
 C("contact", "4301 X St. Sacramento, CA 95817 Main Contact Phone: 1-800-UCD-4-KIDS 24-Hour Hospital Operator", "outside", FT+"/div[1]/div[2]/div/div[1]", amb=True, note="footer address and phone block with tel: links, no button or form (convention 2)"),
 C("follow", "", "outside", FT+"/div[2]/div[1]/div[2]", note="global footer social icons: YouTube, Facebook, LinkedIn, Twitter, Instagram, RSS"),
]
ads=[]
