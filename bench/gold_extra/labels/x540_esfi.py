from _dsl import *
FILE="wcxb/html/0188.html.gz"
# Electrical Safety Foundation International (ESFI, WordPress Elementor) post 'Understanding Your Home Electrical System':
# skip link; header (logo, hamburger mega-menu with section menus and a copy of the social icons; utility nav About Us /
# News / Español / Contact Us / Donate to ESFI, search form, social icons; desktop mega-menu); post (h1, 'Posted in Home
# Safety', text with a table of contents, sections with 'Back to Top' links, 'Watch the Home Electrical System Safety
# Video (or Seguridad ...)' paragraph, 'View the Extension Cord Safety Virtual Demonstration ...' closing paragraph; category
# and 'Popular Tags' line; 'Related News & Resources' heading followed by a JetEngine listing grid of 3 resources);
# footer ('Sign up for our Newsletter' section with Gravity Forms sign-up, footer menu, social icons, four headed menu
# columns, address and phone block, copyright). No ads, no ad configuration.
# Not labelled: skip link, menus (incl. utility 'Contact Us' / 'Donate to ESFI' and footer 'Donate to ESFI' / 'Become an
# Electrician' links), search form, table of contents, 'Back to Top' links, in-heading links to AFCI / TRR / GFCI pages,
# category and tags line.
PC="/html/body/div[2]/section/div/div/div"
TX=PC+"/div[3]/div"
related=[
 R(TX+"/p[8]", None, 2, "inline", amb=True, note="paragraph 'Watch the Home Electrical System Safety Video (or Seguridad del sistema eléctrico de la casa) for a visual introduction ...' pointing to two video pages (written as text: 10.10 amb)"),
 R(TX+"/p[45]", None, 2, "inline|after", amb=True, note="closing paragraph 'View the Extension Cord Safety Virtual Demonstration for more information. This video is also available in Spanish.' (two links, written as text)"),
 R(PC+"/div[6]", "Related News & Resources", 3, "after", note="JetEngine listing grid of 3 resources (Extension Cord demo in Spanish, GFCI, DIY safety); its heading 'Related News & Resources' is the sibling widget div[5]"),
]
ctas=[
 C("follow", "Facebook X-twitter Youtube Linkedin", "outside", "/html/body/div[1]/section[3]/div/div/div/section/div/div[2]/div/div[3]", note="header social icons beside the utility nav and search"),
 C("follow", "", "outside", "/html/body/div[1]/section[2]/div/div/div/section/div/div[2]/div/div[2]/div/div/ul/li/ul/li/ul/li/ul/li/div/section/div/div/div/div[5]", amb=True, note="copy of the social icons inside the hidden hamburger mega-menu"),
 C("newsletter", "Sign up for our Newsletter Sign up to receive our monthly newsletter to stay up to date with our new content.", "outside", "/html/body/div[3]/section[1]", note="footer 'Sign up for our Newsletter' section with Gravity Forms e-mail sign-up (Workplace / Consumer newsletters)"),
 C("follow", "Facebook X-twitter Youtube Linkedin", "outside", "/html/body/div[3]/section[2]/div/div/div/div[2]", note="footer social icons"),
 C("contact", "Electrical Safety Foundation International (ESFI) 1300 17th Street North, Suite 900, Arlington, Virginia 22209", "outside", "/html/body/div[3]/section[3]/div/div/div/div[1]", amb=True, note="footer address and phone block, no button or form (convention 2: amb)"),
]
ads=[]
