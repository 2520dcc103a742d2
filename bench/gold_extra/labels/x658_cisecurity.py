from _dsl import *
FILE="wcxb/html/0036.html.gz"
# Center for Internet Security (cisecurity.org, Sitecore JSS / Vue) landing page 'Cybersecurity Best Practices': empty
# CIS-Banner mount; header (logo, utility links CIS Portal / Hardened Images / Support / WorkBench, 'Alert Level: guarded'
# widget, mega-menu Company / Solutions / Insights / Join CIS with link lists and View All buttons, search); breadcrumb;
# masthead (h1, dek, 'Download' button to the Community Defense Model white paper); rich text with five h2 sections, each
# with a logo and a button-styled link under its paragraph ('Learn More', 'View All', 'Find Your Membership', 'Learn
# More'); 'What users are saying' quote carousel (in the wcxb ground truth); empty resource-content mount; 'Information
# Hub' band of 4 dated items (blog posts, case study, press release) with Read More links; footer (About / Products And
# Tools / For SLTT Governments / Explore link columns, copyright, Privacy Notice, social icons).
# Not labelled: empty CIS-Banner mount and empty resource-content mount (no evidence of their purpose), utility links
# (portal / workbench log-ins), alert-level widget, mega-menu (incl. its SecureSuite Join / Enroll links and View All
# buttons), breadcrumb, quote carousel (body), footer link columns (Contact and Newsletters among 10+ links).
MH="/html/body/div/div[2]/main/div[2]/div/div/div[1]/div"
RT="/html/body/div/div[2]/main/div[2]/div/div/div[2]/div/div[2]"
related=[
 R("/html/body/div/div[2]/main/div[3]/div", "Information Hub", 4, "after|outside", note="'Information Hub' band under the page content: 4 dated items (CIS Benchmarks December 2025 Update, Helping Nonprofits Bolster Cybersecurity..., CIS Announces Built-In Linux Benchmarks..., Scale Linux Workload Security on Azure...) with Read More links"),
]
ctas=[
 C("other", "Download", "before", MH+"/a", amb=True, note="masthead 'Download' button (CIS Community Defense Model white paper) under the dek; a reader may take it as a pointer to a document"),
 C("other", "Learn More", "inline", RT+"/p[5]", amb=True, note="button-styled 'Learn More' link (CIS Controls) closing the 'Secure Your Organization' section, in its own paragraph"),
 C("other", "View All", "inline", RT+"/p[9]", amb=True, note="button-styled 'View All' link (CIS Benchmarks) closing the 'Secure Your Systems & Platforms' section"),
 C("subscribe", "Find Your Membership", "inline", RT+"/p[13]", amb=True, note="button-styled 'Find Your Membership' link (SecureSuite pricing) closing the 'Start Secure and Stay Secure' section"),
 C("other", "Learn More", "inline", RT+"/p[17]", amb=True, note="button-styled 'Learn More' link (CIS Hardened Images) closing the last section, before the quote carousel"),
 C("follow", "Twitter Facebook YouTube LinkedIn", "outside", "/html/body/div/div[2]/footer/div/div/div/div[2]", note="footer social icons: Twitter, Facebook, YouTube, LinkedIn"),
]
ads=[]
