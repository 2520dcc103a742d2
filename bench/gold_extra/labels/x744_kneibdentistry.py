from _dsl import *
FILE="wcxb/html/0142.html.gz"
# Kneib Dentistry (dental practice, Epic Web Studios CMS) blog post 'Ultimate Guide to the Best Oral Hygiene Products':
# header (orange notification banner 'Kneib Dentistry is expanding and looking for another dentist... Apply today!';
# header-top row with the utility menu 'New Patient Registration' (external form) / 'Make an Appointment' and a tel:
# phone link; logo and main menu with drop-downs of service pages, mobile menu toggle); banner with h1; news_module
# entry (date, lightbox photo, the text with links on terms to service pages, other blog posts and product makers;
# closing section 'Complete Oral Hygiene with Kneib Dentistry!' with a pitch paragraph and a centred 'SCHEDULE AN
# APPOINTMENT' button; 'social' row Facebook 'Share' / 'Tweet'); 'Return to all Blog' button; footer (logo; phone,
# Google-Maps address and social icons Facebook / Twitter / Tumblr / Google / LinkedIn; 'Dental Office Hours' table;
# copyright, privacy, web-studio credit); hidden mobile copy of the main menu. No ads, no related block.
# Not labelled: main menu and its hidden mobile copy (service pages), the empty fb-root mount (SDK root, no widget),
# links on terms inside ordinary sentences (service pages, 'common dental issues', 'tooth loss', 'chewing sugar-free
# gum' posts, product makers: x718), the closing pitch paragraph 'Schedule an appointment with us today...' (no link;
# the button under it is the item), 'Return to all Blog' (navigation back to the blog index), office hours table,
# copyright/privacy/credit links.
HD="/html/body/div/div[1]/div[1]"
HT=HD+"/div[2]"
EN="/html/body/div/div[1]/div[2]/div[2]/div/div[2]/div"
FL="/html/body/div/div[2]/div[1]/div/div[2]/div[1]"
related=[]
ctas=[
 C("other", "Kneib Dentistry is expanding and looking for another dentist to provide top-quality care to our new and existing patients. Apply today!", "outside", HD+"/div[1]", note="orange notification banner at the top of the header: hiring notice with 'Apply today!' link to the associate-dentist job page"),
 C("other", "New Patient Registration Make an Appointment 814-983-7093", "outside", HT, note="header-top row: 'New Patient Registration' (external form), 'Make an Appointment' and the tel: phone link side by side; asks differ (convention 4, 9.2)"),
 C("other", "New Patient Registration", "outside", HT+"/div[1]/div[1]", amb=True, note="'New Patient Registration' link of the header-top row (patient intake form; 9.2)"),
 C("other", "Make an Appointment", "outside", HT+"/div[1]/div[2]", amb=True, note="'Make an Appointment' link of the header-top row (booking: `other`, 9.6; 9.2)"),
 C("contact", "814-983-7093", "outside", HT+"/div[2]", amb=True, note="header-phone tel: link of the header-top row (10.5 lone tel: link; 9.2)"),
 C("other", "SCHEDULE AN APPOINTMENT", "after", EN+"/div[3]/div/p[45]", note="centred 'SCHEDULE AN APPOINTMENT' button (class btn) closing the text, under the 'Complete Oral Hygiene with Kneib Dentistry!' pitch (a booking ask set apart as a button, 10.1; booking is `other`, 9.6, as x713)"),
 C("share", "Share Tweet", "after", EN+"/div[4]", note="'social' row under the text: Facebook 'Share' and Twitter 'Tweet' buttons"),
 C("contact", "814-983-7093 3325 W. 26th St. Erie, PA 16506", "outside", FL, amb=True, note="footer phone (tel:) and Google-Maps address block, no button or form (convention 2); it also holds the social icons (11.9)"),
 C("follow", "", "outside", FL+"/div[3]", note="footer social icons (Facebook, Twitter, Tumblr, Google business page, LinkedIn)"),
]
ads=[]
