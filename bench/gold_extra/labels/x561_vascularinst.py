from _dsl import *
FILE="wcxb/html/4576.html.gz"
# Vascular Institute of Chattanooga (WordPress + Elementor) blog post 'Key Steps to Successfully Transition to a
# Plant-Based Lifestyle' (guest post): header with mobile sections ('Call Us: 423.602.2750' tel line; search, logo,
# menu incl. Pay Online / Make an Appointment) and desktop sections (logo, PAY ONLINE + phone buttons, utility menu,
# main menu, search); content (photo credit, h2 sections, closing italic plug for Live It Up superfoods); footer:
# appointment band 'You have a choice when it comes to vascular care...' with CALL FOR AN APPOINTMENT / SCHEDULE A
# CONSULTATION buttons (desktop band and mobile copy), logo, locations line, footer menu, social icons, phone links
# (desktop and mobile variants), badge image, business hours (two variants), 'Subscribe to Our Newsletter' form (desktop
# and mobile copy), legal row; three hidden Elementor popups (vein-care consultation offer, Hixson location 'CALL NOW',
# Diabetes Awareness Month 'LEARN MORE'). No related content. No ad markup (GTM only).
# Not labelled: skip link, menus (incl. 'Pay Online' / 'Make an Appointment' / 'Contact' menu items), search, photo
# credit, locations line (site directory), business hours, badge image, legal row.
HD="/html/body/header"
FT="/html/body/footer"
PH=FT+"/section[3]/div/div[2]/div/section/div/div[2]/div"
related=[]
ctas=[
 C("contact", "Call Us: 423.602.2750", "outside", HD+"/section[1]", amb=True, note="mobile header 'Call Us: 423.602.2750' tel: line (elementor-hidden-desktop; lone tel link, 10.5)"),
 C("other", "PAY ONLINE 423.602.2750", "outside", HD+"/header/div/div[3]/div/section", note="desktop header bar: PAY ONLINE button (InstaMed payment portal) and phone button side by side (two asks, 9.2)"),
 C("other", "PAY ONLINE", "outside", HD+"/header/div/div[3]/div/section/div/div[1]", amb=True, note="PAY ONLINE button of the header bar (9.2)"),
 C("contact", "423.602.2750", "outside", HD+"/header/div/div[3]/div/section/div/div[2]", amb=True, note="phone button (tel:) of the header bar (9.2)"),
 C("contact", "You have a choice when it comes to vascular care. Get an appointment at VIC in 1 to 3 days - without", "outside", FT+"/section[1]", note="desktop footer appointment band: heading plus CALL FOR AN APPOINTMENT (tel:) and SCHEDULE A CONSULTATION buttons"),
 C("contact", "CALL FOR AN APPOINTMENT", "outside", FT+"/section[1]/div/div/div/section/div/div[1]", amb=True, note="CALL FOR AN APPOINTMENT button of the band (10.13)"),
 C("contact", "SCHEDULE A CONSULTATION", "outside", FT+"/section[1]/div/div/div/section/div/div[2]", amb=True, note="SCHEDULE A CONSULTATION button of the band (10.13)"),
 C("contact", "You have a choice when it comes to vascular care. Get an appointment at VIC in 1 to 3 days - without", "outside", FT+"/section[2]", amb=True, note="mobile copy of the appointment band (elementor-hidden-desktop, 9.3)"),
 C("follow", "Facebook X-twitter Instagram Linkedin Youtube", "outside", FT+"/section[3]/div/div[2]/div/section/div/div[1]", note="footer social icons (Facebook, X, Instagram, LinkedIn, YouTube)"),
 C("contact", "423.602.2750", "outside", PH+"/div[1]", amb=True, note="footer phone nav link (tel:), desktop variant (lone tel link, 10.5)"),
 C("contact", "423.602.2750", "outside", PH+"/div[2]", amb=True, note="footer phone nav link (tel:), mobile variant (hidden on desktop)"),
 C("newsletter", "Subscribe to Our Newsletter Email SUBSCRIBE NOW", "outside", FT+"/section[4]", note="footer 'Subscribe to Our Newsletter' e-mail form (desktop)"),
 C("newsletter", "Subscribe to Our Newsletter Email SUBSCRIBE NOW", "outside", FT+"/section[5]", amb=True, note="mobile copy of the newsletter form (elementor-hidden-desktop, 9.3)"),
 C("contact", "Chattanooga's Leaders in Vein Care Experiencing varicose veins, spider veins, chronic venous insufficiency", "outside", "/html/body/div[2]", amb=True, note="hidden Elementor popup: vein-care pitch with SCHEDULE YOUR CONSULTATION and LEARN ABOUT MEDSPA OFFER buttons (main ask a consultation, 9.5/9.6)"),
 C("contact", "New Hixson Location NOW OPEN! Call now to book an appointment. Conveniently located near Northgate Mall.", "outside", "/html/body/div[3]", amb=True, note="hidden Elementor popup: new Hixson location, CALL NOW (tel:) button"),
 C("other", "November November is Diabetes Awareness Month! 11/15 World Diabetes Awareness Day Check out our page", "outside", "/html/body/div[4]", amb=True, note="hidden Elementor popup: Diabetes Awareness Month promo with LEARN MORE button to the site's diabetes page"),
]
ads=[
 A("/html/body/div[1]/section/div/div/div/div/div/p[19]", "after", amb=True, note="closing italic plug set apart: 'Live It Up provides a variety of all-natural superfoods ... Take a look around the site today to learn more!' (guest-post sponsor message as plain text, 10.15; kept in the wcxb body)"),
]
