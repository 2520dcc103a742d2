from _dsl import *
FILE="wcxb/html/4271.html.gz"
# Thrive Internet Marketing Agency (WordPress/Genesis + Beaver Builder) portfolio page 'Web Designs' (a listing page: its
# content is the grid of ~130 case-study thumbnails with titles): header (logo, mega-menu whose Services drop-down holds
# an 'Experience Real Results' promo with 'SEND MY FREE PROPOSAL' e-mail form and result figures, other drop-downs,
# Contact link, 'SEND MY FREE PROPOSAL' menu button, phone link, 'Client Login / Support' buttons, search); subpage header
# (h1, subtitle, 'GET MY FREE PROPOSAL' e-mail form); category and subcategory filter lists; empty breadcrumb; portfolio
# grid; footer (logo and agency blurb, social icons, 'CALL 866.908.4748', 'Contact Us' / 'Thrive Gives Back' links,
# 'growing businesses since 2005' with 25 city links, copyright links); floating 'Get your free proposal!' button and
# the hidden proposal form it opens (gravity form, 'In a hurry? Give us a call now'); empty lazy-script templates.
# No ads, no ad configuration. The free-proposal asks are read as quote requests (contact).
# Not labelled: menus, search, portfolio filter lists, the portfolio grid (the page's own listing), footer blurb, city
# links (site directory), copyright links (incl. 'Refer Thrive'), 'Thrive Gives Back' link.
HD="/html/body/div[1]/header/div/div[2]"
FR="/html/body/footer/div[1]/div/div/div/div[3]/div/div"
related=[]
ctas=[
 C("contact", "Experience Real Results Partner with Thrive Internet Marketing Agency and scale your business. SEND MY FREE PROPOSAL", "outside", HD+"/section[2]/div/nav/ul/li[1]/ul/li/div", amb=True, note="promo inside the Services mega-menu drop-down (hidden until hover): 'Experience Real Results' text, e-mail field with 'SEND MY FREE PROPOSAL' button, result figures"),
 C("contact", "SEND MY FREE PROPOSAL", "outside", HD+"/section[2]/div/nav/ul/li[7]", amb=True, note="'SEND MY FREE PROPOSAL' button at the end of the main menu (li.send-proposal-btn, links to /contact/)"),
 C("contact", "866-908-4748", "outside", HD+"/section[3]", amb=True, note="header phone call link (call-phone-no), standing alone: a lone tel: link is amb (convention 10.5)"),
 C("other", "Client Login Support", "outside", HD+"/section[4]", amb=True, note="header utility buttons 'Client Login' and 'Support' (to /contact/): a utility bar, login is no ask"),
 C("contact", "GET MY FREE PROPOSAL", "before", "/html/body/div[1]/div/div/main/section[1]/div/article/header/div", note="subpage-header e-mail field with 'GET MY FREE PROPOSAL' button under the title"),
 C("follow", "Facebook Twitter Linkedin Youtube Instagram Tiktok", "outside", FR+"/ul", note="footer social icons"),
 C("contact", "CALL 866.908.4748", "outside", FR+"/p", amb=True, note="footer 'CALL 866.908.4748' line (p.footer-call, one tel: link) above the 'Contact Us' link: a lone tel: link is amb (convention 10.5)"),
 C("contact", "Contact Us Thrive Gives Back", "outside", FR+"/span", note="footer 'Contact Us' link set apart (span.contact_link, with 'Thrive Gives Back'); the 'CALL 866.908.4748' line above it is its sibling p (an item of its own)"),
 C("contact", "Get your free proposal!", "outside", "/html/body/div[2]", note="floating 'Get your free proposal!' button with close button; the hidden proposal form it opens (/html/body/div[3]: 'Experience Real Results.', name/e-mail/budget form, 'In a hurry? Give us a call now') is its panel"),
 C("contact", "Experience Real Results.", "outside", "/html/body/div[3]", amb=True, note="hidden proposal form #GetYourFreeProposalForm (style display:none; name/e-mail/budget Gravity form) opened by the floating button; one popup, amb while hidden (convention 9.5)"),
]
ads=[]
