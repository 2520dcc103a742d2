from _dsl import *
FILE="wcxb/html/4877.html.gz"
# Thomson Reuters Tax & Accounting blog post 'The best tax software for tax preparers: A buyer's guide' (WordPress inside
# the TR AEM shell): global header (Global directory, Contact dropdown, login/cart icons), site header mega menu (hidden
# panels with 'Feature'/'FEATURED'/'COMMUNITY' promo cards), Coveo search box; article hero (topic tag, title, author,
# date, Share menu; a mobile-only copy of the byline and Share menu), body ('Jump to' table of contents, sections, five
# 'Product spotlight' boxes, closing 'Learn more about Thomson Reuters tax software ...' line), share icons, topic tags,
# 'Back to blog'; sidebar (two product banners with buttons, empty 'solutions' and events containers, 'Related posts' 3);
# 'More answers' 3 cards under the article; footer menus (incl. 'Social media', 'Contact us' links), global footer; empty modal.
# No ads, no ad configuration.
# Not labelled: menus and footer link lists, Coveo search, topic tag/tags, 'Jump to' table of contents, 'Back to blog',
# the empty modal.
C_="/html/body/main/div/div"
AR=C_+"/div[1]/article"
BD=AR+"/div[3]/div[1]"
SB=C_+"/div[1]/div"
HM="/html/body/header/div[4]/div/div/div/nav/ul"
related=[
 R(SB+"/div[4]", "Related posts", 3, "outside", note="sidebar 'Related posts' with 3 cards"),
 R(SB+"/div[3]", None, 0, "outside", amb=True, note="empty sidebar 'events-block related-posts' container"),
 R(C_+"/div[2]", "More answers", 3, "after", note="'More answers' row of 3 post cards under the article"),
 R(HM+"/li[2]/div/div/div[2]/div/div[3]/div/div/div/div", "COVID-19 Resources", 1, "outside", amb=True, note="hidden mega-menu featured card 'COVID-19 Resources ... Learn more'"),
]
ctas=[
 C("share", "Share Facebook Twitter Linkedin Email", "before", AR+"/div[1]/div[2]/div/div/div", note="Share menu in the article hero (desktop)"),
 C("share", "Share Facebook Twitter Linkedin Email", "before", AR+"/div[2]/div/div", amb=True, note="mobile-only copy of the hero Share menu"),
 *[C("other", "Product spotlight", "inline", BD+f"/table[{i}]", amb=True, note=f"'Product spotlight' box {i} in the text (kept in the wcxb ground truth)") for i in range(1, 6)],
 C("read_more", "Learn more about Thomson Reuters tax software or explore tax software for tax preparers", "after", BD+"/p[50]", amb=True, note="closing product pointer line (kept in the wcxb ground truth)"),
 C("share", "Facebook Twitter Linkedin Email", "after", AR+"/div[3]/div[2]", note="share icons under the text"),
 C("other", "CoCounsel: Your trusted AI partner One agentic AI assistant for tax, audit, and accounting professionals. See CoCounsel in action", "outside", SB+"/div[1]/article[1]", note="sidebar product banner with 'See CoCounsel in action' button"),
 C("other", "Smarter tax workflow automation Modernize your 1040 workflow with AI-powered automation.", "outside", SB+"/div[1]/article[2]", note="sidebar product banner with 'Learn more' button"),
 C("other", "", "outside", SB+"/div[2]", amb=True, note="empty sidebar 'solutions' container"),
 *[C("other", "Feature Find the right solution for your unique needs Try our solution finder tool", "outside", HM+f"/li[1]/div/div/div[2]/div/div/div[2]/div[{i}]/div/div[2]/div/div[3]/div/div/div", amb=True, note=f"hidden mega-menu 'Find my solution' promo card (copy {i} of 3)") for i in range(1, 4)],
 C("other", "COMMUNITY Tax & accounting community Your online resource to get answers", "outside", HM+"/li[3]/div/div/div[2]/div/div[2]/div/div/div/div", amb=True, note="hidden mega-menu community promo card"),
 C("other", "FEATURED Quickfinder bundles The more you buy, the more you save", "outside", HM+"/li[4]/div/div/div[2]/div/div[3]/div/div/div/div", amb=True, note="hidden mega-menu shop promo card 'Shop all bundles'"),
]
ads=[]
