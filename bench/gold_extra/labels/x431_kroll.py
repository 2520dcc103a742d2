from _dsl import *
FILE="wcxb/html/0079.html.gz"
# Kroll (Next.js/Sitecore) report page 'Cybersecurity Sector Update–Fall 2025': header (logo, search, 'Contact us' and
# 'Hotlines' links, menu toggles); breadcrumb; banner (eyebrow 'M&A Updates', date, title, 'Download the Report' button
# to the PDF); two-paragraph summary; 'Connect with Us' carousel of expert cards (name, title, LinkedIn, e-mail, phone);
# 'Stay Ahead with Kroll' band of four service cards with 'Learn More'; footer (HQ address and phone, link columns,
# social links, region chooser, 'Get Your Weekly Heads-Up' newsletter box, copyright, Return To Top). A stray trailing
# html element holds the Netlify RUM script. No ads.
# Not labelled: header search and menu toggles, 'Hotlines' link, breadcrumb, footer link columns (incl. e-mail link),
# region chooser, copyright 'Read more' (terms), Return To Top button.
MN="/html[1]/body/div/div/main/div"
FT="/html[1]/body/div/div/footer/div/div/div[1]/div/div/div/div"
related=[
 R(MN+"/div[4]", "Stay Ahead with Kroll", 4, "after", amb=True, note="'Stay Ahead with Kroll' band: four service cards (Financial Advisory, Investment Banking, Technology Investment Banking, M&A Advisory) with 'Learn More' links (service pages, not stories)"),
]
ctas=[
 C("contact", "Contact us", "outside", "/html[1]/body/div/div/header/div/div/div/div/div/div[1]/div[2]/a[1]", amb=True, note="header 'Contact us' link beside 'Hotlines'"),
 C("read_more", "Download the Report", "before", MN+"/div[1]/div/div/div/div/div/div/div/div/a", note="banner button 'Download the Report' (the full report PDF; the page holds only its summary)"),
 C("contact", "Connect with Us", "after", MN+"/div[3]", note="'Connect with Us' carousel of expert cards with LinkedIn, e-mail and phone links"),
 C("contact", "One World Trade Center 285 Fulton Street", "outside", FT+"/div[1]/div[1]/div/div/p[2]", amb=True, note="footer HQ address with phone link"),
 C("follow", "", "outside", FT+"/div[1]/div[1]/div/div/div[2]", note="footer social links (Facebook, Instagram, LinkedIn, X, YouTube; icon links with URL text for screen readers)"),
 C("newsletter", "Get Your Weekly Heads-Up Join our newsletter for the latest risk and financial trend analysis in your industry.", "outside", FT+"/div[2]", note="footer 'Get Your Weekly Heads-Up' newsletter box with sign-up button"),
]
ads=[]
