from _dsl import *
FILE="wcxb/html/0164.html.gz"
# CBC Bank (HubSpot) pillar page 'Top Nine Financial Tips for Working Adults': skip link; fixed header (mobile header with
# menu toggler, Search, Login; desktop menus Personal / Business / Home Lending / Investing / About Us with Search,
# 'Pay My Loan' and 'Login' buttons); hidden search bar; hero (h1, explainer); 'Table of Contents' box; three sections
# (Set Goals, Make a Plan for Saving, Protect Against Risk) with nine numbered tips; in the second section, after tip 7,
# a 'Manage Your Money Better' callout ('Get Trusted Advice' to wealth management); 'Contact Us' button; investment
# disclosure; footer (e-mail, phone, address, routing number; Navigation / Helpful Links / Resources menus; Equal
# Housing Lender and FDIC badges; copyright); hidden 'You are about to leave the CBC website' modal. No related block,
# no ads (only a GTM noscript iframe).
# Not labelled: menus, skip link, search, Login buttons, table of contents, disclosure, footer contact details and menus
# (incl. 'Resources' with this guide and another one), badges, external-link modal.
P="/html/body/div[2]/main/div[2]/div/div/div[2]/div/div/div/div"
related=[]
ctas=[
 C("other", "Pay My Loan", "outside", "/html/body/div[1]/div[1]/header/nav/div[2]/ul[2]/li[2]/a", amb=True, note="header 'Pay My Loan' button (payment utility for customers, beside Login)"),
 C("other", "Manage Your Money Better Our advisors are committed to developing a relationship", "inline", P+"/div[2]/div/div/div[3]", note="callout box promoting wealth management advisors with 'Get Trusted Advice' button, between tips 7 and 8"),
 C("contact", "Contact Us", "after", P+"/div[4]", note="'Contact Us' button (wealth management page) after the last tip"),
 C("follow", "", "outside", "/html/body/div[3]/footer/section[2]/div/div/div[2]/div", note="footer copyright row: .social-links icons (Facebook, Instagram), visible, added on reading N"),
]
ads=[]
