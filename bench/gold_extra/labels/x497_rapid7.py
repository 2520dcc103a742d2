from _dsl import *
FILE="wcxb/html/2645.html.gz"
# Rapid7 blog (Next.js) post 'Metasploit Wrap-Up 12/19/2025': desktop header (logo, Platform / Services / Resources /
# Partners / Company menus, bar with search button, contact-page icon, customer sign-in icon and 'Request Demo' button);
# hero ('Back to Blog', category, h1, author, dates, empty widget-cta div, image); sticky 'unified-sidebar' aside holding
# only loading skeletons; text (React2Shell payload improvements, new modules, enhancements, documentation, 'Get it');
# share icons (LinkedIn, Facebook, X, Bluesky); article tags; author card ('Author Posts'); divider; 'Related blog
# posts' widget with four empty skeleton cards (filled by script); footer ('Get Started' product links and 'Take Action'
# links: free trial, product tour, breach support, contact sales; Company / Stay Informed / For Customers menus; 'Contact
# Support' phone; 'Follow Us' social links; legal links, cookie settings); empty notifications region. No ads.
# Not labelled: menus, search and sign-in icons on their own, 'Back to Blog' link, sidebar skeleton (purpose unknown:
# TOC or promo), tags, author card, footer menus (Company, Stay Informed, For Customers incl. 'Sign In'), legal links.
MD="/html/body/div[2]/div[2]/main/div"
AR=MD+"/div[2]/div/article"
HB="/html/body/div[2]/div[1]/header/div/nav[2]"
FT="/html/body/div[2]/footer/div/div[1]"
related=[
 R(AR+"/section[2]", "Related blog posts", 0, "after", amb=True, note="(amb by convention 10.9: an unrendered mount a script fills) 'Related blog posts' widget under the post: heading and four empty skeleton cards (dynamic-blog-widget, filled by script)"),
]
ctas=[
 C("other", "Request Demo", "outside", HB, note="header bar: search button, contact-page icon, customer sign-in icon, 'Request Demo' button (asks differ: convention 4/9.2)"),
 C("contact", "", "outside", HB+"/a[1]", amb=True, note="header contact-page icon link of the bar above (convention 9.2)"),
 C("other", "Request Demo", "outside", HB+"/a[3]", amb=True, note="header 'Request Demo' button of the bar above (convention 9.2)"),
 C("other", "", "before", MD+"/section/div[2]/div[1]/div[4]", amb=True, note="empty widget-cta div in the hero under the dates (script-filled call to action)"),
 C("share", "", "after", AR+"/div[2]", note="share icons under the text (LinkedIn, Facebook, X, Bluesky share intents)"),
 C("other", "Get Started Command Platform Exposure Management MDR Services Take Action Start a Free Trial Take a Product Tour", "outside", FT+"/div[1]", amb=True, note="footer first block: 'Get Started' product links and 'Take Action' links (free trial, product tour, breach support, contact sales); half menu, half asks (convention 9.7)"),
 C("contact", "Contact Support +1-866-390-8113", "outside", FT+"/div[5]/div[1]", amb=True, note="footer 'Contact Support' heading with a tel: link only (convention 2; tel links are an open question)"),
 C("follow", "Follow Us LinkedIn X (Twitter) Facebook Instagram Bluesky", "outside", FT+"/div[5]/div[2]", note="footer 'Follow Us' social profile links"),
]
ads=[]
