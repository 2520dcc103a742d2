from _dsl import *
FILE="wcxb/html/0157.html.gz"
# Soliant Health (healthcare/school staffing, WordPress) blog post 'Soliant Report Reveals the Best States for Mental
# Health': header (logo, mega menus incl. a 'Featured' report card in the Resources menu, mobile 'Quick Apply / Hire
# Professionals' menu footer, 'Hire Professionals' / 'Job Search' / 'Quick Apply' button row, job-search drawer form);
# breadcrumb row with share icons (Facebook, X, LinkedIn, Instagram); article (h1, 'Posted by Soliant', dates, text with
# images, lists, rankings table, an in-text job-opportunities line before 'Methodology', category footer); sidebar (blog
# search, Categories, 'Recent Posts', 'Top Jobs By Location' menu); footer (logo, social icons, 'Quick Apply' button,
# School/Healthcare jobs, Resources, Company, Job Seekers / Employers link columns, certification, legal links).
# No ads, no ad configuration (GTM only).
# Not labelled: menus and their 'Featured' report card, job-search drawer, breadcrumb, byline, '[H4] Rankings' shortcode
# text (a heading left unrendered, not an ad), category footer, blog search, Categories widget, footer link columns
# (incl. 'Contact Us'), legal links.
CT="/html/body/div/div[2]/div"
SB=CT+"/aside"
related=[
 R(SB+"/section[3]", "Recent Posts", 5, "outside", note="sidebar 'Recent Posts' widget with 5 posts"),
 R(SB+"/section[4]", "Top Jobs By Location", 6, "outside", amb=True, note="sidebar 'Top Jobs By Location' menu widget: 6 links to job landing pages (a job-listing menu, neither stories nor plain navigation)"),
]
ctas=[
 C("other", "Hire Professionals Open Job Search Job Search Quick Apply", "outside", "/html/body/div/header/div[1]/nav/ul[2]", note="header button row: 'Hire Professionals' (request talent), 'Job Search' drawer button, 'Quick Apply'"),
 C("other", "Quick Apply Hire Professionals", "outside", "/html/body/div/header/div[1]/nav/ul[1]/div", amb=True, note="mobile-only copy of the 'Quick Apply' / 'Hire Professionals' buttons at the foot of the menu"),
 C("share", "", "before", CT+"/div[1]/div[2]/div", note="share icons (Facebook, X, LinkedIn, Instagram) in the breadcrumb row above the article"),
 C("other", "If you’re ready to make a meaningful impact in schools, Soliant offers a variety of job opportunities.", "inline", CT+"/div[2]/main/article/div/p[16]", amb=True, note="in-text line pointing to Soliant's school job opportunities, before 'Methodology' (the company's recruitment promo; kept in the wcxb ground truth)"),
 C("follow", "", "outside", "/html/body/div/footer/div[1]/div/div/ul", note="footer social icons (Facebook, LinkedIn, Instagram, X, YouTube)"),
 C("other", "Quick Apply", "outside", "/html/body/div/footer/div[1]/div/div/div[1]", note="footer 'Quick Apply' button"),
]
ads=[]
