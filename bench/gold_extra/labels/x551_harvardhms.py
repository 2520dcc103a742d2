from _dsl import *
FILE="wcxb/html/4079.html.gz"
# Harvard Medical School Professional, Corporate, and Continuing Education (Drupal) insight 'The Benefits of the Latest AI
# Technologies for Patients and Clinicians': skip links; empty sitewide-alert mount; sticky header (logo, search form,
# utility menu 'Contact Us' / 'Login or Create Account', mega-menu Programs / For Organizations / Insights / About); hero
# (breadcrumb, h1, summary, image); text (h3 sections, ordered list of five use cases) with a side info card (Published,
# Author, 'Related Program' link to the AI in Clinical Medicine course, Program Category, topic button); back-to-top link;
# footer ('Stay Connected' sign-up prompt with 'Sign Up' button and social icons, primary links, 'Harvard Medical School' /
# 'Make a Gift' links, 'Learners' column ending in 'Contact Us', address and logo, tagline, legal links).
# No ads, no ad configuration, no iframes.
# Not labelled: skip links, empty sitewide-alert mount (a site notice, not an ask), menus (incl. 'Contact Our Team' in the
# For Organizations menu), breadcrumb, published/author/category/topic parts of the info card, in-text links to faculty
# and the course, back-to-top, footer primary links and 'Make a Gift' link (general footer menu), legal links.
AS="/html/body/div[3]/main/article/section[2]/div/div/aside"
FC="/html/body/div[3]/footer/div[1]/div[1]"
related=[
 R(AS+"/div[1]/div[3]", "Related Program", 1, "outside", amb=True, note="side info card beside the text: 'Related Program' link to the 'AI in Clinical Medicine' course page (a program page rather than a story, convention 10.4)"),
]
ctas=[
 C("contact", "Contact Us Login or Create Account", "outside", "/html/body/div[3]/header/div/div/div[3]/div[1]/nav", amb=True, note="header utility menu: 'Contact Us' and 'Login or Create Account' links (plain menu links, mixed asks)"),
 C("newsletter", "Stay Connected Receive insights, program information, and more to your inbox. Sign Up", "outside", FC+"/div[1]", note="footer 'Stay Connected' column: e-mail sign-up prompt with 'Sign Up' button (the column also holds the social icons, labelled apart)"),
 C("follow", "Facebook LinkedIn Youtube Instagram", "outside", FC+"/div[1]/ul", note="footer social icons (Facebook, LinkedIn, YouTube, Instagram) under the sign-up prompt"),
 C("contact", "Learners Login or Create Account Frequently Asked Questions Learner Policies Accommodations Statement Contact Us", "outside", FC+"/div[3]", amb=True, note="footer 'Learners' column ending in 'Contact Us' (half-menu column, convention 9.7)"),
 C("contact", "Gordon Hall, Suite 013 25 Shattuck Street Boston, MA 02115", "outside", "/html/body/div[3]/footer/div[1]/div[2]/div[1]/div", amb=True, note="footer postal address block, no button or form (convention 2)"),
]
ads=[]
