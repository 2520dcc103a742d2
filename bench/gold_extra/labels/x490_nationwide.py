from _dsl import *
FILE="wcxb/html/0209.html.gz"
# Nationwide Marketing Group 'Independent Thinking' site (WordPress/Divi theme builder) post 'Addressing Consumers'
# Cybersecurity Concerns Around the Smart Home': header (logo, Magazine / Digital Editions / … menu, mobile toggle, empty
# second row); title row (h1, 'Written by Rob Stott', date); text column (hero image, text with a YouTube trailer embed
# and links, incl. an in-sentence link to an earlier podcast); right column ('Connect With Us!' heading and four
# follow icons, 'GET THE NEWSLETTER' sign-up form); 'More Podcasts' band ('View All Podcasts' button, 3 podcast cards);
# footer ('Contact Us' e-mail, 'Follow Us' icons, 'Return to Nationwide Website' link). No comments section, no ads, no
# ad configuration.
# Not labelled: menus, byline, in-text links (incl. the in-sentence podcast link), YouTube embed (body), 'Return to
# Nationwide Website' link.
BD="/html/body/div/div/div/div/div/div"
FT="/html/body/div/div/div/footer/div/div/div"
related=[
 R(BD+"/div[3]", "More Podcasts", 3, "after", note="'More Podcasts' band under the article: heading, 'View All Podcasts' button, grid of 3 podcast episode cards"),
]
ctas=[
 C("follow", "Follow Follow Follow Follow", "outside", BD+"/div[2]/div/div[2]/ul", note="right-column follow icons (Facebook, LinkedIn, Instagram, YouTube); their 'Connect With Us!' heading is the preceding sibling module (no container of their own)"),
 C("newsletter", "GET THE NEWSLETTER Stay up to date on the latest news, blogs, podcasts and more from Nationwide Marketing Group", "outside", BD+"/div[2]/div/div[2]/div[2]", note="right-column 'GET THE NEWSLETTER' sign-up form (e-mail, Subscribe)"),
 C("contact", "Contact Us Email: pr@nationwidegroup.org", "outside", FT+"/div[1]", amb=True, note="footer 'Contact Us' column with a PR e-mail address only (no button or form)"),
 C("follow", "Follow Us Follow Follow Follow Follow Follow", "outside", FT+"/div[2]", note="footer 'Follow Us' column with five social icons"),
]
ads=[]
