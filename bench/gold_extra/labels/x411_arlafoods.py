from _dsl import *
FILE="wcxb/html/0124.html.gz"
# Arla Foods Ingredients (company site, EPiServer) page 'Affordable nutrition': header (logo, Sustainability / Innovation
# top links, language selector, main menu mount); breadcrumbs; empty sticky in-page navigation mount (anchor items in
# data-items); main: intro block (h1 + five paragraphs ending 'The concepts ...'), 'SUSTAINABLE CONCEPTS' breaker image,
# 'Sustainable concepts' featured-content block with 5 concept cards (Yoghurt, Dairy drink, Nutritious whey drink,
# Biscuit, Fruit snack bar; kept in the wcxb ground truth), 'GET IN TOUCH WITH ONE OF OUR EXPERTS' block (one expert,
# 'Get in touch' button), Kosher/Halal stamps definitions; footer (address with 'Contact' link, 'Most popular
# industries' / 'Most popular ingredients' link columns, 'Follow us on social media' LinkedIn/Facebook, 'Our webinars &
# videos: Watch them here', 'The Whey & Protein Blog: Go to blog', legal links); hidden Volac redirect notice modal.
# No ads, no ad configuration (only a GTM noscript iframe).
# Not labelled: menus, language selector, breadcrumbs, sticky anchor navigation, breaker image, stamps definitions,
# footer address 'Contact' link and link columns, 'Go to blog' footer link, legal links, Volac redirect notice
# (informational modal shown after a redirect).
MA="/html/body/main"
FS="/html/body/footer/section[1]/div[2]"
related=[
 R(MA+"/div[3]", "Sustainable concepts", 5, "after", amb=True, note="'Sustainable concepts' featured-content cards linking the 5 concept pages, introduced by the text's last paragraph ('The concepts ...'): on this hub page they could be read as its content (kept in the wcxb ground truth)"),
]
ctas=[
 C("contact", "GET IN TOUCH WITH ONE OF OUR EXPERTS Charlotte Sørensen Senior Project Manager Get in touch", "after", MA+"/div[4]", note="expert block: heading, expert photo/name/title, 'Get in touch' button to the contact form"),
 C("follow", "Follow us on social media LinkedIn Facebook", "outside", FS+"/div[1]", note="footer 'Follow us on social media' LinkedIn and Facebook links"),
 C("other", "Our webinars & videos Watch them here", "outside", FS+"/div[2]", amb=True, note="footer 'Our webinars & videos: Watch them here' link to the webinar site (promo block or footer navigation)"),
]
ads=[]
