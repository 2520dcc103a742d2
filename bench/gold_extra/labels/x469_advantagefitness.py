from _dsl import *
FILE="wcxb/html/0013.html.gz"
# Advantage Sport & Fitness (Elementor, company blog 'Insights') post 'Top Fitness Equipment Trends for Campus Recreation in
# 2025': skip link; sticky header (logo, mega menu Expertise / Equipment / Case Studies / About / Insights / Contact); hero
# (category link, h1, intro line, image); article text (six numbered h2 sections with images, closing 'Transform Your Campus
# Recreation Center with ASF' section ending 'Contact us today'); right column beside the text (category/date, 'Our
# Services' and 'Partner Brands' link menus with 'View all' links, 'Ready to start your next project?' contact form); 'Our
# Services' band (5 service tabs 'Learn More' and an image carousel); 'Partner Brands' carousel (6 brand cards, 'See all
# Partner Brands'); 'Case Studies' carousel (12 case-study cards, 'See all Case Studies'); footer (newsletter sign-up form,
# about line, LinkedIn/Instagram/Facebook/X/YouTube icons, legal links, accordion link menus); two hidden Elementor pop-ups
# 'Request information on Peloton / Precor products' with forms. No ads, no ad configuration (only a GTM noscript iframe).
# Not labelled: skip link, header mega menu, hero category link and intro line, the closing ASF section of the text
# (body, kept in the wcxb ground truth; only its last paragraph's 'Contact us' ask is an amb CTA, convention 10.1),
# side-column category/date and the 'Our Services' / 'Partner Brands' link menus (site directory), footer accordion
# menus and legal links, GTM noscript iframe.
B="/html/body/div[1]"
related=[
 R(B+"/div[3]", "Our Services", 5, "after|outside", amb=True, note="'Our Services — We are ready to support your facility in every phase.' band: 5 service tabs with 'Learn More' links (service pages, not stories) and an image carousel"),
 R(B+"/div[4]", "Partner Brands", 6, "after|outside", amb=True, note="'Partner Brands — Explore our collection of partner brands.' carousel: 6 brand cards with descriptions linking to the site's brand pages, 'See all Partner Brands' button (shop pages, not stories)"),
 R(B+"/div[5]", "Case Studies", 12, "after|outside", note="'Case Studies — Examples of our work.' carousel: 12 case-study cards and 'See all Case Studies' button"),
]
ctas=[
 C("contact", "Ready to start your next project? Reach out to the Advantage team today.", "outside", B+"/div[2]/div/div[2]/div[2]", note="side-column contact box beside the text: heading and Gravity Forms form (name, e-mail, organization, message)"),
 C("newsletter", "Sign up for our newsletter to stay on top of the latest trends.", "outside", "/html/body/footer/div[1]", note="footer newsletter band: heading, quarterly-newsletter blurb and sign-up form"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div/div[1]/div[3]", note="footer social icons (LinkedIn, Instagram, Facebook, X, YouTube)"),
 C("contact", "From layout planning and equipment selection to delivery and maintenance, ASF provides comprehensive services", "after", B+"/div[2]/div/div[1]/div/p[9]", amb=True, note="closing paragraph of the text with the 'Contact us' link ('Contact us today to discuss your project'; kept in the wcxb ground truth, a reader could call it body: convention 10.1)"),
 C("contact", "Request information on Peloton products:", "outside", "/html/body/div[2]", amb=True, note="hidden Elementor pop-up with a product-information request form (Peloton), opened by a button elsewhere on the site"),
 C("contact", "Request information on Precor products:", "outside", "/html/body/div[3]", amb=True, note="hidden Elementor pop-up with a product-information request form (Precor)"),
]
ads=[]
