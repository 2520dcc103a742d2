from _dsl import *
FILE="wcxb/html/4111.html.gz"
# EcoCult (WordPress AF theme) shopping guide 'The Most Affordable Places to Buy Non-Toxic & Sustainable Fashion'. The
# unclosed newsletter pop-up makes the whole page a child of aside#Popup-Newsletter: pop-up ('NEWSLETTER ... moved to
# Substack', 'Signup for Substack', 'No Thanks'); log-in pop-up (unrendered [mepr-login-form]); hidden mobile nav (social
# icons, 'Signup for Substack' link, search, category and mobile menus); 'Top-Announcement' bar ('This website is no
# longer being updated. Click here to sign up for our newsletter'); top header (tagline, search, social icons, About /
# Contact / Newsletter / Login menu); main header (logo, menu, mobile header with 'Shop Sustainably' link); article
# (categories, h1, byline/date, share links; affiliate disclosure h6, intro, 16 brand sections each with an image gallery
# linking to the brand (affiliate ids), what we like / price / availability lines; empty author box with e-mail icon);
# Last Post / Next Post links; sidebar ('Newsletter' Substack box, 'About EcoCult's Story and Mission' image link);
# footer ('Join Substack' button, footer menus, social icons, copyright). Empty decovo-connect widget root. No ads.
# Not labelled: menus, search forms, log-in pop-up, affiliate disclosure, brand image galleries (the guide's own
# pictures, only linked to the brands), empty author box, footer menus (incl. Contribute, Contact).
W="/html/body/aside/div/div[2]/div"
MT=W+"/header[2]/div"
AR=MT+"/div/div[1]/article"
related=[
 R(AR+"/div[2]", None, 2, "after", note="Last Post / Next Post links (thumbnails and titles)"),
]
ctas=[
 C("newsletter", "NEWSLETTER Hi! We've moved to Substack. If you like this article, you'll like our newsletter", "outside", "/html/body/aside/div/div[1]", note="newsletter pop-up (Substack sign-up link, 'No Thanks'); its unclosed overlay wraps the page"),
 C("follow", "", "outside", "/html/body/aside/div/nav/div/div/ul", amb=True, note="hidden mobile nav social icons (Pinterest, Facebook, Instagram, LinkedIn)"),
 C("newsletter", "Signup for Substack", "outside", "/html/body/aside/div/nav/div/div/a", amb=True, note="hidden mobile nav 'Signup for Substack' link"),
 C("newsletter", "Hi! This website is no longer being updated. Click here to sign up for our newsletter", "outside|before", W+"/a", note="top announcement bar linking to the Substack newsletter"),
 C("follow", "", "outside", W+"/header[1]/div/div[2]/ul", note="top header social icons (Pinterest, Facebook, Instagram, LinkedIn)"),
 C("other", "Shop Sustainably", "outside", MT+"/header/div[1]/a", amb=True, note="mobile header 'Shop Sustainably' link button (shop directory page; also a menu item)"),
 C("share", "Share Facebook Twitter Pinterest E-Mail", "before", AR+"/header/div[2]/aside", note="share links in the entry meta under the title"),
 C("newsletter", "Newsletter Sign up for our newsletter for fresh and sassy shopping guides and deep dives.", "outside", MT+"/div/div[2]/section/aside[1]", note="sidebar newsletter box with 'Signup for Substack' link"),
 C("other", "About EcoCult's Story and Mission Read More", "outside", MT+"/div/div[2]/section/aside[2]", amb=True, note="sidebar image card linking to the About page (site promo)"),
 C("newsletter", "Join Substack", "outside", MT+"/footer[1]/div/div[1]", note="footer 'Join Substack' button"),
 C("follow", "", "outside", MT+"/footer[1]/div/div[2]/ul", note="footer social icons"),
]
ads=[]
