from _dsl import *
FILE="wcxb/html/0217.html.gz"
# VRA Interiors (Atlanta interior design firm, WordPress + NitroPack) blog post 'A Complete Guide to All the Types of
# Furniture Styles': header (logo, main menu About / Our Services with 'Service Areas' submenu of 14 towns / Our Process /
# Our Work / Contact, a button-styled 'Shop VRA Home' entry (li.custom-button), menu-cart link '0 items', phone icon
# linking tel:, hamburger mobile-menu copy); full-width header image; centred h1; left column article: h1 'A Guide to
# the Popular Types of Furniture Styles', intro, overview, 14 h3 style sections each with a figure (image links to the
# upload), closing h2 'Create Your Ideal Living Space With VRA Interiors' with a stray '.' paragraph, a pitch paragraph
# with an in-sentence 'array of services' link and a closing sentence 'To learn more about our services or book an
# appointment, please get in touch.' (link to /contact-us/); comment form 'Please share a comment!' (no comments); right
# sidebar widgets 'Testimonials' (one quote + 'Find out what our other clients have to say about us.....'), 'About us'
# (blurb + 'Find out more About Us...'), 'Our Portfolio' (image + 'View our wide range of projects....'), 'Areas Served'
# (town pages); footer (logo, address / phone / e-mail block, social icons Facebook / Twitter / LinkedIn / Pinterest /
# Houzz / Instagram, footer menu About / Services / Process / Our Work / Contact / Shop VRA Home, a video thumbnail
# 'Mid Century Modern Home Atlanta' linking a YouTube video in a lightbox); copyright bar with 'Proudly serving ...'
# town links. No ads and no ad configuration (GTM only); the body <template>s are NitroPack script markers.
# Not labelled: menus (incl. the plain 'Contact' entries, the hidden mobile-menu copy), the menu-cart link (cart, not an
# ask), header image, figure image links, the in-sentence 'array of services' link, sidebar 'Testimonials', 'About us',
# 'Our Portfolio' widgets (links to the firm's own service/about/portfolio index pages: navigation, 10.4), 'Areas Served'
# and 'Proudly serving' town links (directories, 6), footer menu, copyright links, NitroPack templates.
AR="/html/body/div[3]/article/div"
FT="/html/body/div[4]/footer/div[2]"
related=[
 R(FT+"/div[4]/div", None, 1, "outside", amb=True, note="footer image widget: thumbnail 'Mid Century Modern Home Atlanta' linking the firm's YouTube video of a project (opened in a lightbox); a picture widget pointing to the site's own content (as x707's sidebar picture widget), but the item is a video on another host: amb"),
]
ctas=[
 C("other", "Shop VRA Home", "outside", "/html/body/div[1]/div/header/nav[1]/div/div/ul/li[6]", note="button-styled 'Shop VRA Home' main-menu entry (li.custom-button) linking the firm's shop, a distinct ask set apart in the nav (as x703's header-cta)"),
 C("contact", "", "outside", "/html/body/div[1]/div/header/div[3]", amb=True, note="header phone icon (div.top-contact-number) linking tel:6786670125, no text (lone tel: link, 10.5)"),
 C("contact", "To learn more about our services or book an appointment, please get in touch.", "after", AR+"/p[41]", amb=True, note="closing sentence of the text 'When you choose VRA Interiors, ... To learn more about our services or book an appointment, please get in touch.' linking /contact-us/ (ask closing the text, 10.1)"),
 C("comments", "Please share a comment!", "after", AR+"/div[2]", note="comment form 'Please share a comment!' (Comment, Name, Email, Website, 'post comment') under the text"),
 C("contact", "VRA Interiors 5256 Peachtree Rd #105 Chamblee, GA 30341 678-667-0125 Info@VRAInteriors.com", "outside", FT+"/div[2]/div[1]", amb=True, note="footer address / phone / e-mail block with no button or form (convention 2)"),
 C("follow", "", "outside", FT+"/div[2]/div[2]", note="footer social icons Facebook / Twitter / LinkedIn / Pinterest / Houzz / Instagram under the address block"),
]
ads=[]
