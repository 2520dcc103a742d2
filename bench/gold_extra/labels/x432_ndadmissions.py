from _dsl import *
FILE="wcxb/html/4619.html.gz"
# University of Notre Dame Undergraduate Admissions, 'Student Perspectives' post 'Five Tips for Writing your College
# Essays': skip links; header (university and site names, primary menu with Contact and search, mobile utility row);
# 'Student Perspectives' page title; breadcrumbs; article (h1, published date, author, empty social-share div; text with
# image and five bold-headed tips; empty social-share div in the article footer); left section nav (Visit & Engage
# pages, desktop and mobile copies); footer (Enrollment Division, address/phone/fax/e-mail, policy links, admissions
# social links, copyright; Notre Dame parent footer with links and social links; empty Weglot switcher). No ads, no
# related stories.
# Not labelled: skip links, menus (incl. header/mobile 'Contact' links and section nav), search forms, breadcrumbs,
# author line, footer policy/parent links (incl. 'Mobile App' among them), Weglot switcher.
AR="/html/body/div[2]/div/main/article"
related=[]
ctas=[
 C("share", "", "before", AR+"/header/div/div[2]", amb=True, note="empty social-share div beside the date/author meta (filled by script)"),
 C("share", "", "after", AR+"/footer/div/div", amb=True, note="empty social-share div in the article footer (filled by script)"),
 C("contact", "McKenna Hall University of Notre Dame Notre Dame, IN 46556 USA Phone 574-631-7505", "outside", "/html/body/div[2]/footer/div[1]/div[1]/p[1]", amb=True, note="footer admissions contact line: address, phone, fax, e-mail link"),
 C("follow", "Facebook X/Twitter Instagram YouTube Tiktok Spotify", "outside", "/html/body/div[2]/footer/div[1]/div[1]/nav", note="footer Undergraduate Admissions social links"),
 C("follow", "Facebook X/Twitter Instagram YouTube LinkedIn", "outside", "/html/body/div[2]/footer/div[2]/div/nav[2]", note="Notre Dame parent-footer social links"),
]
ads=[]
