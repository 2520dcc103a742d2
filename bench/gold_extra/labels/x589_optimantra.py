from _dsl import *
FILE="wcxb/html/0306.html.gz"
# OptiMantra (Webflow SaaS site for practice management) blog post 'SEO Tips for Mental Health Professionals: How to Attract
# More Clients with Search': six empty Elfsight app mounts at the top of the body (the HTML comments name them: popups
# 'Playbook Desktop', 'Untitled Popup', 'Starting a Business Checklist Pop Up', 'Webinar November 5', and an announcement
# bar 'Webinar Push' mounted twice); PureChat and BugHerd scripts; nav block (a 'banner' strip whose text is only 'P s';
# menu with modality / resources dropdowns, Practice / Patient Login and a mobile-only 'Get A Demo' link; button group
# Get A Demo / Try For Free / Login dropdown); post header (breadcrumb, h1, date, read time, three icon share links, hero
# image); rich text with h2/h3 sections, closing with a bold 'More healing, less hassle.' line, a product pitch and 'See how
# OptiMantra can help ... Get a free trial.'; author box; 'Related articles' band of 3 cards with 'View all'; footer
# (logo, blurb, Company / Practitioners link columns, copyright, one Facebook icon).
# Not labelled: the 'P s' banner strip (no readable ask: an empty shell), PureChat / BugHerd / GTM scripts (no box of their
# own), menus, Practice / Patient Login links, breadcrumb, author bio, footer link columns.
PW="/html/body/div[7]"
NB=PW+"/div[2]/div[2]/div"
CT=PW+"/main/header[2]/div/div/div/div/div/div[1]"
related=[
 R(PW+"/main/section", "Related articles", 3, "after|outside", note="'Related articles' band of 3 blog cards (medical scheduling software, affordable EHR for DPC, holiday no-shows) with 'View all' button, between the post and the footer"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="empty Elfsight mount, 'Playbook Desktop' popup per the HTML comment (lead-magnet popup, script-filled, 10.9)"),
 C("other", "", "outside", "/html/body/div[2]", amb=True, note="empty Elfsight mount, 'Announcement Bar | Webinar Push' per the HTML comment (script-filled, 10.9)"),
 C("other", "", "outside", "/html/body/div[3]", amb=True, note="empty Elfsight mount, 'Untitled Popup' per the HTML comment (script-filled, 10.9)"),
 C("other", "", "outside", "/html/body/div[4]", amb=True, note="empty Elfsight mount, 'Starting a Business Checklist Pop Up' per the HTML comment (script-filled, 10.9)"),
 C("other", "", "outside", "/html/body/div[5]", amb=True, note="second empty mount of the same Elfsight 'Webinar Push' announcement bar app (script-filled, 10.9)"),
 C("other", "", "outside", "/html/body/div[6]", amb=True, note="empty Elfsight mount, 'Webinar November 5' popup per the HTML comment (script-filled, 10.9)"),
 C("other", "Get A Demo", "outside", NB+"/div[1]/nav/a[6]", amb=True, note="mobile-only 'Get A Demo' link in the nav menu (class mobile-get-demo, hidden on desktop: 9.3)"),
 C("other", "Get A Demo Try For Free Login", "outside", NB+"/div[2]/div[2]", note="header button group: Get A Demo, Try For Free and a Login dropdown (one bar, demo/trial asks: 11.7, 10.13)"),
 C("other", "Get A Demo", "outside", NB+"/div[2]/div[2]/a[1]", amb=True, note="header 'Get A Demo' button, item of the bar (9.2/10.13)"),
 C("other", "Try For Free", "outside", NB+"/div[2]/div[2]/a[2]", amb=True, note="header 'Try For Free' button, item of the bar (9.2/10.13)"),
 C("share", "", "before", PW+"/main/header[1]/div/div/div/div[1]/div/div[3]/div[2]", note="three icon-only share links (finsweet social share) beside the date under the h1"),
 C("other", "See how OptiMantra can help your mental health practice thrive. Get a free trial.", "after", CT+"/p[24]", amb=True, note="closing line of the text with 'Get a free trial' link, after the bold 'More healing, less hassle.' pitch (10.1: closing ask in the text, kept in the wcxb ground truth)"),
 C("follow", "", "outside", PW+"/footer/div/div/div/div[3]/div", note="footer Facebook icon link beside the copyright"),
]
ads=[]
