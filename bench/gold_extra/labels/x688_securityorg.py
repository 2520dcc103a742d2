from _dsl import *
FILE="wcxb/html/4601.html.gz"
# Security.org (WordPress, Centerfield Media) product round-up 'The Best Home Security Cameras of 2026': pre-header search
# form; header ('We may earn compensation from some providers below. Learn More' disclosure; 'Our videos have over 16
# million views on YouTube / See Our Channel »' link; logo and mega-menu); hero (h1, subtitle); meta ('All of our content
# is written by humans, not robots. Learn More'; authors, date); 'About our Methodology and Testing' accordion; 'Our Top
# Picks' band of three product tiles (SimpliSafe, ADT, Ring: label, logo, SecurityScore, top features, affiliate button
# 'See Packages' / 'Get Free Quote' / 'View on Amazon', phone links); left 'Table of Contents' anchor column; content
# column (intro; 'The Best Home Security Cameras of 2026' anchor list; 'Breaking Down…' list of 12 entries, each with h3,
# subtitle, a buy box (logo, SecurityScore, phone, affiliate button, image, product-specs table) and a product-card--sticky
# copy of the button, then text, figures, pros/cons and tips; two '>> Check Out:' pointer lines; pricing rundown with a
# '>> Compare:' pointer; methodology; recap; FAQs); citations; author bio (Paul Frew, empty social-links div); 'Explore
# Related Articles' row of 4; footer (logo, Company / Our Research link columns, YouTube / Facebook / X icons, copyright);
# 'Back to Top' link. No ads, no ad configuration (affiliate /go/ links only; the empty promotion-container divs inside
# the SimpliSafe buttons are a promo-code mount of the affiliate plugin, not ad markup).
# Not labelled: menus, search form, the compensation disclosure line and the 'written by humans' line (editorial
# notices), breadcrumbs/meta, the methodology accordion (body, 7), the tables of contents and the in-page anchor list,
# product-specs tables, pros/cons and tips (entry content), entry 12's box (Ecobee: rating only, no button) and its empty
# sticky card, citations, the author bio (no social links in it), footer link columns, copyright, 'Back to Top'.
MN="/html/body/div/div[2]/div/main"
CC=MN+"/section[4]/div/div[2]"
UL=CC+"/section[3]/div/ul"
TP=MN+"/section[3]/div"
related=[
 R(UL+"/li[3]/p[2]", None, 1, "inline", note="'>> Check Out: Best PoE Security Camera Systems in 2026' pointer alone in its paragraph (lead-in label + link, 11.4) in the Ring entry"),
 R(UL+"/li[7]/p[4]", None, 1, "inline", note="'>> Check Out: Nest Cam Indoor vs. the Arlo Pro 2' pointer alone in its paragraph, in the Nest entry"),
 R(CC+"/section[4]/div/p[2]", None, 1, "inline", note="'>> Compare: Nest Cam Indoor Vs. Arlo Pro 2' pointer alone in its paragraph, in the pricing rundown"),
 R("/html/body/div/div[4]", "Explore Related Articles", 4, "after|outside", note="'Explore Related Articles' row of 4 dated article cards after the author bio"),
]
ctas=[
 C("follow", "Our videos have over 16 million views on See Our Channel »", "outside", "/html/body/div/header/div[1]/div/div[2]", note="header YouTube channel link ('Our videos have over 16 million views on [YouTube] / See Our Channel »', sub_confirmation URL)"),
 C("other", "Best Burglar Deterrent SimpliSafe Best Burglar Deterrent-SimpliSafe SecurityScore: 9.8 /10", "before", MN+"/section[3]", note="'Our Top Picks' band of three product tiles with affiliate buttons, above the text (left out by the wcxb ground truth): a shop band outside the text is a plain other CTA; each tile is an amb item (9.2)"),
 C("other", "Best Burglar Deterrent SimpliSafe Best Burglar Deterrent-SimpliSafe SecurityScore: 9.8 /10", "before", TP+"/div[1]", amb=True, note="top-pick tile SimpliSafe ('See Packages' button, phone link)"),
 C("other", "Most Complete Security System with Cameras ADT Most Complete Security System with Cameras-", "before", TP+"/div[2]", amb=True, note="top-pick tile ADT ('Get Free Quote' button, phone link)"),
 C("other", "Top for DIY Installation Ring Top for DIY Installation-Ring SecurityScore: 9.5 /10", "before", TP+"/div[3]", amb=True, note="top-pick tile Ring ('View on Amazon' button)"),
 C("other", 'SecurityScore: 9.8 /10 877-621-6572 See Packages Links to SimpliSafe', "inline", UL+"/li[1]/div[1]/div[1]", amb=True, note="buy box of entry '1. SimpliSafe - Best Burglar Deterrent': logo, SecurityScore, phone link, 'See Packages' affiliate button (10.2: one amb other CTA per box)"),
 C("other", '877-621-6572 See Packages Links to SimpliSafe', "inline|outside", UL+"/li[1]/div[2]", amb=True, note="sticky product card of entry '1. SimpliSafe - Best Burglar Deterrent' repeating the 'See Packages' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 9.8 /10 855-908-4461 Get Free Quote Links to Adtsecuritysystem.com', "inline", UL+"/li[2]/div[1]/div[1]", amb=True, note="buy box of entry '2. ADT - Most Complete Security System with Cameras': logo, SecurityScore, phone link, 'Get Free Quote' affiliate button (10.2: one amb other CTA per box)"),
 C("other", '855-908-4461 Get Free Quote Links to Adtsecuritysystem.com', "inline|outside", UL+"/li[2]/div[2]", amb=True, note="sticky product card of entry '2. ADT - Most Complete Security System with Cameras' repeating the 'Get Free Quote' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 9.5 /10 View on Amazon Links to Amazon.com', "inline", UL+"/li[3]/div[1]/div[1]", amb=True, note="buy box of entry '3. Ring - Top for DIY Installation': logo, SecurityScore, 'View on Amazon' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Amazon Links to Amazon.com', "inline|outside", UL+"/li[3]/div[2]", amb=True, note="sticky product card of entry '3. Ring - Top for DIY Installation' repeating the 'View on Amazon' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 8.3 /10 View on Amazon Links To Amazon', "inline", UL+"/li[4]/div[1]/div[1]", amb=True, note="buy box of entry '4. Wyze Cam - Most Affordable Security Cameras': logo, SecurityScore, 'View on Amazon' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Amazon Links To Amazon', "inline|outside", UL+"/li[4]/div[2]", amb=True, note="sticky product card of entry '4. Wyze Cam - Most Affordable Security Cameras' repeating the 'View on Amazon' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 9.0 /10 Shop Lorex Cameras Links to Lorex', "inline", UL+"/li[5]/div[1]/div[1]", amb=True, note="buy box of entry '5. Lorex - Easiest to Use Security Camera': logo, SecurityScore, 'Shop Lorex Cameras' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'Shop Lorex Cameras Links to Lorex', "inline|outside", UL+"/li[5]/div[2]", amb=True, note="sticky product card of entry '5. Lorex - Easiest to Use Security Camera' repeating the 'Shop Lorex Cameras' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 8.8 /10 View on Walmart Links to Walmart.com', "inline", UL+"/li[6]/div[1]/div[1]", amb=True, note="buy box of entry '6. Arlo - Top Video Resolution': logo, SecurityScore, 'View on Walmart' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Walmart Links to Walmart.com', "inline|outside", UL+"/li[6]/div[2]", amb=True, note="sticky product card of entry '6. Arlo - Top Video Resolution' repeating the 'View on Walmart' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 9.2 /10 View on Amazon Links to Amazon.com', "inline", UL+"/li[7]/div[1]/div[1]", amb=True, note="buy box of entry '7. Nest - Most Compatible with Google Home Cameras': logo, SecurityScore, 'View on Amazon' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Amazon Links to Amazon.com', "inline|outside", UL+"/li[7]/div[2]", amb=True, note="sticky product card of entry '7. Nest - Most Compatible with Google Home Cameras' repeating the 'View on Amazon' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 8.4 /10 View on Amazon Links to Amazon.com', "inline", UL+"/li[8]/div[1]/div[1]", amb=True, note="buy box of entry '8. Blink Camera - Top Compact Cameras': logo, SecurityScore, 'View on Amazon' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Amazon Links to Amazon.com', "inline|outside", UL+"/li[8]/div[2]", amb=True, note="sticky product card of entry '8. Blink Camera - Top Compact Cameras' repeating the 'View on Amazon' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 8.1 /10 View on Amazon Links to Amazon.com', "inline", UL+"/li[9]/div[1]/div[1]", amb=True, note="buy box of entry '9. Swann SWDVK-445802V - For Local Video Storage': logo, SecurityScore, 'View on Amazon' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Amazon Links to Amazon.com', "inline|outside", UL+"/li[9]/div[2]", amb=True, note="sticky product card of entry '9. Swann SWDVK-445802V - For Local Video Storage' repeating the 'View on Amazon' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 8.0 /10 View on Amazon', "inline", UL+"/li[10]/div[1]/div[1]", amb=True, note="buy box of entry '10. eufy Indoor Cam C120 - For Apple HomeKit Integration': logo, SecurityScore, 'View on Amazon' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Amazon', "inline|outside", UL+"/li[10]/div[2]", amb=True, note="sticky product card of entry '10. eufy Indoor Cam C120 - For Apple HomeKit Integration' repeating the 'View on Amazon' button; when it shows depends on the external stylesheet"),
 C("other", 'SecurityScore: 7.9 /10 View on Amazon Links to Amazon.com', "inline", UL+"/li[11]/div[1]/div[1]", amb=True, note="buy box of entry '11. Zmodo - Greatest Security Camera Selection': logo, SecurityScore, 'View on Amazon' affiliate button (10.2: one amb other CTA per box)"),
 C("other", 'View on Amazon Links to Amazon.com', "inline|outside", UL+"/li[11]/div[2]", amb=True, note="sticky product card of entry '11. Zmodo - Greatest Security Camera Selection' repeating the 'View on Amazon' button; when it shows depends on the external stylesheet"),
 C("follow", "", "outside", "/html/body/div/footer/div[2]/div[1]", note="footer social icons (YouTube, Facebook, X)"),
]
ads=[]
