from _dsl import *
FILE="wcxb/html/0115.html.gz"
# East Central College (eastcentral.edu, WordPress) page 'Online Learning / Web Courses Defined': skip link; Omnilert alert
# script mount; desktop header (logo, header bar Apply / Give / Course Offerings / MyECC / search icon, hidden search bar,
# main menu with submenu link columns); mobile header and mobile navigation (head links Apply / Give / Courses / MyECC,
# menus); page (breadcrumb-like title 'Online Learning', h1, text of course-type definitions); sidebar 'Online Learning'
# section menu; footer (college name, map-linked address, phone link, social icons Facebook / Threads / YouTube /
# Instagram; two link columns; copyright).
# No ad markup, no related content: no ads, no related blocks.
# Not labelled: menus and submenus, sidebar section menu, search, Omnilert emergency-alert script mount, footer link
# columns (directory, employment, calendar, news, tour, 'ECC Insiders Podcast').
HB="/html/body/div/header/div[1]/div[1]/ul"
F="/html/body/div/footer/div[1]/div[1]"
related=[]
ctas=[
 C("other", "Apply Give Course Offerings MyECC", "outside", HB, note="header bar: Apply, Give, Course Offerings, MyECC, search icon (mixed asks, convention 4 / 9.2)"),
 C("other", "Apply", "outside", HB+"/li[1]", amb=True, note="header bar 'Apply' link (application funnel)"),
 C("donate", "Give", "outside", HB+"/li[2]", amb=True, note="header bar 'Give' link to the college foundation"),
 C("other", "Apply Give Courses MyECC", "outside", "/html/body/div/header/div[3]/nav/div[1]", amb=True, note="mobile navigation head links Apply / Give / Courses / MyECC (mobile copy of the header bar, 9.3)"),
 C("contact", "East Central College 1964 Prairie Dell Road, Union, MO 63084 Phone: 636-584-6500", "outside", F, amb=True, note="footer contact block: college name, map-linked address, tel: link, social icons; no button or form (convention 2)"),
 C("follow", "", "outside", F+"/div[4]", note="footer social icons (Facebook, Threads, YouTube, Instagram) inside the contact block (11.9)"),
]
ads=[]
