from _dsl import *
FILE="wcxb/html/0342.html.gz"
# 98 Buck Social (social-media agency, WordPress/Bricks) blog post 'Top Affordable Social Media Marketing Services for
# Small Businesses': skip links; sticky header (logo, 4-link menu plus mobile copy, 'Sign Up' and 'Call Us' buttons);
# h1 section; hero image section; two-column grid (3fr text with four h2 sections ending in a 'Discover how 98 Buck
# Social can help …' service line; 1fr right column with 4 latest-post cards, image + h3 title, no heading, no links in
# the HTML); site FAQ accordion 'Have any questions? We have answers.' (7 questions, the first with a 'Socialboost'
# partner button); footer (Contact Us address, Company / Resources links, 'Follow Us' icons, copyright, legal links);
# three hidden Bricks pop-ups (an unedited template 'I am a heading', a booking-widget iframe, a Calendly '10-minute
# intro' inline widget). No ad slots (a googletag name only in the theme's CSS/script, no slot markup).
# Not labelled: skip links, menus (incl. mobile copy), the closing service line of the text (body), the FAQ accordion
# itself (site FAQ, not related stories), footer address and link columns, legal links, template pop-up.
GR="/html/body/main/section[3]/div/div"
related=[
 R(GR+"/div[2]", None, 4, "outside", note="right column of the text grid: 4 latest-post cards (image + h3 title; query loop posts_per_page 4), no heading; the titles are not links in the HTML"),
]
ctas=[
 C("other", "Sign Up", "outside", "/html/body/header/section/div/div[2]/div[2]/a[1]", note="header button 'Sign Up' (order page for plans)"),
 C("contact", "Call Us", "outside", "/html/body/header/section/div/div[2]/div[2]/a[2]", note="header button 'Call Us' (tel: link)"),
 C("other", "Socialboost", "after", "/html/body/main/section[4]/div/div[2]/div/div[1]/div[2]/span", amb=True, note="'Socialboost' partner button in the first FAQ answer ('Click the link below to enroll'): a promo inside the site FAQ, which could also be read as FAQ text"),
 C("follow", "Follow Us", "outside", "/html/body/footer/section[1]/div/div[4]", note="footer 'Follow Us' heading with 8 icon links (Facebook, Instagram, TikTok, Google, LinkedIn, YouTube, Pinterest, X)"),
 C("contact", "", "outside", "/html/body/div[2]", amb=True, note="hidden pop-up (brx-popup hide) with a booking-widget iframe (links.98bucksocial.com/widget/booking), opened by script"),
 C("contact", "", "outside", "/html/body/div[3]", amb=True, note="hidden pop-up with a Calendly inline widget '10-minute intro social media' call booking, opened by script"),
]
ads=[]
