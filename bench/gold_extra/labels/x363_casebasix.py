from _dsl import *
FILE="wcxb/html/0372.html.gz"
# CaseBasix (Thinkific course site) article 'Insurance Consultant vs. MBB Consultant: Key Career Differences': header (logo, course
# dropdown menus, Sign in, blue bold 'FREE Consulting Starter Pack' link, desktop + mobile copies); breadcrumb section;
# banner (h1, author, date); rich-text body (sections, lists, FAQ); share-list icons (Facebook, Twitter, LinkedIn, Reddit,
# Pinterest; links set by script); 'Start with our FREE Consulting Starter Pack' product grid with 'Sign Up to Start
# Course' button; footer (about text, resource/company/terms columns), footer-end (All Courses & Pricing, copyright,
# Thinkific credit); cookie bar. No ads, no ad configuration (GTM only). No related block.
# Not labelled: menus (incl. Sign in), breadcrumbs, in-text link, footer columns (incl. 'Contact Us', 'Consulting Starter
# Pack - FREE'), Thinkific credit, cookie bar.
NAV="/html/body/header/div[2]/div/nav/ul"
related=[]
ctas=[
 C("other", "FREE Consulting Starter Pack", "outside", NAV+"/li[5]", amb=True, note="highlighted (blue, bold) 'FREE Consulting Starter Pack' lead link in the header menu, desktop"),
 C("other", "FREE Consulting Starter Pack", "outside", NAV+"/li[7]", amb=True, note="same header lead link, mobile copy"),
 C("share", "", "after", "/html/body/main/div", note="share-list icons (Facebook, Twitter, LinkedIn, Reddit, Pinterest) after the article section"),
 C("other", "Start with our FREE Consulting Starter Pack", "after", "/html/body/main/section[4]", note="'Start with our FREE Consulting Starter Pack' grid of four free offers with 'Sign Up to Start Course' button, under the article"),
]
ads=[]
