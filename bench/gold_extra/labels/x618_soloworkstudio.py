from _dsl import *
FILE="wcxb/html/0213.html.gz"
# SoloWorkStudio (Cathy Horvath Buchanan, Shopify art shop) blog post '10 Books That Will Teach You How to Draw Like an Artist':
# announcement bars ('Get VIP Early Access ... Click to Join FREE!' sign-up link; empty bar; 'NOTE: Shipments to USA
# Temporarily Paused'); header (menu drawer with nested shop menus, Log in, country form and social links; search modal;
# inline menu; Log in / Cart icons); article (h1, Share button with copy-link panel; text with an in-text 'Get my FREE
# QuickStart Drawing Course' line between rules, an ordered list of 10 books whose titles link to Amazon, the 5th entry
# followed by an image link and 'Join my FREE QuickStart ... sign up HERE!' line; 'Final thoughts'; then, after a rule,
# 'Do you want to learn to draw?' ask with an empty FlowDesk form mount, 'My Daily Drawing Practice...' with a 'SKETCHING
# PROJECT' link and image link, 'More Resources...' sentence linking the FAVORITE RESOURCES page; hidden Pinterest
# images); 'Back to blog' link; 'Other related articles...' slider of 3 cards with 'View all'; 'Join the Art Collectors
# Club!' band with 'JOIN MY STUDIO EMAIL' button; "Let's Connect! Follow me on social..." icons; 'Stay in the loop!' e-mail
# form; footer (Quick links, Copyright note, Contact block, Shop follow-button mount, social list, country form, payment
# icons, policies); age-verification app widget; empty app block.
# Not labelled: shipping notice bar, menus, Log in / Cart icons, country forms, Amazon title links of the book list (the
# entries' own titles, not buy boxes), 'Back to blog' link (navigation), footer 'Quick links' menu, payment icons,
# policies, age-verification widget, empty app block, hidden Pinterest images. No ad slot on the page.
B="/html/body/main/section[1]/article/div[2]"
related=[
 R(B+"/p[21]", "My Daily Drawing Practice...", 1, "after", note="'SKETCHING PROJECT' link on a line of its own after the lead-in '... hop over to my sketches page...' (10.10/11.4), pointing to the site's daily sketching page"),
 R(B+"/div[3]", None, 1, "after", amb=True, note="image link to the same sketching-project page under the SKETCHING PROJECT line"),
 R(B+"/p[22]", "More Resources...", 1, "after", amb=True, note="'More Resources...' sentence linking the FAVORITE RESOURCES page inside an ordinary sentence (10.10)"),
 R("/html/body/main/section[2]", "Other related articles...", 3, "after|outside", note="'Other related articles...' slider of 3 blog cards (gallery art wall, art words, artist's path) with 'View all'"),
]
ctas=[
 C("newsletter", "Get VIP Early Access to New Art, Info, Freebies + a 10%OFF Coupon! Click to Join FREE!", "outside", "/html/body/div[1]", note="top announcement bar linking the e-mail sign-up page"),
 C("follow", "Facebook Pinterest Instagram YouTube", "outside", "/html/body/div[4]/div/header/header-drawer/details/div/div/div/div/ul", amb=True, note="social links inside the hidden menu drawer"),
 C("share", "Share", "before", "/html/body/main/section[1]/article/div[1]", note="Share button with copy-link panel under the h1"),
 C("newsletter", "Get my FREE 'QuickStart Drawing Course for Beginners' HERE!", "inline", B+"/h3[3]", note="centred red line between two rules linking the free e-mail drawing course sign-up"),
 C("newsletter", "", "inline", B+"/ol/li[5]/div", amb=True, note="image link to the QuickStart course sign-up inside the 5th book entry (beside the line below)"),
 C("newsletter", "Join my FREE 'QuickStart Drawing Course for Beginners' sign up HERE!", "inline", B+"/ol/li[5]/h3", note="centred red 'Join my FREE QuickStart ... sign up HERE!' line inside the 5th book entry"),
 C("newsletter", "Do you want to learn to draw?", "after", B+"/h3[8]", amb=True, note="(amb: 10.9, its one control an empty mount a script fills, as x607) heading of the closing sign-up ask ('Do you want to learn to draw?', two paragraphs, FlowDesk form mount) after a rule; no container of its own (9.1)"),
 C("newsletter", "If so, I have something special for you!!! My Quickstart learn to draw video and email course", "after", B+"/p[17]", amb=True, note="first paragraph of the sign-up ask"),
 C("newsletter", "Perfect if you're just starting out and taking the first step. Just sign up below", "after", B+"/p[18]", amb=True, note="second paragraph of the sign-up ask"),
 C("newsletter", "", "after", B+"/div[2]", amb=True, note="empty FlowDesk form mount (fd-form) filled by script (10.9)"),
 C("newsletter", "Join the Art Collectors Club! Sign-up to get VIP early access", "after|outside", "/html/body/main/section[3]", note="'Join the Art Collectors Club!' band with 'JOIN MY STUDIO EMAIL' button"),
 C("follow", "Let's Connect! Follow me on social...", "after|outside", "/html/body/main/section[4]", note="\"Let's Connect! Follow me on social...\" icons Instagram, Facebook, Pinterest, YouTube"),
 C("newsletter", "Stay in the loop! Sign up to be in the know!", "outside", "/html/body/section", note="footer-group 'Stay in the loop!' e-mail form"),
 C("contact", "Contact Support email me CONTACT", "outside", "/html/body/div[5]/footer/div[1]/div[1]/div[3]", note="footer 'Contact' block with CONTACT link set apart and studio address (convention 2)"),
 C("follow", "", "outside", "/html/body/div[5]/footer/div[1]/div[2]/div", amb=True, note="Shopify 'Follow on Shop' button mount (shop-follow-button, empty until script)"),
 C("follow", "Facebook Instagram YouTube Pinterest", "outside", "/html/body/div[5]/footer/div[1]/div[2]/ul", note="footer social list"),
]
ads=[]
