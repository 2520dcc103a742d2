from _dsl import *
FILE="wcxb/html/0162.html.gz"
# ASU Online newsroom article 'Graphic information technology vs. graphic design: Which program is right for you?' (Nuxt):
# three hidden <dialog> modals at the top of the body ('Apply now' with Start Undergraduate / Graduate Application, twice;
# 'How can we assist? Request info or Chat'); header (mobile nav, universal nav ASU Home / My ASU / Colleges and Schools /
# Sign in with search, unit title); article (breadcrumb, h1, date, hero image, summary, icon share links Facebook / LinkedIn /
# Mail; text with h2 sections; a card 'What is a double major and is it worth it?' with 'Learn more'; share icons again; an
# 'About ASU Online' boilerplate box ending 'Learn all about us and follow ASU Online on Facebook, YouTube and Instagram, and
# connect with us on LinkedIn.'); 'Request information' two-step form band; mobile-only fixed bottom bar (Apply now /
# Contact); footer (logo, social icons; blurb with Apply now, Help Desk / Enrollment phones and e-mail; Online Degrees /
# Tuition / Admission / ... link columns and their mobile accordions); empty #teleports.
# Not labelled: header navs (incl. Sign in), breadcrumb, in-text links to the degree pages (body), 'About ASU Online'
# boilerplate apart from its follow line, footer link columns and mobile accordions, empty #teleports.
L="/html/body/div[4]/div/div/div"
AR=L+"/main/article"
FT=L+"/footer/div"
related=[
 R(AR+"/section[2]", "What is a double major and is it worth it?", 1, "after", note="card under the text: 'What is a double major and is it worth it?' with teaser and 'Learn more' button to that newsroom article"),
]
ctas=[
 C("other", "Apply now × Please select one of the options below: Start Undergraduate Application Start Graduate Application", "outside", "/html/body/div[1]", amb=True, note="hidden 'Apply now' dialog (Start Undergraduate / Graduate Application) (9.5)"),
 C("contact", "× How can we assist? Request info or Chat", "outside", "/html/body/div[2]", amb=True, note="hidden 'How can we assist?' dialog with Request info and Chat buttons (9.5)"),
 C("other", "Apply now × Please select one of the options below: Start Undergraduate Application Start Graduate Application", "outside", "/html/body/div[3]", amb=True, note="second hidden copy of the 'Apply now' dialog (9.5)"),
 C("share", "Share:", "before", AR+"/section[1]/div/div/div/div[3]/div/div[2]", note="'Share:' icon links (Facebook, LinkedIn, Mail) under the summary"),
 C("share", "Share:", "after", AR+"/div[2]/div/div/div/div/div", note="icon share links (Facebook, LinkedIn, Mail) between rules after the text"),
 C("follow", "Learn all about us and follow ASU Online on Facebook, YouTube and Instagram, and connect with us on LinkedIn.", "after", AR+"/footer/section/div/div/div/div/div/div/p[2]", amb=True, note="follow line closing the 'About ASU Online' boilerplate box (a sentence with social links)"),
 C("contact", "Step 1 of 2 Request information To learn more about ASU Online or a specific program, fill out the form below", "after|outside", L+"/main/section", note="'Request information' two-step form band (degree type, interest, program, contact details) below the article (9.6)"),
 C("other", "Apply now Contact", "outside", L+"/main/div", amb=True, note="fixed bottom bar Apply now / Contact, mobile only (d-lg-none: 9.8)"),
 C("follow", "", "outside", FT+"/div/div/div/div[2]", note="footer social icons Facebook / LinkedIn / Instagram / YouTube"),
 C("contact", "Apply now Help Desk 855.278.5080 Enrollment 866.277.6589 enrollmentonline@asu.edu", "outside", FT+"/section/div/div/div[1]/ul", amb=True, note="amb: address/phone block with no button or form (10.5); footer contact list: Apply now link, Help Desk and Enrollment phone links, enrollment e-mail"),
 C("other", "Apply now", "outside", FT+"/section/div/div/div[1]/ul/li[1]", amb=True, note="footer 'Apply now' link (opens the apply dialog), first line of the contact list (9.2)"),
]
ads=[]
