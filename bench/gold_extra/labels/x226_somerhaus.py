from _dsl import *
FILE="wcxb/html/4584.html.gz"
# Somerhaus (Cincinnati event venue, Next.js) resource page 'Complete Wedding Planning Checklist'. Fixed header (nav,
# Somerset link, 'Book Now' inquiry button); breadcrumbs; title block (category, title, dek, date/readtime, Share/Print
# buttons, tags); article: an italic promo line for the 'Ultimate Cincinnati Wedding Planning Guide', a 'Related
# Resources:' list, checklists, Pro Tips, a 'Cincinnati Wedding Resources:' list and a closing 'Contact Somerhaus'
# line (wcxb's main_content keeps all of these); 'Ready to Create Something Extraordinary?' booking card; client-logo
# marquee (empty div, CSS background); footer (Get in Touch address, Event Types, Venue Info, Follow Us icons with a
# 'Loading...' placeholder); the streamed newsletter form (div#S:0, hidden, swapped into the footer placeholder). No ads.
# Not labelled: nav, breadcrumbs, tags row, Event Types / Venue Info footer lists (incl. 'Event Inquiry' link),
# client-logo marquee, legal/sister-bar links, empty w-full divs, template placeholders.
B="/html/body/div[2]/main/article/div"
related=[
 R(B+"/p[1]", None, 1, "before", amb=True, note="italic opening line 'Want the full Cincinnati wedding planning guide? Check out our Ultimate Cincinnati Wedding Planning Guide…' (one promo link; kept in wcxb's main_content)"),
 R(B+"/ul[1]", "Related Resources:", 3, "inline", note="'Related Resources:' list of three guides (heading in the sibling p[3]); kept in wcxb's main_content"),
 R(B+"/ul[22]", "Cincinnati Wedding Resources:", 3, "after|inline", note="'Cincinnati Wedding Resources:' list of three guides after the Pro Tips (heading in the sibling p[8])"),
]
ctas=[
 C("contact", "Book Now", "outside", "/html/body/div[2]/header/div/nav/div/a[2]", note="header 'Book Now' button to the event inquiry form"),
 C("share", "Share Print", "before", "/html/body/div[2]/main/div[2]/div[2]/div[2]", note="Share and Print buttons under the dek"),
 C("contact", "Ready to start planning your Cincinnati wedding? Contact Somerhaus to schedule your venue tour", "after", B+"/p[9]", note="closing line with 'Contact Somerhaus' link (kept in wcxb's main_content)"),
 C("contact", "Start Planning Your Event Ready to Create Something Extraordinary? Reserve your date at Cincinnati's most enchanting event space", "after", "/html/body/div[2]/main/div[3]", note="booking card under the article with 'Find Your Date' button to the inquiry form"),
 C("contact", "Get in Touch 1415 Republic St Cincinnati, OH 45202 Phone: (513) 902-1415 Contact Somerhaus", "outside", "/html/body/div[2]/footer/div/div[1]/div[1]", amb=True, note="footer 'Get in Touch' address, phone and contact link"),
 C("follow", "Follow Us", "outside", "/html/body/div[2]/footer/div/div[1]/div[4]", note="footer 'Follow Us' column: Facebook and Instagram icons (plus the newsletter placeholder 'Loading...')"),
 C("newsletter", "Get updates on events and special offers. Subscribe", "outside", "/html/body/div[3]", amb=True, note="streamed newsletter form (div#S:0, hidden in the HTML, shown in the footer 'Follow Us' column after hydration)"),
]
ads=[]
