from _dsl import *
FILE="wcxb/html/0303.html.gz"
# UNC Writing Center handout page 'Book Reviews' (WordPress heelium theme): UNC global utility bar (Accessibility, Events,
# Libraries, Maps, Departments, ConnectCarolina, search); site banner and main menu (Appointments, Submit a Draft, Tips &
# Tools, Blog, ...); breadcrumbs; main column: h1, the handout (h2/h3 sections, three example reviews, lists, 'Works
# consulted' bibliography), licence lines under a rule, and an orange 'Make a Gift' button; right sidebar text widget with
# four button links ('View All Tips & Tools', 'Visit Our Blog', 'Find Us on CarolinaGO Android', 'Find Us on CarolinaGo
# iOS') and social icons (Instagram, Twitter, Facebook, YouTube); footer (College of Arts and Sciences logo, Heels Care
# Network badge with 'Find us on: CarolinaGo for Android / iOS' links, address block with phone, e-mail and social
# icons, search form); copyright; cookie-banner script. No ads, no ad markup (Siteimprove / New Relic analytics only).
# Not labelled: utility bar and main menu, breadcrumbs, links to other handouts inside sentences of the text, licence
# lines, sidebar 'View All Tips & Tools' and 'Visit Our Blog' buttons (links to the site's sections: navigation), College
# logo, Heels Care Network partner badge, footer search form, copyright, cookie-banner script.
MN="/html/body/div[2]/div[3]/div/div[2]/main"
SB="/html/body/div[2]/div[3]/div/div[2]/aside/div"
FT="/html/body/div[2]/div[5]/footer/div[1]/div"
related=[]
ctas=[
 C("donate", "Make a Gift", "after", MN+"/p[33]", note="orange 'Make a Gift' button (link to /gift/) closing the main column under the licence lines"),
 C("app", "Find Us on CarolinaGO Android", "outside", SB+"/p[3]", note="sidebar button 'Find Us on CarolinaGO Android' (Google Play link to the campus app)"),
 C("app", "Find Us on CarolinaGo iOS", "outside", SB+"/p[4]", amb=True, note="sidebar button 'Find Us on CarolinaGo iOS' (App Store), second app button with no container of its own but the widget (9.1)"),
 C("follow", "", "outside", SB+"/div", note="sidebar social icons (Instagram, Twitter, Facebook, YouTube)"),
 C("app", "Find us on: CarolinaGo for Android CarolinaGo for iOS", "outside", FT+"/section[2]/div/p[2]", note="footer 'Find us on:' CarolinaGo app links (Google Play, App Store)"),
 C("contact", "The Writing Center Campus Box #5135 0127 SASB North 450 Ridge Road Chapel Hill, NC 27599 (919) 962-7710", "outside", FT+"/section[3]/div/p", amb=True, note="footer address block with phone and e-mail links, no button or form (convention 2)"),
 C("follow", "", "outside", FT+"/section[3]/div/div", note="footer social icons (Instagram, Facebook, YouTube) under the address"),
]
ads=[]
