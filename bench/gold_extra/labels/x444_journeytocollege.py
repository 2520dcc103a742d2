from _dsl import *
FILE="wcxb/html/0015.html.gz"
# Journey To College (Missouri Department of Higher Education and Workforce Development, WordPress) blog post '10 Tips to
# Successfully Complete Online Courses': skip link; header (logo, mobile menu button, main menu with Plan / Pay / Finish
# drop-downs, Student Right to Know, Live Learn Work Missouri, search form); article (h1 with blog icon, posted/updated
# dates, intro paragraph, numbered list of 10 tips); post navigation (previous / next post); footer (department logo, name,
# address, phone / e-mail / website links, 'Connect' Facebook / Twitter / YouTube links); back-to-top link; empty
# outdated-browser div. No ads, no ad markup.
# Not labelled: skip link, menus and search, dates, footer logo, name, address and phone / e-mail / website lines (the
# department's contact details, not a distinct contact widget), back-to-top link, outdated-browser div.
related=[
 R("/html/body/div[2]/div/main/nav", "Post navigation", 2, "after", note="post navigation: previous 'Why it’s important to stay enrolled this fall' and next 'Getting ready to apply for college' (screen-reader heading)"),
]
ctas=[
 C("follow", "Connect Facebook Twitter Youtube", "outside", "/html/body/footer/div[3]/div/div/ul", note="footer 'Connect' list with Facebook, Twitter and YouTube links"),
]
ads=[]
