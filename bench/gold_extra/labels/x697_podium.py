from _dsl import *
FILE="wcxb/html/0219.html.gz"
# Podium (SaaS, Next.js) blog article '7 Plumbing Industry Trends You Need To Know in 2025': header (logo, hamburger,
# mega-menu Business Types / Solutions / Pricing / Resources, action bar 'Sales: 1-801-438-4425' (tel:) / 'Sign in' /
# 'Get a demo'); breadcrumbs and '< Back to blog'; article column (h1, mobile author line, meta description, tablet-only
# 'Watch demo' sticky CTA, date / read time and share row Facebook / LinkedIn / Twitter / Email / Copy, body with sections
# and in-sentence links to other Podium articles, an empty 'blog-cta-target' mount between sections, closing paragraph
# ending 'See what all the hype is about with Podium.', empty 'blog-cta-target-end' mount); mobile-only fixed bottom
# 'Try an AI Employee' drawer (per-industry AI demo links); desktop right sidebar 'Get 30% more sales with AI. Watch demo'
# card; 'Get started today' band with 'Watch a demo' button; footer (collapsible headed link columns, social icons,
# legal links, 'Do Not Sell' button). No ad slots, no ad configuration.
# Not labelled: header mega-menu (incl. its 'Contact Us' link), 'Sign in', breadcrumbs, author line, body links written
# into ordinary sentences (keyword links to Podium articles, sources), the empty hero-resource section, footer link
# columns (the 'Resources' column mixes Pricing, Blogs, Contact Sales and the two app-store links: navigation, not a
# widget; 'Company' holds Contact Us among About/Careers/Press), legal links and the Do Not Sell button.
MN="/html/body/div/div/div[2]/main/div"
D1=MN+"/div[2]/div[1]"
TX=D1+"/div[6]/div/div/div"
HB="/html/body/div/div/div[1]/header/nav/div"
related=[]
ctas=[
 C("other", "Sales: 1-801-438-4425 Sign in Get a demo", "outside", HB, note="header action bar: Sales phone (tel:), 'Sign in', 'Get a demo' button; asks differ (convention 4)"),
 C("contact", "Sales: 1-801-438-4425", "outside", HB+"/a[1]", amb=True, note="header 'Sales:' tel: link of the action bar (10.5 lone tel: link; 9.2 button of a mixed bar)"),
 C("other", "Get a demo", "outside", HB+"/a[3]", amb=True, note="header 'Get a demo' button (/watch-demo) of the action bar (9.2; 10.7 demo = other)"),
 C("other", "Watch demo", "before", D1+"/div[4]", amb=True, note="stickyCTAs 'Watch demo' button above the body, classes hidden-desktop show-tablet hidden-mobile: a tablet copy of the sidebar card (9.3)"),
 C("share", "Facebook LinkedIn Twitter Email Copy to clipboard", "before", D1+"/div[5]/div/div/div/div[2]", note="socialShare row (Facebook, LinkedIn, Twitter, Email, copy link) beside the date and read time, above the body"),
 C("other", "", "inline", TX+"/div[1]", amb=True, note="empty div#blog-cta-target between 'How is the Plumbing industry doing?' and the trends list: a script-filled in-text CTA mount (10.9)"),
 C("other", "Now you know what customers are looking for from their local plumber – home renovation support", "after", TX+"/p[23]", amb=True, note="closing paragraph of the text ending with the ask 'See what all the hype is about with Podium.' (link to Podium's plumbing page; 10.1)"),
 C("other", "", "after", TX+"/div[2]", amb=True, note="empty div#blog-cta-target-end after the last paragraph: script-filled end-of-article CTA mount (10.9)"),
 C("other", "Try an AI Employee Automotive HVAC Medical Spa Furniture Jewelry Other", "outside", MN+"/div[2]/aside", amb=True, note="fixed bottom 'Try an AI Employee' drawer of per-industry AI demo links; hidden-desktop (mobile-only sticky bar, 9.8)"),
 C("other", "Get 30% more sales with AI. Without doing a thing. Watch demo", "outside", MN+"/div[2]/div[2]", note="right sidebar card (image link and 'Watch demo' button), hidden-tablet: the desktop copy"),
 C("other", "Get started today Ready to grow? Scale your business with an AI-powered lead conversion platform.", "after|outside", MN+"/div[3]", note="'Get started today' band with 'Watch a demo' button between the article and the footer (demo funnel, 10.7)"),
 C("follow", "", "outside", "/html/body/div/div/footer/div[2]", note="footer social icons (Facebook, Instagram, LinkedIn, Twitter)"),
]
ads=[]
