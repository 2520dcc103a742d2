from _dsl import *
FILE="wcxb/html/0339.html.gz"
# Conejo Valley Adult Education (WordPress/Elementor) page 'Graphic Design Courses': skip link; header (search, empty
# social-links list, logo, main menu incl. Contact, Student Login, Search Classes); Elementor page: title band, a
# VideoPress video, then nine course rows (anchor, title, image, description, bullet list) each with a 'Click here for
# dates, pricing, & availability!' button to the registration system; sidebar widgets (district logo, 'CVAE Hours &
# Location' contact info, RESOURCES links, CAREER AND TECHNICAL EDUCATION links, COMMUNITY ENRICHMENT links, ESL / HIGH
# SCHOOL links with 'BE A LITERACY TUTOR!' volunteer call, HORIZON HILLS contact lines, ANNUAL NOTIFICATIONS, REFUND
# POLICY, 211 Ventura image and 'Need Help?' link list, VCAEC and BLS logo links); footer (Constant Contact sign-up
# form, logos, Google map, 'Follow Us' social icons, accessibility/legal text, copyright). No ad markup, no related block.
# Not labelled: empty header social-links list (no items, no script), menus, course rows themselves (the page's content),
# sidebar link lists (RESOURCES, CTE, COMMUNITY ENRICHMENT: navigation), notifications and refund policy, partner / logo
# image links (district, 211 Ventura, VCAEC, BLS), footer logos and map, legal text.
SW="/html/body/div/div/div/div/aside"
FT="/html/body/footer/div/div"
related=[]
ctas=[
 C("other", "Click here for dates, pricing, & availability!", "inline", "/html/body/div/div/div/main/article/div/div/div/section[2]/div/div/div", amb=True, note="course listing: the same 'Click here for dates, pricing, & availability!' registration button on each of the nine course rows, one item for the listing (convention 1)"),
 C("contact", "CVAE Hours & Location 1025 Old Farm Rd. Thousand Oaks, CA 91360 (805) 497-2761", "outside", SW+"/section[2]", amb=True, note="sidebar 'CVAE Hours & Location' widget: address, phone, e-mail, hours; no button (convention 2)"),
 C("other", "The CVAE Literacy Center is looking for engaged people who really want to give back to our wonderful community.", "outside", SW+"/section[6]/ul/li[4]", amb=True, note="sidebar volunteer call under 'BE A LITERACY TUTOR!' (its own list item li[3]): e-mail or call the coordinator; inside a list of program links"),
 C("contact", "HORIZON HILLS Parenting Program 33 Greta St., Thousand Oaks, CA 91360 (805) 492-8837", "outside", SW+"/section[7]", amb=True, note="sidebar Horizon Hills address / phone / e-mail lines, no button (convention 2)"),
 C("newsletter", "", "outside", FT+"/section[1]", amb=True, note="(amb after the reading of T: an unrendered mount a script fills, 10.9) footer Constant Contact sign-up form (ctct signup-form-widget script and ctct-inline-form mount, filled by script)"),
 C("follow", "Facebook Instagram Linkedin Twitter Youtube Tiktok Yelp", "outside", FT+"/section[3]/div/div/div/div[2]", note="footer 'Follow Us' social icons (heading in the widget above)"),
]
ads=[]
