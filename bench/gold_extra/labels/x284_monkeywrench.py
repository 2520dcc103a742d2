from _dsl import *
FILE="wcxb/html/0218.html.gz"
# Monkey Wrench Plumbing (home-services company, WordPress/NitroPack) blog post 'What's Changing in California Plumbing
# Codes?': mobile sticky header (logo, phone icon, hamburger; 'Protection Plan' / 'Book Now' buttons; mobile nav with
# 'Learning Center' / 'Book Now' buttons and the main menu), coupon announcement bar, desktop header (top bar with
# service area and 'call us today' phone; logo with 'Learning Center' / 'Book Now' buttons; nav copy with the same mobile
# buttons), empty page-header, title/author, date/reading time with 'Share:' icons, category pill, text (ending with the
# company's own 'call Monkey Wrench…' pitch, body in the ground truth), author box, 'get in touch with us' contact form
# band, footer (logo, BBB badges, Company/Services link columns, Business Info with phone/address and social icons,
# copyright/license). No ads, no ad configuration, no related-content block.
# Not labelled: main menu (Coupons/Membership/Contact Us/Financing links), category pill, author box, BBB/seal badges,
# footer link columns.
related=[]
ctas=[
 C("contact", "", "outside", "/html/body/div/div[1]/div[1]/div/div/div[2]", amb=True, note="phone icon link in the mobile sticky header"),
 C("other", "Protection Plan Book Now", "outside", "/html/body/div/div[1]/div[2]", note="mobile sticky header buttons 'Protection Plan' (membership) and 'Book Now' (scheduler)"),
 C("other", "Learning Center Book Now", "outside", "/html/body/div/div[1]/div[3]/div/div/nav/div", amb=True, note="'Learning Center' / 'Book Now' buttons inside the mobile navigation (hidden menu)"),
 C("other", "Purify Your Air & Save: Ultimate Indoor Air Quality Package Now $3,500 – Over $1,000 Off!", "outside", "/html/body/div/div[2]", note="announcement bar promo linking to the HVAC coupons"),
 C("contact", "call us today (818) 213-1773", "outside", "/html/body/div/div[3]/div[1]/div/div[2]", note="desktop top bar 'call us today' phone link"),
 C("other", "Learning Center Book Now", "outside", "/html/body/div/div[3]/div[2]/div[1]/div/div/div[2]", note="desktop header buttons 'Learning Center' and 'Book Now' (scheduler)"),
 C("other", "Learning Center Book Now", "outside", "/html/body/div/div[3]/div[2]/div[2]/div/div/nav/div", amb=True, note="copy of the mobile nav buttons in the desktop nav-bar (d-lg-none, hidden on desktop)"),
 C("share", "Share:", "before", "/html/body/div/div[5]/div/div/div/div[2]/div/div[2]", note="'Share:' Facebook/Twitter/LinkedIn icons beside the date above the text"),
 C("contact", "get in touch with us", "after|outside", "/html/body/div/div[6]", note="'get in touch with us' contact form band between the article and the footer"),
 C("contact", "(818) 213-1773", "outside", "/html/body/div/div[7]/div[1]/div/div/div[3]/div/div[1]", amb=True, note="footer Business Info phone link (the address div[2] follows)"),
 C("follow", "", "outside", "/html/body/div/div[7]/div[1]/div/div/div[3]/div/div[3]", note="footer social icons (Google, Facebook, Instagram, YouTube, LinkedIn, Yelp, Nextdoor)"),
]
ads=[]
