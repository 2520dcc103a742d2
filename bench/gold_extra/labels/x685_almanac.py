from _dsl import *
FILE="wcxb/html/0214.html.gz"
# The Old Farmer's Almanac (Drupal) guide 'Vegetable Gardening for Beginners: The Complete Guide': header (red 'Great Gift
# Ideas! Explore Almanac Store Gift Guides' store banner; social icon row; utility links 'Get Almanac's Daily Updates /
# Extended Forecasts / Where to Buy / Contact Us'; logo, date, breadcrumb and mega-menu with a hidden mobile copy);
# breadcrumb; h1; article layout: primary image, 'SimplyGro' sponsorship-program field, subhead, byline/date; two-column
# section: main column ('For daily wit & wisdom, sign up for the Almanac newsletter' Listrak form, SimplyGro 'Finally,
# the Perfect Garden Seeds' promo of three rel="sponsored" seed-packet images, the body with an in-text 'Read Next' list
# of 3 links after the second paragraph and a 'Garden Planning Tool' section, topic link, 'About The Author' bio) and
# right rail (Freestar almanac_sidebar_right_1 with 'ADVERTISEMENT' label, 'Guides' series list with six headed lists,
# Freestar almanac_sidebar_right_2); empty post-roll-promotion views block; 'More Like This' grid of 6 cards; Freestar
# almanac_billboard_btf; comments ('Comments / Add a Comment', 10 comments, pager) beside Freestar
# almanac_sidebar_right_3; 'The Gardening Club Just Got Better! ... Learn More' store band with store logo and a Listrak
# product recommender (script template, 'BUY NOW' cards); footer ('Get Almanac's Daily Updates' e-mail band with BONUS
# guide, 'Our Brands' and 'Resources' menus, social icons, empty second social-menu grid, copyright/address).
# Not labelled: menus (header mega-menu and its mobile copy, footer 'Our Brands' and 'Resources' columns, whose 'Contact
# Us', 'Free Daily Newsletter', 'Advertise with Us' links sit among 11 nav links), breadcrumbs, the 'SimplyGro'
# sponsorship-program text field (a one-word label, no box or link), topic link, author bio (no social links), the
# body's 'Garden Planning Tool' section and its 'FREE week to try the Garden Planner' sentence and figure caption (body
# prose, kept by the wcxb ground truth), the empty post-roll-promotion views block and empty layout sections (empty
# shells), the empty second footer social-menu grid, the footer copyright/address line (no contact block), the
# body-ad-wrapper class on the body block (no slot element in it).
AR="/html/body/div[2]/main/section/div/div[2]/div/article/div"
MC=AR+"/div[4]/div[1]"
RL=AR+"/div[4]/div[2]"
GT=RL+"/div[2]/div/div/div"
related=[
 R(MC+"/div[3]/div/div/div[2]/div[2]", "Read Next", 3, "inline", note="in-text 'Read Next' list of 3 article links after the second paragraph"),
 R(GT+"/div[1]", "Getting Started", 2, "outside", note="right-rail 'Guides' series list, first headed list (3 links, one is this page); convention 7: one related block per heading"),
 R(GT+"/div[2]", "Planning For a Garden", 5, "outside", note="right-rail 'Guides' series list, headed list 2"),
 R(GT+"/div[3]", "Planting a Garden", 4, "outside", note="right-rail 'Guides' series list, headed list 3"),
 R(GT+"/div[4]", "Plant Growing and Care", 7, "outside", note="right-rail 'Guides' series list, headed list 4"),
 R(GT+"/div[5]", "Harvesting and Storing Vegetables", 3, "outside", note="right-rail 'Guides' series list, headed list 5"),
 R(GT+"/div[6]", "End of Season Gardening", 3, "outside", note="right-rail 'Guides' series list, headed list 6"),
 R(AR+"/div[6]", "More Like This", 6, "after", note="'More Like This' grid of 6 article/video cards under the article"),
]
ctas=[
 C("other", "Great Gift Ideas! Explore Almanac Store Gift Guides →", "outside", "/html/body/div[2]/header/div", note="red store banner at the top of the header (holiday gift guides of the Almanac store)"),
 C("follow", "", "outside", "/html/body/div[2]/header/section/div[1]", note="header social icon row (Facebook, Instagram, LinkedIn, Pinterest, YouTube)"),
 C("newsletter", "Get Almanac's Daily Updates", "outside", "/html/body/div[2]/header/section/div[2]/a[1]", amb=True, note="'Get Almanac's Daily Updates' (/signup) link, first of a four-link utility menu (forecasts, where to buy, contact): a menu link with an ask, mixed utility row"),
 C("newsletter", "For daily wit & wisdom, sign up for the Almanac newsletter.", "before", MC+"/div[1]", note="in-content Listrak newsletter sign-up form (heading, e-mail field, 'Sign Up') above the body"),
 C("other", "Finally, the Perfect Garden Seeds—From the trusted Old Farmer’s Almanac!", "before", MC+"/div[2]", amb=True, note="SimplyGro seed promo above the body; labelled as an ad (rel=sponsored product images); a shop-promo reading as an `other` CTA is the ambiguous alternative"),
 C("comments", "Comments Add a Comment", "after", AR+"/div[9]/div[1]", note="comments section: 'Comments' heading, 'Add a Comment' link, 10 comments and pager"),
 C("other", "📣The Gardening Club Just Got Better! 3 Deliveries, 10% Store Discount, and more!Learn More", "after|outside", AR+"/div[10]/div/div[1]", note="store band under the comments: Gardening Club offer with 'Learn More' button and Almanac Store logo link"),
 C("other", "", "after|outside", AR+"/div[10]/div/div[2]", amb=True, note="Listrak product recommender (content-recommender listrak-recommendations): a script template of 'BUY NOW' product cards, empty in the HTML (10.9)"),
 C("newsletter", "Get Almanac's Daily Updates BONUS: You'll also receive our free Beginner Gardening Guide! Go", "outside", "/html/body/div[2]/footer/div[1]", note="footer e-mail sign-up band ('Get Almanac's Daily Updates', BONUS guide, e-mail field, 'Go')"),
 C("follow", "", "outside", "/html/body/div[2]/footer/div[2]/div/div[1]/div/div/div", note="footer social icon row (Facebook, Instagram, LinkedIn, Pinterest, YouTube)"),
]
ads=[
 A(MC+"/div[2]", "before", note="SimplyGro 'Finally, the Perfect Garden Seeds' promo: three seed-packet images linking to the sponsor's shop with rel=\"sponsored\", on a page of the SimplyGro sponsorship program (as x643's rel=sponsored carousel: plain ad)"),
 A(RL+"/div[1]", "outside", note="right-rail Freestar almanac_sidebar_right_1 (300x250/300x600) with 'ADVERTISEMENT' label"),
 A(RL+"/div[3]", "outside", note="right-rail Freestar almanac_sidebar_right_2 (300x250) with 'Advertisement' label"),
 A(AR+"/div[8]/div/div", "after", note="Freestar almanac_billboard_btf (300x250/970x250) with 'ADVERTISEMENT' label, between 'More Like This' and the comments"),
 A(AR+"/div[9]/div[2]/div", "outside", note="Freestar almanac_sidebar_right_3 (300x250) beside the comments, 'ADVERTISEMENT' label"),
]
