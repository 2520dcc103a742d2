from _dsl import *
FILE="wcxb/html/0361.html.gz"
# JWU Online (Johnson & Wales University online college, WordPress) blog post 'What is Event Management?': header contact
# bar (JWU Main Site | jwuLink | Apply Now | Search links; right: phone link, 'REQUEST INFO' button, 'Hide Nav'); masthead
# with logo and mega-menu, mobile header copy ('REQUEST INFO'); hidden dropdown menu; breadcrumbs; two-column layout:
# left article (h1, date, byline, updated; text with h2/h3 sections and in-text links to other blog posts; closing
# 'Learn More at Johnson & Wales Online' section ending 'complete the Request Info form, call..., or email...'; entry
# footer with date and 'Back to Blog'); right column (EDDY two-step 'FIND YOUR PROGRAM' request-info form, 'Request info'
# sticky button, 'Featured Blogs' header over an empty featured-posts div); 'Now accepting applications' band (Apply Now,
# Admissions); footer (logo, address, phone, legal links, footer menu with Contact Us, social icons); hidden Salesforce
# live-agent chat buttons. No ads (EDDY is the lead form's vendor, no ad slots).
# Not labelled: skip link, utility links menu (incl. 'Apply Now' among links), mega-menu and hidden dropdown menu, breadcrumbs,
# in-text links, 'Back to Blog', footer legal links and footer menu (incl. 'Contact Us'), hidden offline chat div.
MN="/html/body/div/main/div[2]"
RC=MN+"/div[2]"
CM="/html/body/div/div[1]/div/div[2]"
related=[
 R(RC+"/div", "Featured Blogs", 0, "outside", amb=True, note="right column 'Featured Blogs' header over an empty div.featured-posts (filled by script or left empty); label on the container, heading is its preceding sibling (convention 9.1)"),
]
ctas=[
 C("contact", "1.855.598.1881 REQUEST INFO Hide Nav", "outside", CM, note="header contact bar's right group: phone link, 'REQUEST INFO' button, 'Hide Nav' toggle (convention 4: one bar)"),
 C("contact", "1.855.598.1881", "outside", CM+"/a[1]", amb=True, note="the bar's tel: phone link (convention 9.2; open question on tel: links in headers)"),
 C("contact", "REQUEST INFO", "outside", CM+"/a[2]", amb=True, note="the bar's 'REQUEST INFO' button (convention 9.2)"),
 C("contact", "REQUEST INFO", "outside", "/html/body/div/header/div[2]/div/div[2]", amb=True, note="'REQUEST INFO' button of the mobile header copy (hidden on desktop, convention 9.3)"),
 C("contact", "For more information about completing your degree online, complete the Request Info form, call 855-JWU-1881", "after|inline", MN+"/div[1]/article/div[2]/p[25]", amb=True, note="ask closing the article text (Request Info form link, phone, e-mail); open question on asks closing the text"),
 C("contact", "FIND YOUR PROGRAM", "outside", RC+"/section", note="right column two-step request-info form 'FIND YOUR PROGRAM' (program, attendance, name; zip, phone, e-mail, consent; Get Started): asks to be contacted (convention 9.6)"),
 C("contact", "Request info", "outside", RC+"/h6", amb=True, note="'Request info' sticky button (h6.sticky_btn) jumping to the form; when it shows is not known"),
 C("other", "Now accepting applications Apply Now Admissions", "after|outside", "/html/body/div/div[3]", note="band above the footer 'Now accepting applications' with Apply Now and Admissions buttons"),
 C("contact", "JWU Online333 Harborside Blvd, Providence, RI 02905855.598.1881", "outside", "/html/body/div/footer/div/div[1]", amb=True, note="footer left: logo, address, phone, copyright, legal links; no button or form (convention 2)"),
 C("follow", "", "outside", "/html/body/div/footer/div/div[2]/ul/div[2]", note="footer social icons (Facebook, YouTube, Twitter, Instagram, LinkedIn, Pinterest)"),
 C("contact", "", "outside", "/html/body/div/img", amb=True, note="hidden Salesforce live-agent chat button (display:none until an agent is online)"),
]
ads=[]
