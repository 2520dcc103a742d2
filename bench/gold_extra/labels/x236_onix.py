from _dsl import *
FILE="wcxb/html/0295.html.gz"
# Onix (cloud consultancy, WordPress + Elementor) blog post 'Best practices & strategies for gaming companies to boost
# their business performance'. Header: logo, (mobile-only) page title, mega-menu nav, full-screen search. Single-post
# template: 'Back to blog' button + 'Share' (Twitter, LinkedIn) row; hero image; category, title, 'Posted by', body
# (ends with the company's own 'Onix's Cloud and AI Solutions for Gaming Companies' paragraph - body per the ground
# truth); 'Author' heading with an empty box; 'Related blogs' (3-post carousel, plus a swiper of 6 recent posts hidden on
# all devices); 'Subscribe to stay in the know' HubSpot form; 'Your trusted guide to everything cloud' band with 'Learn
# more'. Footer: logo + e-mail/phones, menus (Company, Solutions, Our IP, Partners, Resources), copyright and 'Follow
# us' icons. Elementor popup with a script-filled HubSpot form. No ads.
# Not labelled: menus, search, 'Back to blog', category link, byline, empty author box, footer menus.
P="/html/body/div[1]"
related=[
 R(P+"/section[5]", "Related blogs", 3, "after", note="'Related blogs' carousel of 3 posts with 'Learn more' links"),
 R(P+"/section[5]/div/div/div/div[3]", None, 6, "after", amb=True, note="swiper of 6 recent posts inside the Related blogs section, hidden on desktop, tablet and mobile"),
]
ctas=[
 C("share", "Share", "before", P+"/section[1]/div/div[2]", note="'Share' heading with Twitter and LinkedIn share buttons above the hero image"),
 C("newsletter", "Subscribe to stay in the know", "after", P+"/section[6]", note="'Subscribe to stay in the know' band with a HubSpot form (filled by script)"),
 C("other", "Your trusted guide to everything cloud No matter where you are on your journey, trusted Onix experts can support", "after", P+"/section[7]", note="closing lead band 'Your trusted guide to everything cloud' with 'Learn more' button"),
 C("contact", "connect@onixnet.com 800.664.9638 216.529.3000", "outside", "/html/body/footer/section/div/div/div/section/div/div[1]", amb=True, note="footer column with logo, e-mail and phone numbers"),
 C("follow", "", "outside", "/html/body/footer/footer/div/div/div/section/div/div[3]", note="footer 'Follow us' social icons (heading in the sibling column)"),
 C("other", "", "outside", "/html/body/div[2]", amb=True, note="Elementor popup holding a HubSpot form filled by script (purpose not visible, probably a sign-up)"),
]
ads=[]
