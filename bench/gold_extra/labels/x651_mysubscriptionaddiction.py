from _dsl import *
FILE="wcxb/html/0098.html.gz"
# My Subscription Addiction (Next.js) best-of page 'The 16 Best Clothing Subscription Boxes in 2025': header (burger,
# mega-menu: Best Subscriptions / Reviews / Spoilers / Best Coupons / The Directory / About Us; search); breadcrumb row
# 'HOME' with desktop share icons (Facebook, Twitter, Reddit, Pinterest, e-mail); mobile editorial-guidelines note;
# h1, dek, byline with '6 comments' count; text: intro, 'Our Readers Voted' summary list of affiliate links, 16 entries
# (affiliate-linked h2, image, Fast Facts, details, pros/cons, then a box 'Starting at $X / [Active Deal ...] / Try X'
# and an italic line 'If you want to learn more, check out all our X reviews.'), FAQ, 'Check Out Other Top
# Subscriptions' list of 9 best-of pages; 'Posted in'; author bio (mobile and desktop copies: bio, 'Want to connect? Add
# me on LinkedIn!', 'Top Reviews:' links); 'Join the Conversation' comment form + 6 comments; 'You Might Also Like' aside
# (4 posts); right column with the editorial-guidelines note (desktop); footer (social icons, 'Advertise With MSA / Grow
# your brand ... Contact us to learn more' box, Information and Company link columns, copyright).
# Not labelled: menus, breadcrumb, editorial-guidelines notes (disclosure), the 'Our Readers Voted' summary list (a list
# of the entries' affiliate links, part of the text), affiliate links in headings and sentences, 'Posted in' category,
# author bios and their 'Top Reviews' links (x259: author bios left out; the LinkedIn asks are labelled amb), footer
# Information / Company columns. No ad slots: Taboola appears only as configuration inside the __NEXT_DATA__ JSON, with
# no mount in the HTML.
W="/html/body/div/div/div[1]/div/main/div[1]/div[2]/div/div/div"
MC="/html/body/div/div/div[1]/div/main/div[1]"
related=[
 R(W+"/div[2]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '1. Stitch Fix': 'If you want to learn more, check out all our Stitch Fix reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[3]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '2. Rent the Runway': 'If you want to learn more, check out all our Rent The Runway reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[4]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '3. Wantable Style Edit': 'If you want to learn more, check out all our Wantable Style Edit reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[5]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '4. Armoire': 'If you want to learn more, check out all our Armoire reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[6]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '5. Nuuly': 'If you want to learn more, check out all our Nuuly reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[7]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '6. Gwynnie Bee': 'If you want to learn more, check out all our Gwynnie Bee reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[8]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '7. kidpik': 'If you want to learn more, check out all our Kidpik reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[9]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '8. Menlo Club': 'If you want to learn more, check out all our Menlo Club reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[10]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '9. Dailylook': 'If you want to learn more, check out all our DAILYLOOK reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[11]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '10. Adore Me': 'If you want to learn more, check out all our Adore Me reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[12]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '11. Fabletics': 'If you want to learn more, check out all our Fabletics reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[13]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '12. Basic Man': 'If you want to learn more, check out all our Basic Man reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[14]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '13. Dia & Co': 'If you want to learn more, check out all our Dia & Co reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[15]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '14. Urbane Box': 'If you want to learn more, check out all our Urbane Box reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[16]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '15. FabKids': 'If you want to learn more, check out all our FabKids reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[17]/div[4]/div[2]", None, 1, "inline", amb=True, note="italic line under the buy box of entry '16. Short Story': 'If you want to learn more, check out all our Short Story Box reviews.' (pointer to the brand's review listing, whole line in italics, 11.4; a listing page, not one article)"),
 R(W+"/div[19]", "Check Out Other Top Subscriptions", 9, "after", note="'Check Out Other Top Subscriptions' box closing the post: 9 links to other best-of pages (not in the wcxb ground truth)"),
 R(MC+"/aside", "You Might Also Like", 4, "after", note="'You Might Also Like' aside of 4 post boxes below the comments"),
]
ctas=[
 C("share", "", "before", "/html/body/div/div/div[1]/div/div[1]/div[2]", note="share icons (Facebook, Twitter, Reddit, Pinterest, e-mail) in the breadcrumb row above the article (desktop, hidden xl:flex)"),
 C("comments", "6 comments", "before", MC+"/div[1]/div[2]/span[3]/span[2]", amb=True, note="'6 comments' count in the byline (bare comment count)"),
 C("other", 'Starting at $20.00 Try Stitch Fix', "inline", W+"/div[2]/div[4]/div[1]", amb=True, note="buy box closing entry '1. Stitch Fix': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $94.00 Try Rent the Runway', "inline", W+"/div[3]/div[4]/div[1]", amb=True, note="buy box closing entry '2. Rent the Runway': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $20.00 Try Wantable', "inline", W+"/div[4]/div[4]/div[1]", amb=True, note="buy box closing entry '3. Wantable Style Edit': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $89.00 Active Deal Get $30 OFF 1 month of the 7-item plan OR 50% OFF 1 month of the unlimited plan. ', "inline", W+"/div[5]/div[4]/div[1]", amb=True, note="buy box closing entry '4. Armoire': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $98.00 Try Nuuly', "inline", W+"/div[6]/div[4]/div[1]", amb=True, note="buy box closing entry '5. Nuuly': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $49.00 Active Deal Get 50% off your first month! Try Gwynnie Bee', "inline", W+"/div[7]/div[4]/div[1]", amb=True, note="buy box closing entry '6. Gwynnie Bee': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $0.01 Try kidpik', "inline", W+"/div[8]/div[4]/div[1]", amb=True, note="buy box closing entry '7. kidpik': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $60.00 Try Menlo Club', "inline", W+"/div[9]/div[4]/div[1]", amb=True, note="buy box closing entry '8. Menlo Club': price + affiliate button (10.2 / affiliate convention)"),
 C("other", "Starting at $40.00 Active Deal Get $10 off your first box! (Your styling fee will be $30, but you'll still get $", "inline", W+"/div[10]/div[4]/div[1]", amb=True, note="buy box closing entry '9. Dailylook': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $39.95 Active Deal Use our link to get your first set free!Try Adore Me', "inline", W+"/div[11]/div[4]/div[1]", amb=True, note="buy box closing entry '10. Adore Me': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $59.95 Try Fabletics', "inline", W+"/div[12]/div[4]/div[1]", amb=True, note="buy box closing entry '11. Fabletics': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $19.99 Active Deal Get 50% off your first box! Use Coupon Code MSA50 Shop Basic Man', "inline", W+"/div[13]/div[4]/div[1]", amb=True, note="buy box closing entry '12. Basic Man': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $20.00 Try Dia & Co', "inline", W+"/div[14]/div[4]/div[1]", amb=True, note="buy box closing entry '13. Dia & Co': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $74.99 Try Urbane Box', "inline", W+"/div[15]/div[4]/div[1]", amb=True, note="buy box closing entry '14. Urbane Box': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $49.94 Shop FabKids', "inline", W+"/div[16]/div[4]/div[1]", amb=True, note="buy box closing entry '15. FabKids': price + affiliate button (10.2 / affiliate convention)"),
 C("other", 'Starting at $25.00 Try Short Story', "inline", W+"/div[17]/div[4]/div[1]", amb=True, note="buy box closing entry '16. Short Story': price + affiliate button (10.2 / affiliate convention)"),
 C("follow", "Want to connect? Add me on LinkedIn!", "after", MC+"/div[5]/div[3]/p[3]", amb=True, note="author-bio ask 'Want to connect? Add me on LinkedIn!' (desktop bio copy)"),
 C("follow", "Want to connect? Add me on LinkedIn!", "after", MC+"/div[4]/div[2]/div[1]/p[3]", amb=True, note="same author-bio LinkedIn ask in the mobile bio copy (block lg:hidden, 9.3)"),
 C("comments", "Join the Conversation", "after", MC+"/div[6]", note="'Join the Conversation' comment form and the 6 comments"),
 C("follow", "", "outside", "/html/body/div/div/div[2]/div[1]/div[1]/div[3]", note="footer social icons: Facebook, Twitter, RSS, Instagram, Pinterest"),
 C("contact", "Advertise With MSA Grow your brand with authentic customer reviews. Contact us to learn more", "outside", "/html/body/div/div/div[2]/div[1]/div[2]", note="footer 'Advertise With MSA' box with 'Contact us to learn more' button (Typeform for brands)"),
]
ads=[]
