from _dsl import *
FILE="wcxb/html/0356.html.gz"
# Flatiron School (coding bootcamp) blog post 'An Introduction to Professional Software Development': fixed header (promo
# bar 'Bootcamps up to $7,000 off! Learn More', logo, nav with mega-menus and an 'Apply Now' button, search form); post
# header ('Back to Blog', title, byline, category, image); text column (text with two in-text links, category, 'About Peter
# Bell / More articles by Peter Bell' author box) beside a 'Related Resources' sidebar (an admissions info-session event
# and two blog posts); footer (link lists, campuses, legal, address with e-mail/phone as plain text, social icons,
# copyright); cookie-law bar, 'Manage consent' tab and privacy settings modal. GTM only, no ads.
# Not labelled: nav and mega-menus, search, 'Back to Blog', category links, the author box (bio link only), footer link
# lists (incl. 'Contact') and plain-text address, cookie bar/modal, GTM noscript iframes.
related=[
 R("/html/body/main/article/div/div/div[2]", "Related Resources", 3, "outside", note="sidebar 'Related Resources': an 'Online Admissions Info Session' event teaser and two blog-post teasers"),
]
ctas=[
 C("other", "Bootcamps up to $7,000 off! Learn More", "outside", "/html/body/header/div[1]", note="promo bar at the top of the fixed header (tuition offer)"),
 C("other", "Apply Now", "outside", "/html/body/header/div[2]/nav/ul/li[6]/a", amb=True, note="'Apply Now' button at the end of the main nav"),
 C("follow", "", "outside", "/html/body/footer/div/div[1]/div[6]/ul", note="footer icons: LinkedIn, Twitter, Facebook, Instagram, Threads, TikTok, GitHub"),
]
ads=[]
