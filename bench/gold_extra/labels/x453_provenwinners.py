from _dsl import *
FILE="wcxb/html/4701.html.gz"
# Proven Winners (plant brand, Drupal) article '14 Low-Light Houseplants That Thrive in Dim Spaces': mobile top bar (logo,
# retailer / idea-board / account / cart icons); mobile slide-out menu (search, country flags, primary menu copy); header
# (breadcrumbs; top bar with mobile-only 'Sign up for emails' form, search, 'Contact' drop-down 'Question? Feedback? We're
# listening! Contact Us', 'Get Local' drop-down 'Find locations near you ... View Local Retailers', user block with 'Log In'
# idea-boards drop-down and e-mail field; primary menu incl. Professionals / Newsletters links); empty pw-pencil-banner;
# h1, subtitle, contributor; AddToAny share kit (Facebook, X, Pinterest, print); 'Check here to see if The Home Depot® or
# your Local Garden Center is carrying leafjoy®.' line; intro; table of 14 plants (image and name linking to plant search or
# product pages, 'Pictured:' product links); FAQ (with a 'See more low-light plants:' collection link); 'Where to buy
# leafjoy® indoor plants near you:' with 'Find a leafjoy® Retailer' button; 'Want to learn more?' link; 'Ask a Question /
# Give Feedback' buttons; empty right sidebar; footer top bar ('Know Your Zones ... Learn More' promo, 'Sign Up!'
# newsletter form); footer (copyright, menus, 'Connect with us' social icons, homepage-only feedback link); scroll-to-top;
# 'Text Me Retailer Information' SMS modal; idea-boards pop-up copy; empty overlays and modal portal. No ad slots.
# Not labelled: menus (incl. Newsletters / Create Account / Contact Us links), mobile top-bar icons, cart element,
# breadcrumbs, search forms, country flags, contributor line, plant images / names / 'Pictured:' product links (the
# list itself), FAQ headings, empty right sidebar, empty overlays and pw-modal-portal, scroll-to-top link.
HB="/html/body/div[1]/div[3]/div[3]/div[2]"
HO="/html/body/div[1]/div[3]/div[4]/div[1]/div/div[2]/div[3]"
FB="/html/body/div[1]/div[3]/div[5]"
FT="/html/body/div[1]/div[3]/div[6]/div/div[2]/div"
related=[
 R(HO+"/p[5]", None, 1, "inline", amb=True, note="FAQ line 'See more low-light plants: Proven Winners® leafjoy® Cocoon® Collection' linking a product-collection page (a reader could take it as part of the answer)"),
 R(HO+"/h4[3]", "Want to learn more?", 1, "after", note="'Houseplant Care Tips, Ultimate Growing Guides, and Inspiration' link to the leafjoy care-tips hub; its heading 'Want to learn more?' is the preceding sibling h4 (kept in the wcxb ground truth)"),
]
ctas=[
 C("newsletter", "Sign up for emails", "outside", HB+"/div[1]", note="header mobile-only e-mail sign-up form"),
 C("contact", "Contact Question? Feedback? We're listening! Contact Us", "outside", HB+"/div[2]/div[2]", note="header 'Contact' drop-down: 'Question? Feedback? We're listening!' with 'Contact Us' button"),
 C("other", "Get Local Get Local Find locations near you that offer Proven Winners products View Local Retailers", "outside", HB+"/div[2]/div[3]", note="header 'Get Local' drop-down: retailer finder with 'View Local Retailers' link"),
 C("other", "Find plants you love and create idea boards for all your projects.", "outside", HB+"/div[2]/div[4]/div/div[1]/div", amb=True, note="header idea-boards drop-down (heart icon): 'To create an idea board, sign in or create an account', e-mail field, 'Already Started? Login' (account funnel, shown on click)"),
 C("other", "", "before|outside", "/html/body/div[1]/div[3]/div[4]/pw-pencil-banner", amb=True, note="empty pw-pencil-banner element at the top of the main area (site promo strip filled by script)"),
 C("share", "", "before", HO+"/div[1]", note="AddToAny kit (Facebook, X, Pinterest, print) above the text"),
 C("other", "Check here to see if The Home Depot® or your Local Garden Center is carrying leafjoy®.", "before", HO+"/p[1]", note="retailer-locator line above the intro (links to a store map; not in the wcxb ground truth)"),
 C("other", "Find a leafjoy® Retailer", "after", HO+"/p[16]", note="'Find a leafjoy® Retailer' button; its heading 'Where to buy leafjoy® indoor plants near you:' is the preceding sibling h4 (kept in the wcxb ground truth)"),
 C("contact", "Ask a Question or Give Feedback about this article.", "after", HO+"/div[2]", note="'Ask a Question' / 'Give Feedback' buttons under the article (feedback form links)"),
 C("other", "Know Your Zones Whether it's the hot and humid South", "outside", FB+"/div[1]", note="footer top bar promo 'Know Your Zones' (hardiness-zone map) with 'Learn More' button"),
 C("newsletter", "Sign Up! Be inspired with our Gardener's Idea Book and Winner's Circle® newsletter", "outside", FB+"/div[2]", note="footer top bar 'Sign Up!' newsletter form"),
 C("follow", "Connect with us", "outside", FT+"/div[1]", note="footer 'Connect with us' social icons (Facebook, Instagram, TikTok, YouTube, Pinterest)"),
 C("contact", "Question? Feedback? We're listening", "outside", FT+"/div[2]", amb=True, note="footer feedback link 'Question? Feedback? We're listening' in a homepage-only-footer block (probably hidden on article pages)"),
 C("other", "X Text Me Retailer Information", "outside", "/html/body/div[2]", amb=True, note="hidden 'Text Me Retailer Information' modal (phone-number form to receive the nearest retailer's details)"),
 C("other", "Find plants you love and create idea boards for all your projects.", "outside", "/html/body/div[3]", amb=True, note="hidden idea-boards pop-up copy (sign in or create an account, e-mail field)"),
]
ads=[]
