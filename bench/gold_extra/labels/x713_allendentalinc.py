from _dsl import *
FILE="wcxb/html/1781.html.gz"
# Allen Dental Inc. (allendentalinc.com, Wix site with the Wix Blog app) post 'New Year, New Smile: Top Dental Resolutions
# for 2025': 'top of page' anchor; header (contact line of e-mail / phone (tel:) / address links; 'Menu' hamburger button
# with a hidden hamburger overlay (data-visible="false") holding a copy of the nav, a 'Book an Appointment' button, a copy
# of the address / e-mail / phone lines and a two-icon Social Bar (Instagram, Facebook); logo; 'Book an Appointment'
# button; horizontal nav Services / About Us / Patient Information / Blog with drop-downs); blog app ('All Posts' nav
# link; empty TPAMultiSection slots; article: h1, author / date / read time, 'More actions' button, 'Updated' line; text
# of seven numbered resolutions with one in-sentence home-page link, closing paragraph with no ask link; post footer:
# share buttons Facebook / X / LinkedIn / link / Print, then a post-stats row of empty skeleton placeholders for the
# view / comment counts and the like button); 'Recent Posts' with 'See All' and three post cards; footer ('Quick Links'
# menu, 'Visit us' address / e-mail / phone block, 'Legal/Compliance' links, 'Social Media' column Instagram / Facebook,
# logo, 'Site Designed by Robinsburg'); hidden mobile menu container (nav copy only).
# A LeadConnector chat-widget loader script (data-widget-id) sits at the top of the body with no element of its own.
# No ad slot: no ad markup (WIX_ADS is only named in CSS and a script; no such element in the HTML).
# Not labelled: 'top of page' / 'bottom of page' anchors, nav menus and their hamburger / mobile copies, 'All Posts' link,
# empty TPAMultiSection slots and the empty blog popover root, author line and 'More actions' button, the in-sentence
# 'dental health' link, footer 'Quick Links' and 'Legal/Compliance' columns, 'Site Designed by' credit, the LeadConnector
# chat-widget script (a widget script with no box of its own, 10.11 / convention 8).
HD="/html/body/div/div/div[2]/div/div/div/div[2]/div/div/header/section/div[2]/div"
HB=HD+"/div[3]/div[2]/div[1]/div"
HM=HB+"/div[2]/div/div/div[2]/div/div[4]"
BL="/html/body/div/div/div[2]/div/div/div/div[2]/div/div/main/section/div[2]/div/div/div/div/div/div[2]/div[3]/div[2]/div[3]"
PF=BL+"/div[1]/div/div/article/div/footer/div/div/section"
FT="/html/body/div/div/div[2]/div/div/div/div[2]/div/div/footer/section/div[2]/div/div[2]/div/div[2]"
related=[
 R(BL+"/div[2]/div/section", "Recent Posts", 3, "after|outside", note="'Recent Posts' (with 'See All') under the post: three post cards (routine cleanings, fluoride treatments, bleeding gums)"),
]
ctas=[
 C("contact", "drallen@allendentalinc.com (954) 885-7100 12379 Pembroke Rd, Pembroke Pines, FL 33025", "outside", HD+"/div[2]", amb=True, note="header contact line: mailto: e-mail, tel: phone and map-link address, no button or form (convention 2, 10.5)"),
 C("other", "Book an Appointment", "outside", HD+"/div[3]/div[2]/div[3]", note="header 'Book an Appointment' button (to /contactus): a booking button is a plain `other` (9.6, 11.7)"),
 C("other", "Book an Appointment", "outside", HM+"/div[2]/div[2]", amb=True, note="'Book an Appointment' button copy in the hidden hamburger overlay (data-visible=false; 9.3)"),
 C("contact", "12379 Pembroke Rd, Pembroke Pines, FL 33025 drallen@allendentalinc.com (954) 885-7100", "outside", HM+"/div[2]/div[3]", amb=True, note="address / e-mail / phone lines in the hidden hamburger overlay, no button or form (convention 2)"),
 C("follow", "", "outside", HM+"/div[3]", amb=True, note="Social Bar (Instagram, Facebook icons) in the hidden hamburger overlay (9.3)"),
 C("share", "", "after", PF+"/div[1]", note="post footer share buttons: Share via Facebook / X (Twitter) / LinkedIn / link, Print Post (icons)"),
 C("comments", "", "after", PF+"/div[2]/div[1]", amb=True, note="empty post-stats skeleton beside the share buttons (Wix view / comment counts, filled by script): a bare comment count guessed from the template (10.9)"),
 C("share", "", "after", PF+"/div[2]/div[2]", amb=True, note="empty skeleton placeholder of the Wix Blog like button (post-main-actions__stats): an empty like mount (11.6)"),
 C("contact", "Visit us 12379 Pembroke Rd Pembroke Pines, FL 33025 drallen@allendentalinc.com (954) 885-7100", "outside", FT+"/div[3]", amb=True, note="footer 'Visit us' column: address, mailto: e-mail and phone, no button or form (convention 2)"),
 C("follow", "Social Media Instagram Facebook", "outside", FT+"/div[5]", note="footer 'Social Media' column: Instagram and Facebook profile links (every link serves the ask, 9.7)"),
]
ads=[]
