from _dsl import *
FILE="wcxb/html/0781.html.gz"
# Legal Services Corporation (Drupal) page 'I Need Legal Help' (data-visualization node: a legal-aid finder): skip link;
# header top row (support nav with a lone 'Donate' link, top nav Research & Data / Stay Informed, Google Translate
# switcher, 'Get legal help' button, search); 'Stay Informed With LSC' mini newsletter form (name, e-mail, 'Sign Up for
# the Updates'); main nav with mega menus and a mobile top-navigation copy (Get legal help, Donate, Research & Data, Stay
# Informed, search); breadcrumb, h1 and summary; body (summary, finder intro with a LawHelp.org pointer, '1. Search by
# address' / '2. Contact a legal aid organization in your area' finder, map container); footer ('Contact Information'
# address and phone with 'Contact Us' link, 'Quick Links' menu, 'Follow Us' links, copyright menu). No related content,
# no ads.
# Not labelled: skip link, top nav and main nav (incl. 'Stay Informed' links), translate switcher, search forms,
# breadcrumb, the legal-aid finder and its LawHelp.org line (the page's body), footer 'Quick Links' (incl. 'Get Legal Help',
# 'Stay Informed'), copyright menu.
HT="/html/body/div/div/header/div/div[1]/div"
MN="/html/body/div/div/header/div/div[3]/div[2]/nav/div"
FT="/html/body/div/div/footer/div/div[1]"
related=[]
ctas=[
 C("donate", "Donate", "outside", HT+"/div[1]/nav[1]", note="header support nav holding only a 'Donate' link (menu--support-top-nav, set apart from the top nav)"),
 C("other", "Get legal help", "outside", HT+"/div[3]", amb=True, note="header 'Get legal help' button linking to the legal-aid finder (a service link; a reader may take it as navigation)"),
 C("newsletter", "Stay Informed With LSC Sign Up for the Updates", "outside", "/html/body/div/div/header/div/div[2]", amb=True, note="'Stay Informed With LSC' mini sign-up form (name, e-mail) in the header (l-prefooter mini; may be a drop-down shown from 'Stay Informed')"),
 C("other", "Get legal help", "outside", MN+"/div[1]", amb=True, note="mobile copy of the 'Get legal help' button in the main nav (getlegal--mobile, convention 9.3)"),
 C("donate", "Donate", "outside", MN+"/ul[1]", amb=True, note="mobile copy of the 'Donate' link in the main nav's top-navigation block (convention 9.3)"),
 C("contact", "Contact Information 1825 I Street NW, Suite 800, Washington, DC 20006 T: 202-295-1500 Contact Us", "outside", FT+"/div[2]/div", note="footer 'Contact Information': address, phone and a 'Contact Us' link on its own line (convention 2)"),
 C("follow", "Follow Us Facebook Twitter LinkedIn youtube bluesky instagram", "outside", FT+"/div[4]/div", note="footer 'Follow Us' social links"),
]
ads=[]
