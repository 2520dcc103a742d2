from _dsl import *
FILE="wcxb/html/1396.html.gz"
# MarketerHire (Webflow) blog post '11 Best Social Media Marketing Agencies in 2025' by Chris Toy: hidden mobile menu
# overlay; fixed header (logo, top menu with 'Our Roles' dropdown, desktop 'Hire Marketers' button; tablet burger wrapper
# with its own 'Hire Marketers' button; second menu-overlay copy); 'Subscribe for Total Access to Our Marketing Secrets'
# overlay with e-mail form and close icon; visible post section (category, h1, author/date, hero; left column with a
# script-filled Table of Contents and the rich text: intro, agency list 1-11 with pricing and pros/cons tables, an
# in-text 'Check out our guide on ...!' pointer line, closing 'Partner with MarketerHire today ...' sentence, then
# 'Hiring Guides To Check Out' h2 + lead-in + a table of 25 links to hiring-guide posts; right column author box with bio
# and 'Hire Marketers' button); blog menu overlay (category links, 'Subscribe now for unlimited access' form, mobile nav
# with 'hire marketers' / 'Apply as a freelancer' buttons); a hidden second copy of the whole post (main.post-main.hide,
# with the same text and tables and an embed script that would clone a '.subscribe_cta' box, absent from the HTML);
# hidden 'about the author' box with 'Hire a Marketer'; footer (hidden display-none menu/social variant; visible
# 'Roles for hire' and 'about mh' link columns, 'contact us' column with three addresses, phone and e-mail, social icons;
# legal links, cookie links).
# No ads. Not labelled: menus and dropdowns, mobile menu overlays (their menu links and hire/apply buttons: hidden
# burger menus), blog category links, Table of Contents, author/date line, author bios, in-text links to role/service
# pages ('pricing page', 'Fill out a quick form' step of the body list), pros/cons tables and their Clutch review links,
# footer 'Roles for hire' and 'about mh' columns, legal and cookie links, the subscribe-CTA embed script (no box).
V="/html/body/div[3]/div/div[3]"
RT=V+"/div[1]/div[2]"
H="/html/body/main/div/div/article/div[3]/div[1]"
FT="/html/body/footer/div[1]/div"
related=[
 R(RT+"/p[45]", None, 1, "inline", amb=True, note="'Check out our guide on the best SaaS digital marketing agencies!' pointer line alone in its paragraph (an ordinary sentence, 11.4)"),
 R(RT+"/div[12]", "Hiring Guides To Check Out", 25, "after", note="'Hiring Guides To Check Out' section after the closing ask: h2[17] and lead-in p[61] are siblings, the 25 links to hiring-guide posts sit in this embed table (9.1); left out of the wcxb ground truth"),
 R(H+"/p[45]", None, 1, "inline", amb=True, note="same pointer line in the hidden second copy of the post (main.post-main.hide)"),
 R(H+"/div[12]", "Hiring Guides To Check Out", 25, "after", amb=True, note="'Hiring Guides To Check Out' table in the hidden second copy of the post"),
]
ctas=[
 C("other", "Hire Marketers", "outside", "/html/body/header/div[1]/nav/div[1]/a[7]", note="desktop header 'Hire Marketers' button (hire-form funnel)"),
 C("other", "Hire Marketers", "outside", "/html/body/header/div[1]/nav/div[2]", amb=True, note="tablet/mobile header 'Hire Marketers' button beside the burger (show-tablet, 9.3)"),
 C("newsletter", "Subscribe for Total Access to Our Marketing Secrets Get unrestricted access to the best marketing content out there.", "outside", "/html/body/div[2]", note="'Subscribe for Total Access to Our Marketing Secrets' subscribe overlay with e-mail form and close icon (no hiding markup in the HTML)"),
 C("other", "Partner with MarketerHire today and assemble a dedicated social media marketing team", "after", RT+"/p[60]", amb=True, note="closing sentence of the text with the 'Partner with MarketerHire' hire link (10.1); kept in the wcxb ground truth"),
 C("other", "Hire Marketers", "outside", V+"/div[2]/div/a[3]", note="'Hire Marketers' button in the right-column author box"),
 C("newsletter", "Subscribe now for unlimited access to MarketerHire content", "outside", "/html/body/div[4]/div/div/div[2]", amb=True, note="e-mail form in the hidden blog menu overlay"),
 C("other", "Partner with MarketerHire today and assemble a dedicated social media marketing team", "after", H+"/p[60]", amb=True, note="closing hire sentence in the hidden second copy of the post"),
 C("other", "Hire a Marketer", "outside", "/html/body/div[5]/div/div/div/a", amb=True, note="'Hire a Marketer' button in the hidden 'about the author' box (about-author hide)"),
 C("contact", "660 4th St.San Francisco, CA 94107 3023 N. Clark St. #362Chicago, IL 60657 (312) 870-0008", "outside", FT+"/div[1]/div[2]/div[4]", amb=True, note="'contact us' address/phone/e-mail column of the hidden (display-none) footer menu variant"),
 C("follow", "", "outside", FT+"/div[2]", amb=True, note="social icons of the hidden (display-none) footer variant"),
 C("contact", "contact us 660 4th St.San Francisco, CA 94107 3023 N. Clark St. #362Chicago, IL 60657", "outside", FT+"/div[3]/div[3]", amb=True, note="footer 'contact us' column: three addresses, tel: link and e-mail link, no button or form (10.5)"),
 C("follow", "", "outside", FT+"/div[3]/div[4]", note="footer social icons: Facebook, X, LinkedIn, Instagram"),
]
ads=[]
