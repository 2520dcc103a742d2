from _dsl import *
FILE="wcxb/html/4243.html.gz"
# Podium (SaaS, Next.js) blog article '10 Top Marketing Agencies to Grow Your Business in 2024': header (logo, hamburger,
# nav with mega menus, bar 'Sales: 1-801-438-4425' tel link / 'Sign in' / 'Get a demo' button); breadcrumb; article column
# (h1, author, description, tablet-only 'Watch demo' box, date / read time and social share links, empty hero image
# section, text with in-sentence links to other Podium articles, an empty #blog-cta-target mount after the intro and an
# empty #blog-cta-target-end mount after the last paragraph); right sidebar (desktop) 'Secure more leads for your business
# today / Watch demo' image box; mobile-only fixed bottom bar 'Try an AI Employee' with per-industry demo links; 'Get
# started today / Ready to grow? ... Watch a demo' band; footer (collapsed link columns AI Employee / Solutions /
# Business Types / Resources / Free Tools / Company / Partners, social icons, legal links). No related block, no ads.
# Not labelled: nav menus, 'Sign in' link, breadcrumb, author, in-sentence article links (body), empty hero section,
# footer link columns (incl. 'Contact Sales', 'Refer a Business', 'Download for iOS / Android' among nav links), legal
# links.
HB="/html/body/div/div/div[1]/header/nav/div"
RC="/html/body/div/div/div[2]/main/div/div[2]"
AR=RC+"/div[1]"
TX=AR+"/div[6]/div/div/div"
related=[]
ctas=[
 C("other", "Sales: 1-801-438-4425 Sign in Get a demo", "outside", HB, note="header bar: sales phone link, 'Sign in', 'Get a demo' button (asks differ: other; conventions 4 and 9.2)"),
 C("contact", "Sales: 1-801-438-4425", "outside", HB+"/a[1]", amb=True, note="header tel: link 'Sales: 1-801-438-4425' (convention 10.5)"),
 C("other", "Get a demo", "outside", HB+"/a[3]", amb=True, note="header 'Get a demo' button of the bar (convention 9.2; demo request: other, 10.7)"),
 C("other", "Watch demo", "before", AR+"/div[4]", amb=True, note="'Watch demo' box under the description (stickyCTAs hidden-desktop show-tablet hidden-mobile: tablet only, convention 9.3)"),
 C("share", "Facebook LinkedIn Twitter Email Copy to clipboard", "before", AR+"/div[5]/div/div/div/div[2]", note="social share links beside the date above the text"),
 C("other", "", "inline", TX+"/div[1]", amb=True, note="empty #blog-cta-target mount after the intro (blog CTA filled by script, convention 10.9)"),
 C("other", "", "after", TX+"/div[2]", amb=True, note="empty #blog-cta-target-end mount after the last paragraph (convention 10.9)"),
 C("other", "Secure more leads for your business today Watch demo", "outside", RC+"/div[2]", note="right-sidebar image box 'Secure more leads for your business today' with 'Watch demo' button (hidden-tablet: desktop)"),
 C("other", "Try an AI Employee Automotive HVAC Medical Spa Furniture Jewelry Other", "outside", RC+"/aside", amb=True, note="fixed bottom bar 'Try an AI Employee' opening per-industry demo links (hidden-desktop: mobile only, convention 9.8)"),
 C("other", "Get started today Ready to grow? Scale your business with an AI-powered lead conversion platform. Watch a demo", "after", "/html/body/div/div/div[2]/main/div/div[3]", note="'Get started today' band under the article with 'Watch a demo' button"),
 C("follow", "", "outside", "/html/body/div/div/footer/div[2]", note="footer social icons (Facebook, Instagram, LinkedIn, Twitter)"),
]
ads=[]
