from _dsl import *
FILE="wcxb/html/0014.html.gz"
# Grossmont-Cuyamaca Community College District (OmniUpdate CMS) online-student help page 'Tips for Online Success':
# fixed navbar (logo; desktop top nav with an 'Apply' button and Class Search / Self-Service / Canvas links; main nav
# incl. 'Donate'; search form; mobile bar Home / Contact (tel:) / Search / Menu; collapsed mobile menu copy); breadcrumb;
# left sidebar 'related-resources' list of the Student Help Desk pages (Canvas Student Help Desk, Exam Tips, Filenames,
# Glossary, Tips for Online Success); text (h1, intro, eleven tip lists, rule, ION copyright note); footer (logo, two link
# columns, 'Follow Us:' icons, address with phone, college links); hidden OmniUpdate direct-edit link. No ads, no ad
# configuration (only GTM noscript iframes).
# Not labelled: top-nav portal links, main nav (incl. 'Donate' among the menu links) and the mobile menu copy, search,
# breadcrumb, footer link columns and college links, hidden direct-edit link.
related=[
 R("/html/body/div[1]/div/div[1]/div", None, 5, "outside", amb=True, note="left-sidebar div.related-resources: list of the five Student Help Desk pages (incl. this one); section navigation a reader could take as related help articles (convention 6)"),
]
ctas=[
 C("other", "Apply", "outside", "/html/body/nav/div[1]/div[1]/ul[1]/li[1]", note="top-nav 'Apply' button (a.apply-btn) linking to the enrolment page, beside plain portal links"),
 C("contact", "Contact", "outside", "/html/body/nav/div[1]/div[2]/a[2]", amb=True, note="mobile-bar 'Contact' phone link (tel:619-644-7010), shown only in the mobile navbar (conventions 10.5 and 9.3)"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div[4]/ul", note="footer 'Follow Us:' icons (Facebook, LinkedIn, Twitter); heading is the preceding p.social-title"),
 C("contact", "8800 Grossmont College Drive El Cajon, California 92020 619-644-7010", "outside", "/html/body/footer/div[1]/div[4]/p[2]", amb=True, note="footer address and phone number (plain text, no button or form: convention 2)"),
]
ads=[]
