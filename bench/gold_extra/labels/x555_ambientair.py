from _dsl import *
FILE="wcxb/html/4239.html.gz"
# Ambient Air Solutions (HVAC contractor, iMarket Solutions WordPress) blog post 'How Much Money Can I Save with a Smart
# Thermostat?': header with two mastheads: the fixed (on-scroll) copy and the main one, each with the location selector
# ('You are viewing the Helena, MT location ...'), logo, '24/7 Emergency Service' tel: number, 'Financing Solutions' link and
# 'Schedule Service' button (the main one also holds a mobile fixed footer bar About / phone / Contact / Reviews and a
# 'Customer Portal' link); 'Menu' toggle; primary navigation (service menus, Savings Program, About Us, Contact Us menus,
# plus a phone number and 'Schedule Service' button). Content: previous/next post links, h1, text ending 'Let Our Team Help
# You Make the Switch' and a centred bold 'Contact Ambient Air Solutions today ...' line, empty Facebook Like mount, post
# metadata, previous/next post links again, 'Comments are closed.'; sidebar (blog title, search, archives, categories, tag
# cloud). Footer: logo, 'Schedule Service' button, 'Financing Solutions' link, YouTube/Facebook/Instagram list, phone,
# address and 'View all of our locations', copyright, licence, reCAPTCHA badge; 'Join Our Mailing List:' form; footer
# menu; iMarket credit. Hidden empty #site-modal popup; fb-root.
# No ads, no ad configuration.
# Not labelled: location selectors, 'Financing Solutions' and 'Customer Portal' links, menus (incl. 'Contact Us' / 'Send A
# Message' / 'Request An Estimate'), post metadata, sidebar widgets (search, archives, categories, tag cloud), copyright,
# licence, reCAPTCHA badge, footer menu, iMarket credit, fb-root.
HF="/html/body/div[2]/header/div[1]/div/div[2]"
HM="/html/body/div[2]/header/div[2]/div/div[2]/div"
NV="/html/body/div[2]/div[2]/nav"
MC="/html/body/div[2]/div[3]/div[2]/div/div[1]"
TX=MC+"/div[2]/div/div"
FT="/html/body/div[2]/div[3]/footer"
related=[
 R(MC+"/div[1]", None, 2, "before", note="previous/next post links above the title ('End-of-Summer AC Maintenance Tips ...', 'Fall Allergies in Montana ...')"),
 R(MC+"/div[3]", None, 2, "after", note="the same previous/next post links under the article"),
]
ctas=[
 C("contact", "24/7 Emergency Service About 406-916-5981 Contact Reviews", "outside", HM+"/div[2]/div", amb=True, note="main header '24/7 Emergency Service' tel: number (lone tel: link, 10.5); also holds the mobile fixed footer bar"),
 C("contact", "About 406-916-5981 Contact Reviews", "outside", HM+"/div[2]/div/div[2]", amb=True, note="mobile fixed footer bar (About / phone / Contact / Reviews) inside the header phone box: mobile-only sticky bar (9.8)"),
 C("other", "Schedule Service", "outside", HM+"/div[3]/div/div", note="main header 'Schedule Service' button (booking a service visit: other, 9.6)"),
 C("contact", "24/7 Emergency Service 406-916-5981", "outside", HF+"/div[2]/div", amb=True, note="fixed (on-scroll) header copy of the '24/7 Emergency Service' tel: number (10.5)"),
 C("other", "Schedule Service", "outside", HF+"/div[3]", amb=True, note="fixed (on-scroll) header copy of the 'Schedule Service' button"),
 C("contact", "24/7 Emergency Service 406-916-5981", "outside", NV+"/div[2]", amb=True, note="phone number inside the primary navigation (10.5; shown with the compact nav)"),
 C("other", "Schedule Service", "outside", NV+"/div[3]", amb=True, note="'Schedule Service' button inside the primary navigation (copy shown with the compact nav)"),
 C("contact", "Contact Ambient Air Solutions today for expert help with a smart thermostat in Helena, MT. Simplifying Heating & Cooling!", "after", TX+"/p[11]", amb=True, note="centred bold closing line linking 'Contact Ambient Air Solutions' to the send-message form (closing ask, 10.1; kept in the wcxb ground truth)"),
 C("share", "", "after", TX+"/div", amb=True, note="(amb under 11.6, set after the reading of S) empty Facebook Like plugin mount (fb-social-plugin fb-like) under the text"),
 C("comments", "Comments are closed.", "after", MC+"/p", amb=True, note="'Comments are closed.' line (no form)"),
 C("other", "Schedule Service", "outside", FT+"/div[1]/div/div[2]/div[1]/div[1]", note="footer 'Schedule Service' button"),
 C("follow", "YouTube Facebook Instagram", "outside", FT+"/div[1]/div/div[2]/div[1]/div[2]", note="footer social-networking list (YouTube, Facebook, Instagram)"),
 C("contact", "24/7 Emergency Service 406-916-5981 4185 N Montana Ave STE 3, Helena, MT 59602", "outside", FT+"/div[1]/div/div[2]/div[2]", amb=True, note="footer phone and address block with 'View all of our locations' link, no button or form (convention 2)"),
 C("newsletter", "Join Our Mailing List:", "outside", FT+"/div[2]/section", note="footer 'Join Our Mailing List:' sign-up form (#newsletter-signup)"),
 C("other", "X", "outside", "/html/body/div[3]", amb=True, note="hidden empty #site-modal popup (display:none, only a close button; filled by script)"),
]
ads=[]
