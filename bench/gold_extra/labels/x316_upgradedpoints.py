from _dsl import *
FILE="wcxb/html/0334.html.gz"
# Upgraded Points (points/credit-card affiliate site, Gatsby) guide 'The 10 Best Car Rental Companies in 2025': header (logo,
# mega nav, search toggle, 'Advertiser Disclosure' + its modal); article header (breadcrumbs, title, author/editor hover
# cards, date, image); 'Jump to Section' TOC; compensation disclosure line; text (Key Takeaways, rate table, company
# sections with two '» Related:' lines and two labelled 'Advertisement' slots between sections); article footer (image
# credit, FAQs (kept in the wcxb ground truth), 'Was this page helpful?' feedback buttons, author box with Twitter/e-mail
# icons, 'INSIDERS ONLY: UP PULSE' newsletter form, 'We Recommend' Amex Platinum card offer box); sidebar ('Top Partner
# Offers' 4 credit-card offers with 'Apply Now', desktop and mobile 'Advertisement' slots); 'Related Posts' row of 4;
# footer ('Upgrade your travel experience' social icons, link lists, legal links, DMCA/Comodo badges).
# Not labelled: nav, search, breadcrumbs, author/editor hover cards, TOC, advertiser disclosure line and modal, footer link
# lists and badges, GTM noscript iframe.
AR="/html/body/div/div[1]/main/article/div/div[2]"
B=AR+"/div/div/div"
FT=AR+"/div/div/footer"
SB=AR+"/aside/div"
related=[
 R(B+"/div[2]", "» Related:", 1, "inline", note="'» Related: How to Save Money on Car Rentals' line after the rate discussion"),
 R(B+"/div[5]", "» Related:", 1, "inline", note="'» Related: 15 Things To Know About Booking Rental Cars' line after the Advantage section"),
 R("/html/body/div/div[1]/main/section", "Related Posts", 4, "after", note="'Related Posts' row of 4 guides under the article"),
]
ctas=[
 C("other", "Was this page helpful? Yes No", "after", FT+"/section[3]", note="feedback buttons under the FAQs"),
 C("follow", "", "after", FT+"/section[4]/div[2]/div/ul", amb=True, note="author box Twitter and e-mail icons"),
 C("newsletter", "INSIDERS ONLY: UP PULSE™ Get the latest travel tips, crucial news, flight & hotel deal alerts...", "after", FT+"/section[5]", note="'UP PULSE' newsletter sign-up form"),
 C("other", "We Recommend Terms Apply / Rates & Fees Platinum Card® from American Express Apply Now", "after", FT+"/div", note="'We Recommend' affiliate credit-card offer box (Apply Now) at the end of the article footer"),
 C("other", "Top Partner Offers Our Selection Approach ELEVATED WELCOME OFFER The Business Platinum Card® from American Express", "outside", SB+"/div[1]", note="sidebar 'Top Partner Offers': 4 affiliate credit-card offers with 'Apply Now' buttons and 'See Best Credit Cards'"),
 C("follow", "", "outside", "/html/body/div/div[1]/footer/div/div[1]/div[2]/div[1]/ul", note="footer social icons (Facebook, Twitter, Instagram, Pinterest, LinkedIn, YouTube)"),
]
ads=[
 A(B+"/div[3]", "inline", "'Advertisement' label + empty upgp-display-ad between the rate comparison and the Advantage section"),
 A(B+"/div[8]", "inline", "'Advertisement' label + empty upgp-display-ad between the Avis and Budget sections"),
 A(SB+"/div[2]", "outside", "desktop sidebar 'Advertisement' slot (empty upgp-display-ad)"),
 A(SB+"/div[3]", "outside", "mobile sidebar 'Advertisement' slot (device variant)"),
]
