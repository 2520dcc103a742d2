from _dsl import *
FILE="wcxb/html/0272.html.gz"
# Iceland Photo Tours (Next.js travel marketplace) article 'Beginner's Guide to Types of Cameras for Digital Photography':
# empty modal loader; header (logo, 'Book Photo Tours / Explore Articles / About Us / Contact Us' menu, search and icon
# buttons, Google one-tap mount); empty USP bar; 'Book your trip now' button bar; heading block (h1, author, 'Share
# article' / 'View comments' links, date, loading dots); left 'Jump to chapter' list; article text in HTML widgets with
# eight 'See also:' lines set between rules, a 'See our popular Norway Photography Tours & Workshops' product tiles widget
# after the intro, and two 'Insider tip' tour promo cards; empty comments anchor; right rail (loading dots, 'Popular articles' list of 10
# article cards, 'Scan the QR Code / Or download from the app store'
# app box); 'Other interesting articles' band of 3 cards; footer (tour category tiles, empty subscribe-form placeholder,
# review-site ratings, link columns incl. Address block with phone and e-mail, 'Join our team' column).
# No ad markup: no ads.
# Not labelled: menus and header icon buttons, Google one-tap mount (sign-in plumbing), empty USP bar and loading dots,
# 'Jump to chapter' (table of contents), footer tour category tiles (service pages, 10.4), review ratings, footer link
# columns (About us / Terms / Reviews / FAQ; Type of Travel; Photography Articles).
M="/html/body/div/div[3]/div[1]/main"
AR=M+"/div[4]/article/div[1]"
H=M+"/div[3]/div[2]/div/div[2]/div[1]"
FT="/html/body/div/div[3]/div[2]"
related=[
 R(AR+"/div[3]/div/ul[1]", None, 1, "inline", note="'See also: How to Use Smartphone Camera Modes for Amazing Landscape Photography' line between rules"),
 R(AR+"/div[3]/div/ul[2]", None, 1, "inline", note="'See also: Film vs Digital Cameras for Landscape Photography'"),
 R(AR+"/div[3]/div/ul[3]", None, 1, "inline", note="'See also: A Brief History of Photography'"),
 R(AR+"/div[3]/div/ul[4]", None, 1, "inline", note="'See also: 15 Types of Photography to Challenge Your Creativity'"),
 R(AR+"/div[3]/div/ul[5]", None, 1, "inline", note="'See also: The Best Camera Gear Recommendations for Photography in Iceland'"),
 R(AR+"/div[3]/div/ul[6]", None, 1, "inline", note="'See also: Best Cameras for Beginners in 2020'"),
 R(AR+"/div[5]/div/ul", None, 1, "inline", note="'See also: Ultimate Guide to Time Lapse Photography'"),
 R(AR+"/div[7]/div/ul", None, 1, "inline", note="'See also: Travel Photography Explained' (after the last section, before closing rules)"),
 R(M+"/div[4]/aside[2]/div/div[2]", "Popular articles", 10, "outside", note="right-rail 'Popular articles' list of 10 article cards (heading links to /articles)"),
 R(M+"/div[5]", "Other interesting articles", 3, "after", note="'Other interesting articles' band of 3 cards under the article"),
]
ctas=[
 C("other", "Book your trip now", "before|outside", M+"/div[1]", note="'Book your trip now' button bar above the article heading"),
 C("other", "Share article View comments", "before", H, note="heading links: 'Share article' button and 'View comments' link (two asks, 9.2)"),
 C("share", "Share article", "before", H+"/button", amb=True, note="'Share article' button of the heading links"),
 C("comments", "View comments", "before", H+"/div", amb=True, note="'View comments' link of the heading links"),
 C("other", "See our popular Norway Photography Tours & Workshops", "inline", AR+"/div[2]", amb=True, note="product tiles widget after the intro: Lofoten / Svalbard ... tours (site's own tours in the text, 10.2)"),
 C("other", "Insider tip See our popular Mongolia Photography Tours & Workshops Learn more", "inline", AR+"/div[4]", amb=True, note="'Insider tip' tour promo card in the text"),
 C("other", "Insider tip See our popular Switzerland Photography Tours & Workshops Learn more", "inline", AR+"/div[6]", amb=True, note="'Insider tip' tour promo card in the text"),
 C("comments", "", "after", M+"/div[4]/article/div[3]", amb=True, note="empty comments anchor #comentarioComments (comment section mount)"),
 C("app", "Scan the QR Code Or download from the app store", "outside", M+"/div[4]/aside[2]/div/div[3]", note="right-rail app download box"),
 C("newsletter", "", "outside", FT+"/div[2]", amb=True, note="empty footer subscribeFormLoading placeholder (subscribe form loaded by script, 10.9)"),
 C("contact", "Address Iceland Photo Workshops ehf.", "outside", FT+"/div[3]/footer/div[2]/div/div/div[1]/div[2]", amb=True, note="footer Address block with phone and e-mail links, no button (convention 2)"),
 C("other", "Join our team Become a local contact Join our affiliate program", "outside", FT+"/div[3]/footer/div[2]/div/div/div[3]", amb=True, note="footer 'Join our team' column: local contact and affiliate program (half-menu column, 9.7)"),
]
ads=[]
