from _dsl import *
FILE="wcxb/html/4218.html.gz"
# Celoxis (project management SaaS) blog article 'Project Management Software Pricing and Cost Guide 2026': hidden
# visitor-IP div; navbar (logo, Features / Pricing / Compare / More mega-menu / Contact, 'Try Free' / 'Demo' / 'Login'
# data-centre drop-down); header (h1, date, author, category); text with intro, 'Don't Miss:' line, YouTube embed, 'Also
# Check:' list, table of contents, h2/h3 sections with pros/cons lists, six blue demo/quote banners between sections, 'You
# May Also Check:' list, 'Also Check:' and a second 'Don't Miss:' line, empty div, previous / next post links; comment form
# ('Submit your comment'); 'Start a Free Trial' modal form; cookie-consent pop-up; footer (logo, About / Careers / Support /
# legal / Sitemap links, Facebook / Twitter / YouTube / LinkedIn icons). No ad slots and no ad configuration.
# Not labelled: navbar menus (incl. 'Contact'), header category link, YouTube embed (article video), table of contents,
# in-text links, empty div.gap-xy-2, cookie-consent pop-up, footer links.
PO="/html/body/main/div[1]/div/div/div"
related=[
 R(PO+"/ul[1]", None, 1, "inline", note="'Don't Miss: Program Management Software for Multi-Project Tracking' line after the intro"),
 R(PO+"/ul[2]", "Also Check:", 3, "inline", note="'Also Check:' list of 3 articles; the lead-in is the preceding sibling p[4]"),
 R(PO+"/ul[28]", "You May Also Check:", 3, "inline", note="'You May Also Check:' list of 3 AI articles; the lead-in is the preceding sibling p[16]"),
 R(PO+"/ul[29]", None, 1, "inline", note="'Also Check: Best Project Management Software To Increase Productivity' line"),
 R(PO+"/ul[30]", None, 1, "inline", note="second 'Don't Miss: Program Management Software for Multi-Project Tracking' line, before the last paragraph"),
 R(PO+"/div[40]", None, 1, "after", amb=True, note="the next-post half of the previous/next pair labelled on div[39] (convention 9.1: items in sibling boxes without a container, the others ambiguous)"),
 R(PO+"/div[39]", None, 2, "after", note="previous / next post links ('8 Best Trello Alternatives…' here, '7 Best Smartsheet Competitors…' in the following sibling div[40], no common container)"),
]
ctas=[
 C("other", "Demo", "outside", "/html/body/nav/div/div/div[2]/a[2]", amb=True, note="'Demo' button of the navbar bar (convention 9.2 of 2026-12-06 early morning: a button of a two-ask bar is an ambiguous item of its own)"),
 C("other", "Try Free Demo Login", "outside", "/html/body/nav/div/div/div[2]", note="navbar button bar: 'Try Free', 'Demo', 'Login' data-centre drop-down"),
 C("other", "With Celoxis, You Only Pay for What You Use. Select a Project Management Software Pricing Model that Fits", "inline", PO+"/section[1]", note="blue in-text banner with 'Schedule Your Personalized Demo!' button, before the table of contents"),
 C("other", "Celoxis Offers a Tailored Pay-Per-Use Model for All Team Sizes. Premium features even in starter plans.", "inline", PO+"/section[2]", note="blue in-text banner with 'Schedule your Demo!' button"),
 C("other", "Maximize ROI with Celoxis Project Management Software: Explore Scalable Pricing Models Designed for Growth.", "inline", PO+"/section[3]", note="blue in-text banner with 'Book A Demo' button"),
 C("other", "Align Your Budget with Success: Choose the Best Project Management Software Pricing Model for Your Enterprise!", "inline", PO+"/section[4]", note="blue in-text banner with 'Request a Custom Quote' button"),
 C("other", "Strategic Value, Flexible Costs: Discover Celoxis PMO Software Pricing Plans Tailored to Your Business.", "inline", PO+"/section[5]", note="blue in-text banner with 'Book A Demo Today!' button (to the trial page)"),
 C("other", "Optimize Your Investment with Celoxis Project Management Software: Find the Perfect Pricing Model", "inline", PO+"/section[6]", note="blue in-text banner with 'Explore Pricing Options!' button"),
 C("comments", "Submit your comment We will not publish your email address", "after", "/html/body/main/div[2]", note="comment form section (#respond: name, e-mail, comment, 'Submit your comment')"),
 C("other", "× Start a Free Trial Your 14-day trial comes with sample data for a quick evaluation", "outside", "/html/body/div[2]", amb=True, note="hidden 'Start a Free Trial' modal form (opened by the 'Try Free' button)"),
 C("follow", "", "outside", "/html/body/footer/div/div/div[3]/div", note="footer social icons (Facebook, Twitter, YouTube, LinkedIn)"),
]
ads=[]
