from _dsl import *
FILE="wcxb/html/4597.html.gz"
# VCA Animal Hospitals (Sitecore, Coveo search) 'Know Your Pet' article 'Puppy Behavior and Training: Training Basics':
# header (mobile menu toggle; mega-nav with About Us, Everyday Care, Press Center, Careers and a very long 'Explore Shop'
# product-category menu; mobile 'Find Care' menu copy; hidden myVCA log-in / account-activation modal; logo; utility
# column with a lone 'Book Appointment' button (btn-sky) and an action nav of 'Find Care' locator drop-down, 'myVCA'
# log-in button, search and an empty mini-cart); hidden mobile search; content-hub banner 'World-Class Pet Care
# Resources'; content-hub category navigation (desktop mega menu, mobile copy and hidden mobile dialog, Coveo search
# mounts); breadcrumbs; title row (h1, authors, 'Print Article' link); article body (question headings, paragraphs,
# lists, no links) and a LifeLearn copyright line; right sidebar ('Share' heading over an empty ShareThis inline-share
# mount; topic pills 'Behavior & Training' / 'Preventive Care & Wellness' / 'Puppies'; 'Free First Exam' card with
# 'Get Coupon' button; 'Book an Appointment' card with button); 'Related Articles' Coveo recommendation with an empty
# result list; hidden 'Appointment booking is not available' modal; footer ('VCA ANIMAL HOSPITALS' link column incl.
# Contact Us, copyright, legal links incl. AdChoices and cookie settings, Facebook / Instagram / LinkedIn / YouTube
# icons). No ads, no ad configuration (scripts stripped; 'AdChoices' is a legal link).
# Not labelled: mega-nav and shop menus, 'Find Care' locator drop-down and its mobile copy, 'myVCA' log-in button and
# the hidden log-in / activate-account modal (an account log-in, not an ask; 11.7 leaves log-ins out), the empty
# mini-cart, search boxes and Coveo mounts, content-hub banner and category navigation (site directory, 6),
# breadcrumbs, the topic pills (tag list), the copyright line, the footer link column (its 'Contact Us' is one link
# of nine: a menu), legal links.
HU="/html/body/div[1]/div/div/div[3]/div"
SB="/html/body/section[5]/div/div/div[2]/div"
related=[
 R("/html/body/div[6]", "Related Articles", 0, "after", amb=True, note="'Related Articles' heading over an empty Coveo recommendation result list (CoveoRecommendation / CoveoResultList) filled by a script: 0 items in the HTML (10.9, as x552/x648)"),
]
ctas=[
 C("other", "Book Appointment", "outside", HU+"/div", note="header 'Book Appointment' button (btn-sky) standing alone beside the Find Care / myVCA / search / cart action nav (booking: other, 9.6; as x713)"),
 C("share", "Print Article", "before", "/html/body/section[4]/div/div/div[2]", amb=True, note="'Print Article' link beside the title, above the body (a print button is an amb share, as x04/x706)"),
 C("share", "", "before|outside", SB+"/div[2]", amb=True, note="empty sharethis-inline-share-buttons mount under a 'Share' heading at the top of the sidebar beside the body: a heading over an empty mount a script fills (10.9, as the form mounts of x607/x629)"),
 C("other", "Free First Exam Get Your Free First Exam For New Patients by Year End Get Coupon", "outside", SB+"/div[3]", note="sidebar 'Free First Exam' promo card (icon link, text, 'Get Coupon' button)"),
 C("other", "Book an Appointment Locate a nearby hospital and schedule your appointment — it's that easy! Book an Appointment", "outside", SB+"/div[4]", note="sidebar 'Book an Appointment' card (icon link, text, 'Book an Appointment' button; booking: other, 9.6)"),
 C("contact", "Appointment booking is not available this time Please contact your hospital directly to schedule Close", "outside", "/html/body/div[7]", amb=True, note="hidden modal 'Appointment booking is not available this time / Please contact your hospital directly to schedule' with an empty hospital-phone link (a dormant popup, 9.5 / 11.3: amb)"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div/div[2]/div", note="footer-soical icons: Facebook, Instagram, LinkedIn, YouTube profiles"),
]
ads=[]
