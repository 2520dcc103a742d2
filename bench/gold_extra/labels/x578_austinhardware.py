from _dsl import *
FILE="wcxb/html/4531.html.gz"
# Austin Hardware & Supply (BigCommerce shop) page 'Austin Catalog Index': skip link; 'VIP Access ... Become an Austin
# Insider' announcement bar (to /subscribe); header (user nav with Compare Products, social icons, Support dropdown with
# Track Order / phone / Chat / Locations, account and cart; quick search; logo; products mega-menu, brands, pages; mobile
# copies of the Support dropdown and of Sign in / social links); main: h1, intro text with a 'Request Physical Catalog'
# button, then the ten catalog sections with 'Click Here' flip-book links (body); empty modals; footer ('Subscribe to our
# newsletter' band with an empty Klaviyo form mount; store info with Phone / Fax / Toll-Free block; 'Connect With Us'
# social icons; 'Customer Service (800) ...' with 'Contact Us' button; Top Categories, Customer Service, Our Company, My
# Account link columns; legal links; payment icons). No ad markup, no related content.
# Not labelled: skip link, mega-menu and page menus, Compare Products / account / cart, search, the flip-book section links
# (the page's content), empty modal and alert-modal, footer link columns (Top Categories, Customer Service with 'Request a
# Quote' among 9 service links, Our Company, My Account: menus), legal links, payment icons.
H="/html/body/header/div"
F="/html/body/footer/div[2]/section[1]"
related=[]
ctas=[
 C("newsletter", "VIP Access Be the first to receive industry news, product announcements, and market trends. Become an Austin Insider", "outside", "/html/body/div[1]", note="top announcement bar: 'VIP Access' button and 'Become an Austin Insider' link to /subscribe (news and announcements sign-up)"),
 C("follow", "Facebook Youtube Instagram Linkedin X", "outside", H+"/nav/ul/li[2]/ul", note="header user-nav social icons (Facebook, YouTube, Instagram, LinkedIn, X)"),
 C("contact", "Support Track Order Support 1-800-821-3520 Support 1-800-821-3520 Chat Locations", "outside", H+"/nav/ul/li[4]", amb=True, note="header 'Support' button and its dropdown (Track Order, support page, tel: link, Chat, Locations): a support menu more than an ask"),
 C("contact", "Support Track Order Support 1-800-821-3520", "outside", H+"/div[3]/nav/ul[2]", amb=True, note="mobile-menu copy of the Support dropdown (hidden on desktop)"),
 C("follow", "Facebook Youtube Instagram Linkedin X", "outside", H+"/div[3]/nav/ul[3]/li[2]/ul", amb=True, note="mobile-menu copy of the social icons (hidden on desktop)"),
 C("other", "Request Physical Catalog", "inline", "/html/body/div[4]/div[1]/main/div[1]/div/div[2]/div/div[2]/div/div/div[2]/div[2]", note="'Request Physical Catalog' primary button under the intro ('Click on the link below to have a catalog sent to you'), before the section list"),
 C("newsletter", "Subscribe to our newsletter Get the latest updates on new products and upcoming sales", "outside", "/html/body/footer/div[1]", note="footer newsletter band with Klaviyo form mount"),
 C("contact", "Phone (816) 246-2800 Fax (816) 246-2890 Toll-Free (800) 821-3520", "outside", F+"/div[1]/div/div/div/div/div/div/div[2]", amb=True, note="footer Phone / Fax / Toll-Free block, no button (convention 2)"),
 C("follow", "Connect With Us Facebook Youtube Instagram Linkedin X", "outside", F+"/div[1]/article", note="footer 'Connect With Us' social icons"),
 C("contact", "Customer Service (800) 821-3520 Contact Us", "outside", F+"/div[2]/div", note="footer 'Customer Service (800) 821-3520' with 'Contact Us' button"),
]
ads=[]
