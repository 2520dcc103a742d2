from _dsl import *
FILE="wcxb/html/0297.html.gz"
# Pastore LLC (law firm, WordPress) 'Perspectives' post 'Managing Legal Issues in the Health and Fitness Industry': header
# (logo, search form, nav People/Expertise/News/Firm/About/Locations/Careers/Contact), banner with title/date, byline row
# with Facebook/Twitter/LinkedIn share icons, text (ends 'For legal inquiries, please contact us at Pastore LLC.', author
# note, tags line), 'More Perspectives' with 3 dated post links and a '+ View More' button to the news archive, footer
# (address/phone, LinkedIn icon, copyright, Privacy/Disclaimer/Terms). No ads, no ad configuration.
# Not labelled: nav (Contact among links), search, the closing 'please contact us' sentence and author note (body text
# without a widget), tags line, '+ View More' archive button, footer legal links.
C0="/html/body/div/section/section/div[2]/div"
related=[
 R(C0+"/div[2]", "More Perspectives", 3, "after|outside", note="'More Perspectives' column with 3 dated post links beside/below the text (the '+ View More' archive button div[3] follows)"),
]
ctas=[
 C("share", "Share", "before", C0+"/div[1]/div[1]/div[2]", note="'Share' Facebook/Twitter/LinkedIn icons in the byline row above the text"),
 C("contact", "4 High Ridge Park, Third Floor, Stamford, CT 06905 | Locations Tel 203-658-8454", "outside", "/html/body/div/footer/div/div/div[1]/div[1]", amb=True, note="footer logo block with address, Locations link and phone number"),
 C("follow", "", "outside", "/html/body/div/footer/div/div/div[1]/div[2]", note="footer LinkedIn profile icon"),
]
ads=[]
