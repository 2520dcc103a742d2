from _dsl import *
FILE="wcxb/html/4572.html.gz"
# St. Mary's College of Maryland, Center for Career & Professional Development page 'How to Negotiate Salary & Benefits'
# (WordPress / SiteOrigin panels): header (back-to-top, search, quick links, utility nav Apply / Learn More / Visit /
# Giving / Families / Calendar, 'Honoring the Enslaved' campaign link, mega-menu with widget link lists); top photo with
# h1 and breadcrumb; article panels (gold button bar 'Make an Appointment' / 'Meet the Team' / 'Job Search Tips'; 'QUICK
# LINKS' in-page anchors; sections with headlines, text and images; closing 'NEED MORE HELP?' box with 'Make an
# appointment' button); footer widgets (Contact box with Instagram, Make an Appointment, Meet the Staff, e-mails, phone,
# office hours; button row Handshake Login / Micro-Internships / Make an Appointment; LEAD promo link with report
# images); site footer (address and phone, 'Give Today' button, social icons, Next Steps / Just For You / Resources nav
# columns, legal links, human-trafficking hotline row).
# Not labelled: header menus and mega-menu widget lists ('Schedule a Visit', 'Request Info', 'Apply' among menu links),
# 'Honoring the Enslaved' campaign link, breadcrumb, 'QUICK LINKS' in-page anchors (table of contents), 'Just For You' and
# 'Resources' footer nav columns, legal links, public-service hotline row. No related block and no ad slot on the page.
A_="/html/body/div/div[2]/div[3]/div/main/article/div/div"
FW="/html/body/div/div[2]/div[4]/div"
FT="/html/body/div/div[2]/footer/div/footer/div"
related=[]
ctas=[
 C("contact", "Make an Appointment Meet the Team Job Search Tips", "before", A_+"/div[1]", amb=True, note="gold button bar above the text: 'Make an Appointment' (consultation, 9.6) beside two navigation buttons (Meet the Team, Job Search Tips); a reader may call it section navigation"),
 C("contact", "NEED MORE HELP? We want to help you prepare for the future!", "after", A_+"/div[9]", note="closing 'NEED MORE HELP?' box with 'Make an appointment' button (meet the career team, 9.6)"),
 C("contact", "Contact Center for Career & Professional Development SMCMCareers Make an Appointment Meet the Staff", "outside", FW+"/div[1]", note="footer-widget 'Contact' box: Instagram, Make an Appointment, Meet the Staff, e-mails, phone, office hours (convention 2: links set apart)"),
 C("other", "Handshake Login Micro-Internships Make an Appointment", "outside", FW+"/div[2]", note="footer-widget row of three navy buttons: Handshake Login, Micro-Internships, Make an Appointment (convention 4: asks differ)"),
 C("other", "Learning through Experiential and Applied Discovery", "outside", FW+"/div[3]", amb=True, note="footer-widget LEAD promo link ('Learning through Experiential and Applied Discovery') with report images: own-site promo"),
 C("contact", "St. Mary's College of Maryland 47645 College Drive St. Mary's City, MD, 20686-3001 (240) 895-2000", "outside", FT+"/div[2]/address", amb=True, note="footer address with directions and tel: link, no button (convention 2)"),
 C("donate", "Give Today", "outside", FT+"/div[2]/div[1]", note="footer 'Give Today' button (giving)"),
 C("follow", "", "outside", FT+"/div[2]/div[2]", note="footer social icons Facebook, Instagram, Twitter, YouTube, LinkedIn, TikTok, Flickr"),
 C("other", "Next Steps Request Information Visit Campus How to Apply Explore SMCM", "outside", FT+"/div[3]/div/nav[1]", amb=True, note="footer 'Next Steps' column: Request Information, Visit Campus, How to Apply, Explore SMCM (admissions asks; 9.7 half-menu column)"),
]
ads=[]
