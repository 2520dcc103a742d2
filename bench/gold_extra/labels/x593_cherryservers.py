from _dsl import *
FILE="wcxb/html/4232.html.gz"
# Cherry Servers blog post '8 Private Cloud Providers Compared: SMBs & Enterprise Solutions': header (logo; primary mega
# menu Pricing / Products / Solutions / ...; mobile-only Log In / Sign up buttons and social icons inside the mobile menu;
# secondary nav Support, Log In, Sign up); breadcrumb; title block (h1, hero figure, author, topic tag, dates); sticky table of
# contents; article text (h2/h3 sections for 8 providers, two 'Also read:' story lines); right rail (promo box 'Bare Metal
# Servers - 15 Minute Deployment ... Start Now', 'Share this article' icons); 'Related Articles' band of 3 cards; footer
# ('Join our community, and get 10% OFF' newsletter form, 'Contact us 24/7' e-mail / phone block, product / solution /
# location / resources / company menus, badges, social icons, legal links); search modal; cookie banner; toast template;
# empty #modals.
# Not labelled: menus, Support and Log In links, breadcrumb, author and topic tag, table of contents, footer menus (incl.
# Contacts, Affiliate Program, Support), badges, legal links, search modal, cookie banner, toast template, empty #modals.
S="/html/body/main/section[1]/div/div/div/div[2]"
MM="/html/body/div[1]/div/div/div/div/div[2]/div"
related=[
 R(S+"/div[2]/div/p[47]", None, 1, "inline", note="'Also read: How to Install OpenShift on Bare Metal' story line (bold lead-in and link)"),
 R(S+"/div[2]/div/p[54]", None, 1, "inline", note="'Also read: How to Evaluate a Cloud Provider’s Security' story line before the Conclusion"),
 R("/html/body/main/section[2]", "Related Articles", 3, "after|outside", note="'Related Articles' band of 3 cards (Cloud vs Dedicated Servers, How to Choose a Dedicated Server, Cloud Cost Optimization) between the article and the footer"),
]
ctas=[
 C("other", "Sign up", "outside", "/html/body/div[1]/div/div/div/nav/ul/li[3]", amb=True, note="header 'Sign up' button beside Log In (11.7: sign-up beside a log-in is amb)"),
 C("other", "Log In Sign up", "outside", MM+"/div[3]", amb=True, note="mobile-menu Log In / Sign up buttons (xl:hidden: 9.3)"),
 C("follow", "", "outside", MM+"/div[4]", amb=True, note="mobile-menu social icons Twitter / Facebook / LinkedIn / YouTube (xl:hidden: 9.3)"),
 C("other", "Bare Metal Servers - 15 Minute Deployment Get 100% dedicated resources for high-performance workloads. Start Now", "outside", S+"/div[3]/div/div[1]", note="right-rail promo box for bare metal servers with 'Start Now' button (to dedicated server pricing)"),
 C("share", "Share this article", "before|outside", S+"/div[3]/div/div[2]", note="'Share this article' Twitter / Facebook / LinkedIn share links in the sticky right rail"),
 C("newsletter", "Join our community, and get 10% OFF for all orders I agree to receive marketing communication as per Privacy Policy Subscribe", "outside", "/html/body/footer/div/div[1]/div/div[1]", note="footer newsletter box with e-mail field, consent box and Subscribe button"),
 C("contact", "Contact us 24/7 Sales: sales@cherryservers.com Support: support@cherryservers.com", "outside", "/html/body/footer/div/div[1]/div/div[2]", amb=True, note="footer 'Contact us 24/7' block of e-mail and phone links, no button or form (convention 2)"),
 C("follow", "", "outside", "/html/body/footer/div/div[3]/div/div[2]/ul[1]", note="footer social icons Twitter / Facebook / LinkedIn / YouTube"),
]
ads=[]
