from _dsl import *
FILE="wcxb/html/4858.html.gz"
# Website Builder Expert (websitebuilderexpert.com, MVF WordPress 'best' template) round-up 'Best Website Builders for 2026:
# Our Top 5'. The mega-menu's unclosed items make lxml nest the whole page inside the header nav (hence the long paths).
# Header (logo, mega-menu Build Your Site / Sell Products / Host A Website / Build a Brand / About (with 'Our Weekly
# Newsletter' and 'Contact Us' links) / Quiz, sub-navigation Best / Reviews / Pricing / Comparisons / Guides / Web Builder
# Matching Quiz); article header (breadcrumbs, h1, commission disclosure, 'Written by' / 'Researched by' / 'Updated on');
# 'Advertisement'-tagged comparison carousel of 5 affiliate provider cards (Hostinger featured, Wix, Squarespace, Shopify,
# GoDaddy; 'See Pricing' buttons, /go/ links); sidebar (newsletter box 'Your expert advice is here!' SUBSCRIBE, empty tenancy
# widget, 'Our methodology' with 'Comments: 37' link, 'On this page' TOC, 'Top 3 website builders' affiliate list); text
# (how-we-test box, accordions, comparison table with affiliate price links, five product sections with pros/cons,
# accordions and 'suitable for' boxes, how to choose, video, methodology, expert quote, verdict, FAQ accordion); authors box
# ('Written by' / 'Researched by' bios); 'Found this article helpful?' share bar; '37 comments' area with reply form and
# 'Load more'; footer (About / Contact / privacy links, empty social list, registered office).
# Not labelled: menus (incl. Newsletter, Contact Us and Quiz links), breadcrumbs, disclosure lines and tooltips, byline,
# 'On this page' TOC, comparison table in the text (body: its price links are table cells, not a box), accordions (7),
# expert quote and authors box (author bios), footer links, empty footer social list and empty tenancy widget.
H="/html/body/div/header/div/div/nav/ul/li/div/li/div/li/div/li/div/li/div/li/div/div[3]/div/div/div/article/div/div"
SB=H+"/div[2]/div/div"
MC=H+"/div[3]/div"
related=[
 R(MC+"/div[1]/div[3]/div/section/ul[1]/li[3]", None, 1, "inline", amb=True, note="spec-list line '💻 Read our Wix review for more information' in the product section (pointer written as a sentence in a list item, 10.10)"),
 R(MC+"/div[1]/div[4]/div/section/ul[1]/li[3]", None, 1, "inline", amb=True, note="spec-list line '💻 Read our Squarespace review for more information' in the product section (pointer written as a sentence in a list item, 10.10)"),
 R(MC+"/div[1]/div[5]/div/section/ul[1]/li[3]", None, 1, "inline", amb=True, note="spec-list line '💻 Read our Hostinger review for more information' in the product section (pointer written as a sentence in a list item, 10.10)"),
 R(MC+"/div[1]/div[6]/div/section/ul[1]/li[3]", None, 1, "inline", amb=True, note="spec-list line '💻 Read our Shopify review for more information' in the product section (pointer written as a sentence in a list item, 10.10)"),
 R(MC+"/div[1]/div[7]/div/section/ul[1]/li[3]", None, 1, "inline", amb=True, note="spec-list line '💻 Read our GoDaddy review for more information' in the product section (pointer written as a sentence in a list item, 10.10)"),
]
ctas=[
 C("newsletter", "Sign up to our weekly newsletter Your expert advice is here! Grow your website with help from our FREE, weekly newsletter", "outside", SB+"/div[1]", note="sidebar newsletter box with SUBSCRIBE button (plus an empty tenancy widget mount inside it)"),
 C("comments", "Comments: 37", "outside", SB+"/div[2]/div/div[2]/p", amb=True, note="sidebar 'Comments: 37' count link to #comments under 'Our methodology' (bare comment count)"),
 C("other", "Top 3 website builders Wix Squarespace Hostinger", "outside", SB+"/div[3]/nav[2]", note="sidebar 'Top 3 website builders' list of three affiliate /go/ links (shop band outside the text; hidden-xs, shown on desktop)"),
 C("share", "Found this article helpful?", "after", MC+"/div[3]", note="'Found this article helpful?' share bar: Facebook, Twitter, LinkedIn, Pinterest"),
 C("comments", "37 comments Cancel reply Your email address will not be published.", "after", MC+"/div[4]", note="comments area: '37 comments' heading, reply form, empty comment list with 'Load more' button"),
]
ads=[
 A(H+"/div[1]/div", "before", note="comparison carousel tagged 'Advertisement' (commission tooltip) above the text: 5 affiliate provider cards with ratings, prices and 'See Pricing' buttons (a carousel marked as advertising, convention 3; wcxb keeps it as text)"),
]
