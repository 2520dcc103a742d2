from _dsl import *
FILE="wcxb/html/0367.html.gz"
# University Health (San Antonio) HealthFocus SA blog post '6 Steps You Can Take to Achieve Healthy Weight Loss': skip link;
# header (desktop utility nav About Us / Careers / Refer a Patient / Ways to Give / Contact Us with 'MAIN: 210-358-4000'
# tel: link and Patient Portal link; logos; mobile phone button, search; main menu with doctor/service/location searches;
# mobile-only bottom nav Request an Appointment / Refill a Prescription / Pay a Bill / View Classes & Events / Donate Blood;
# mobile copy of the utility nav; mobile sticky nav); breadcrumbs; hero (h1, author, date); text with h2/h3 sections; 'Check
# Your Health' diabetes risk-assessment CTA box under the text; sidebar ('Experts' profile, 'SUBSCRIBE TO OUR HEALTH FOCUS SA
# E-NEWSLETTER' Eloqua form); 'View other related content by:' tag lists; a SearchStax list of 3 blog cards; 'Tell us your
# patient story' Submit a story band; footer (logo, address, phone, social icons; About Us / Careers / For Health Care
# Professionals link columns; legal links); back-to-top; empty modal. No ad markup.
# Not labelled: menus and searches, Patient Portal link, breadcrumbs, in-text links (incl. 'Find a provider here.' and the
# Institute for Public Health links inside ordinary sentences, not closing the text), 'Experts' sidebar profile (no link),
# tag lists, footer link columns (menus; Contact Us and Volunteer among many), legal links, empty modal shell, back-to-top.
HN="/html/body/header/section[2]"
MC="/html/body/main/div[1]/div[4]/div"
related=[
 R("/html/body/main/div[1]/div[6]", None, 3, "after", note="SearchStax result list of 3 blog cards (Roasted Sweet Potato Fries, Health Benefits of Donating Blood, Tricuspid Valve Disease) under the tag lists, each with 'Read full article'"),
]
ctas=[
 C("contact", "MAIN: 210-358-4000", "outside", "/html/body/header/section[1]/nav/ul[2]/li[1]", amb=True, note="header utility-nav 'MAIN: 210-358-4000' tel: link (lone tel link, 10.5)"),
 C("contact", "", "outside", HN+"/a", amb=True, note="mobile-only header phone button (tel:), data-display=Mobile"),
 C("other", "Request an Appointment Refill a Prescription Pay a Bill View Classes & Events Donate Blood", "outside", HN+"/nav/section[1]", amb=True, note="mobile-only bottom nav bar of task buttons (appointment, prescription, bill, classes, donate blood), data-display=Mobile"),
 C("contact", "MAIN: 210-358-4000", "outside", HN+"/nav/section[2]/ul[2]/li[1]", amb=True, note="mobile copy of the utility-nav phone link (inside the mobile menu)"),
 C("other", "Check Your Health Diabetes is a long-term condition that can lead to serious complications.", "after", MC+"/div[1]/div[2]", note="'Check Your Health' short-CTA box under the text: 'Discover your risk' button to the diabetes health-risk assessment"),
 C("newsletter", "SUBSCRIBE TO OUR HEALTH FOCUS SA E-NEWSLETTER Get healthy living and wellness information, recipes and patient stories", "outside", MC+"/div[3]", note="sidebar e-newsletter sign-up box with Eloqua e-mail form"),
 C("other", "Tell us your patient story Share your inspiring personal story of hope and healing at University Health. Submit a story", "after|outside", "/html/body/main/div[2]", note="'Tell us your patient story' band with 'Submit a story' button before the footer"),
 C("contact", "4502 Medical Drive San Antonio, Texas 78229 210-358-4000", "outside", "/html/body/footer/div/div[1]/div[1]", amb=True, note="footer info section: logo, address, tel: phone and the social icons, no contact button (convention 2; holds the follow list, 11.9)"),
 C("follow", "", "outside", "/html/body/footer/div/div[1]/div[1]/ul", note="footer social icons (Facebook, X, YouTube, ...)"),
]
ads=[]
