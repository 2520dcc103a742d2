from _dsl import *
FILE="wcxb/html/0191.html.gz"
# KFF issue brief 'Recent Trends in Mental Health and Substance Use Concerns Among Adolescents': skip link; header (print
# tagline, primary nav bar with logo, tagline and links 'Subscribe' / 'Follow Us' / 'Conference Centers', 'Donate' button,
# search, menu button; secondary nav with topic trays, 'Follow Us' / 'Subscribe' links and search); breadcrumb; article
# (h1, author, date, Print / Email / Copy Link share row, text with Datawrapper chart embeds, funding callout 'This work was
# supported in part by the Well Being Trust', footnotes, 'More On' topic links); sidebar ('News Release' card, 'Also of
# Interest' 3 cards, 'More On' topics with 'View all Topics'); footer nav (link columns, 'Sign up for emails' box, legal
# links); print-only copyright. No ads, no ad configuration.
# Not labelled: skip link, menus and topic trays, search, breadcrumb, Datawrapper charts, funding callout (a grant note,
# not a sponsor message), footnotes, 'More On' topic links (post footer and sidebar), footer link columns (incl. 'Contact
# Us' / 'Follow Us' among About links), 'Conference Centers' link.
HL="/html/body/header/nav/div/div[2]"
SB="/html/body/main/div[2]/div/section[2]"
related=[
 R(SB+"/div[1]", "News Release", 1, "outside", note="sidebar 'News Release' card: 'Roughly 1 in 5 Adolescents Report Experiencing Symptoms of Anxiety or Depression'"),
 R(SB+"/div[2]", "Also of Interest", 3, "outside", note="sidebar 'Also of Interest' with 3 KFF briefs"),
]
ctas=[
 C("other", "Subscribe Follow Us Conference Centers Donate Search", "outside", HL, note="header link bar: Subscribe (e-mail sign-up), Follow Us, Conference Centers, 'Donate' button, search, menu (asks differ: other, 9.2)"),
 C("newsletter", "Subscribe", "outside", HL+"/a[1]", amb=True, note="header bar 'Subscribe' link (to the e-mail sign-up page), an item of the bar (9.2)"),
 C("follow", "Follow Us", "outside", HL+"/a[2]", amb=True, note="header bar 'Follow Us' link (to the follow-us page), an item of the bar (9.2)"),
 C("donate", "Donate", "outside", HL+"/a[4]", amb=True, note="header bar 'Donate' button, an item of the bar (9.2)"),
 C("other", "Follow Us Subscribe", "outside", "/html/body/header/div[2]/div[2]", amb=True, note="secondary nav copy of the 'Follow Us' / 'Subscribe' links beside the topic trays"),
 C("share", "Print Email Copy Link", "before", "/html/body/main/div[2]/div/section[1]/div[1]/div[2]", note="Print / Email / Copy Link share row under the byline"),
 C("newsletter", "Sign up for emails Join our email list for regular updates based on your personal preferences.", "outside", "/html/body/nav/div[1]/div[3]", note="footer 'Sign up for emails' box with Sign up button"),
]
ads=[]
