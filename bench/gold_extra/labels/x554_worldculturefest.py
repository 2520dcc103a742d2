from _dsl import *
FILE="wcxb/html/0195.html.gz"
# World Culture Festival (Art of Living, WordPress + Elementor) blog post 'The Ultimate Guide to Meditation: Techniques,
# Benefits, and Tips': Elementor header with three variants: a mobile sticky bar (logo, 'ES' link, a 'Get Your Free Pass'
# button hidden on every breakpoint, menu icon), a laptop-only header (logo, menu, 'Donor Pass' / 'Get Your Free Pass'
# buttons) and the desktop header (ES link, logo, menu, same two buttons). Article: category line, h1, image, author/date,
# text (topic list with anchors, sections, embedded videos, 'Meditation apps and resources' list of Art of Living links,
# FAQ), 'About the Writer' box with the author's two Instagram accounts, Heateor share bar; sticky sidebar with a sponsor
# logo GIF. Footer: menu (incl. Contact), logo, copyright and language switcher, photography notice. Hidden Elementor menu
# popup (menu plus 'Donor Pass' / 'Get Your Free Pass' buttons); WPML language footer.
# No ads, no ad configuration (only GTM).
# Not labelled: menus, 'ES' language links, the mobile 'Get Your Free Pass' button (hidden on every breakpoint), topic list
# (table of contents), the 'Meditation apps and resources' list and in-text links (body: a section of the guide), sidebar
# sponsor logos (convention 3), footer menu, photography notice, language switchers, the popup's menu.
AR="/html/body/section/div/div/div[1]"
HB="/html/body/div[1]/div[3]/div[4]"
ctas=[
 C("other", "Donor Pass Get Your Free Pass", "outside", HB, note="desktop header button bar: 'Donor Pass' (donate page) and 'Get Your Free Pass' (festival registration); two asks, so 'other' (9.2)"),
 C("donate", "Donor Pass", "outside", HB+"/div[1]", amb=True, note="desktop header 'Donor Pass' button (links to /donate/; button of the bar, 9.2)"),
 C("other", "Get Your Free Pass", "outside", HB+"/div[2]", amb=True, note="desktop header 'Get Your Free Pass' registration button (button of the bar, 9.2)"),
 C("other", "Donor Pass Get Your Free Pass", "outside", "/html/body/div[1]/div[2]/div[3]", amb=True, note="the same button bar in the laptop-only header variant (hidden on desktop, 9.3)"),
 C("other", "Donor Pass Get Your Free Pass", "outside", "/html/body/div[3]/div/div/div[2]", amb=True, note="the same button bar inside the hidden Elementor menu popup (9.5: hidden)"),
 C("follow", "About the Writer: Denise Everheart is a freelance writer", "after", AR+"/div[4]", amb=True, note="'About the Writer' box ending 'Follow her @everheartstudio4meditation and @celeplateyourlife on Instagram' (author-bio social links; kept in the wcxb ground truth)"),
 C("share", "", "after", AR+"/div[5]", note="Heateor social share bar under the article (Facebook, Twitter and more)"),
]
related=[]
ads=[]
