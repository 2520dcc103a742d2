from _dsl import *
FILE="wcxb/html/4475.html.gz"
# Home Grounds (WordPress/GeneratePress coffee site, Amazon affiliate via geni.us) product round-up 'Best Drip Coffee
# Maker in 2026: Buying Tips From Coffee Pros': top bar ('BREW BETTER COFFEE', row of Facebook group / Instagram / YouTube
# / Pinterest icons with follower counts, 'Subscribe' button opening a Newsletter-plugin e-mail form); header (header
# widget menu, logo, primary navigation with search); post meta (author, editor, date; 'Fact Checked' / 'Why Trust
# Homegrounds?' items opening modals); article (breadcrumbs; entry content: h1, intro, 'At A Glance:' box of three
# affiliate links to the top picks, 'How I Tested' section, a product comparison table of 8 rows each with an Amazon
# 'CHECK PRICE' button, eight numbered product boxes (label, h3 title link, spec list, product image, 'SEE ON AMAZON' and
# for two a second retailer button), review text with call-out quotes, photos and pros/cons boxes, in-text links to the
# site's own reviews (some pointer sentences alone in a paragraph), buying guide ('How To Choose…'), 'More Information On
# The Best Coffee Makers' section with two lists of pointer lines to other round-ups, 'The Verdict', an affiliate product
# image, FAQ accordion, references); author box (no links); right sidebar (table of contents only); empty comments area;
# an empty full-width band holding an empty OptinMonster inline holder (om-…-holder) and a commented-out Mailchimp form
# shortcode; affiliate disclosure notice; footer (legal menu incl. 'Contact Us', DMCA badge, language switcher,
# copyright); three modals ('Fact Checked' text, empty 'cite', 'Why Trust Homegrounds' with a 'Learn More About Us' link).
# All scripts are stripped; no ad markup or ad configuration anywhere, so no ad slots.
# Not labelled: menus (header widget menu, primary menu with its 'Contact Us' entry, footer legal menu), search,
# breadcrumbs, post meta and the three editorial modals (fact-check / trust notes, not asks), the affiliate disclosure
# notice, links on terms inside ordinary sentences (p[11], p[19], p[53], p[56], p[57], p[60], p[68], p[71]), photos,
# call-outs, pros/cons, FAQ accordion (body, 7), references, the sidebar table of contents, the author box (no links),
# the empty comments area (no form, no count), the empty brewed-con-prt div, language switcher, DMCA badge.
# Affiliate convention (2026-12-05) and 10.2: the product boxes, the 'At A Glance' link box, the comparison table's
# per-row buttons and the closing affiliate image are `other` CTAs, amb.
EC="/html/body/div[2]/div/div[2]/main/article/div/div[1]"
TB="/html/body/div[1]/div/aside/div/div"
related=[
 R(EC+"/p[12]", None, 1, "inline", amb=True, note="'You can learn more about this high-end brewer in my Technivorm Moccamaster review.' alone in its paragraph: a pointer written as an ordinary sentence (10.10 / 11.4: amb)"),
 R(EC+"/p[29]", None, 2, "inline", amb=True, note="paragraph 'I looked deeper into the Oxo Brew in our full review… / For a smaller capacity brewer…, check out the … Oxo Brew 8-cup coffee maker': two pointer sentences to the site's reviews written into the text (10.10: amb)"),
 R(EC+"/p[43]", None, 1, "inline", amb=True, note="'Learn more in this detailed full review of the Cafe Specialty Coffee Maker.' alone in its paragraph: ordinary pointer sentence (10.10 / 11.4: amb)"),
 R(EC+"/p[75]", None, 1, "inline", amb=True, note="'… If you want a more complete list, read our round-up of the best SCAA coffee makers.' pointer sentence closing a paragraph of the SCAA section (10.10: amb)"),
 R(EC+"/ul[5]", "More Information On The Best Coffee Makers", 8, "inline", amb=True, note="h2 'More Information On The Best Coffee Makers' + lead-in 'This review round-up does not include:' + list of 7 lines 'Category – sentence with a link' to 8 of the site's round-ups (convention 8 / 9.1: the list; amb because each line is an ordinary sentence after a dash lead-in, as x630, and the section is part of the article, as x738's nested pointer lists)"),
 R(EC+"/ul[6]", None, 4, "inline", amb=True, note="list after the lead-in 'Interested in all the coffee makers from a particular brand? Here are some of the best-known:': 4 lines 'Brand – sentence with a link' to the site's brand round-ups (as ul[5]: amb)"),
 R(EC+"/p[78]", None, 1, "inline", amb=True, note="'Finally, if you're just looking for the best brewers in every style, read these reviews of the best coffee makers to learn more.' alone in its paragraph before 'The Verdict' (ordinary pointer sentence, 10.10 / 11.4: amb)"),
]
ctas=[
 C("follow", "86.9K 7.2K 21.8K 13.2K", "outside", TB+"/ul", note="top-bar icon row: Facebook group, Instagram, YouTube, Pinterest profiles with follower counts"),
 C("newsletter", "Subscribe Email", "outside", TB+"/div", note="top-bar 'Subscribe' button and the Newsletter-plugin e-mail form it opens (hdrnewsleter; a button and its panel are one CTA, convention 8)"),
 C("other", "At A Glance: OUR TOP PICK: Technivorm Moccamaster KBGV Select RUNNER UP: Ratio Six BUDGET PICK: Braun BrewSense", "inline", EC+"/div[1]", amb=True, note="'At A Glance:' box of three geni.us affiliate links to the top picks after the intro (affiliate convention / 10.2)"),
 C("other", "image product details Best Overall Best Overall Technivorm Moccamaster KGBV Select", "inline", EC+"/div[2]", amb=True, note="product comparison table of 8 rows, each with an Amazon 'CHECK PRICE' affiliate button: one listing CTA (convention 1, as x676)"),
 C("other", "Best Overall 1. Technivorm Moccamaster KBGV Select", "inline", EC+"/div[3]", amb=True, note="product box 1 (label, title link, specs, image, 'SEE ON AMAZON' and 'SEE ON COFFEE BROS' affiliate buttons; 10.2: one amb other CTA per box)"),
 C("other", "Runner-Up 2. Ratio Six Coffee Maker", "inline", EC+"/div[7]", amb=True, note="product box 2 ('SEE ON AMAZON', 'SEE ON SEATTLE COFFEE'; 10.2)"),
 C("other", "Best Programmable Coffee Maker 3. Breville Precision Brewer", "inline", EC+"/div[10]", amb=True, note="product box 3 ('SEE ON AMAZON'; 10.2)"),
 C("other", "Best with Thermal Carafe 4. OXO BREW 9-Cup Coffeemaker", "inline", EC+"/div[13]", amb=True, note="product box 4 ('SEE ON AMAZON'; 10.2)"),
 C("other", "Most Versatile 5. Ninja Specialty Coffee Maker", "inline", EC+"/div[16]", amb=True, note="product box 5 ('SEE ON AMAZON'; 10.2)"),
 C("other", "Best Small Capacity Brewer 6. Bonavita 5-Cup Coffee Maker", "inline", EC+"/div[19]", amb=True, note="product box 6 ('SEE ON AMAZON'; 10.2)"),
 C("other", "Most Beautiful Design 7. Café Specialty Drip Coffee Maker", "inline", EC+"/div[21]", amb=True, note="product box 7 ('SEE ON AMAZON'; 10.2)"),
 C("other", "Budget Pick 8. Braun BrewSense Drip Coffee Maker", "inline", EC+"/div[23]", amb=True, note="product box 8 ('SEE ON AMAZON'; 10.2)"),
 C("other", "", "inline", EC+"/center[19]", amb=True, note="centred Amazon product image (rel=sponsored geni.us link to the Technivorm) after 'The Verdict', before the FAQ: an affiliate image button (10.2)"),
 C("newsletter", "", "after|outside", "/html/body/div[2]/div/div[5]/div[2]/div[2]", amb=True, note="empty OptinMonster inline holder (om-…-holder) in a full-width band after the article, beside a commented-out Mailchimp form shortcode: an unrendered sign-up mount (10.9)"),
]
ads=[]
