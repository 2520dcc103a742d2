from _dsl import *
FILE="wcxb/html/0370.html.gz"
# Casualty Actuarial Society (Drupal) Future Fellows newsletter article 'Candidate Experience: Consulting Firm vs. Insurance
# Carrier': off-canvas drawer menu; header (utility menu: My Account, Find An Actuary, Calendar, Community, Contact Us, Pay
# Dues, Log in; GTranslate switcher; search and menu buttons; logo; main menu; machine-translation warning); mega-menu
# drop-downs (hidden; the Careers one with a 'Career News' list of 3, the News one with a latest-news list of 3); empty
# newsletter-title view; article (h1, date and author, five paragraphs); footer (logo, 'Follow Us'
# icons, address and phone, footer menu, copyright and legal links); search overlay; closable notification bar 'The CAS
# Portal is now Live!'. No related block outside the hidden drop-downs, no ads, no ad configuration.
# Not labelled: drawer and header menus (incl. 'Contact Us', 'Pay Dues', 'Log in'), translation switcher and warning,
# search overlay, empty newsletter-title view, footer menu and legal links, GTM noscript iframe.
FT="/html/body/div/div/footer/div/section"
DD="/html/body/div/div/header/div/section[2]/div/div"
related=[
 R(DD+"/div[7]/div/div/div[2]/div", "Career News", 3, "outside", amb=True, note="'Career News' list of 3 articles inside the hidden Careers mega-menu drop-down"),
 R(DD+"/div[8]/div/div/div[3]/div[2]", None, 3, "outside", amb=True, note="latest-news list of 3 articles under the 'Recent News' link in the hidden News mega-menu drop-down"),
]
ctas=[
 C("follow", "Follow Us", "outside", FT+"/div[1]/div/div[2]", note="footer 'Follow Us' icons (Facebook, LinkedIn, Instagram, YouTube)"),
 C("contact", "4350 N. Fairfax Drive, Ste. 250 Arlington, VA 22203 (703) 276-3100", "outside", FT+"/div[2]/div/div", amb=True, note="footer address and phone block, no button or form"),
 C("other", "The CAS Portal is now Live!", "outside", "/html/body/div/div/div[4]", amb=True, note="closable notification bar announcing the CAS Portal (link to it): an announcement more than an ask"),
]
ads=[]
