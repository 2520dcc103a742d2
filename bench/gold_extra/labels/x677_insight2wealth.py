from _dsl import *
FILE="wcxb/html/4090.html.gz"
# Insight Wealth Strategies (insight2wealth.com, Elementor) blog post 'Financial Tips & Goals for Millennials': header top
# bar (e-mail and phone links, search toggle, LinkedIn / YouTube / Facebook icons); header main row (logo, menu with
# About Us / Services / Locations / Resources / Chevron / LLNL and its dropdown copy, 'Connect with an Advisor' button);
# article column (h1 over a background image, 'Reviewed by' and date, text in ~45 Elementor sections with h2/h3 parts,
# in-sentence links to own service pages; 'Reviewed by' author box; disclosure paragraphs); right column holding only a
# search form; footer (logo, phone / fax list, ADV / cookie links, e-mail and address list, social icons, back-to-top
# button; disclosure link and copyright).
# No related block and no ad slot on the page (no scripts in the HTML). Not labelled: menus and their dropdown copy,
# search forms, in-sentence links to the site's service pages, 'Reviewed by' author box, disclosures, footer ADV /
# cookie / disclosure links, back-to-top button.
H="/html/body/div[1]"
FT="/html/body/div[3]/section[1]/div[2]/div/div/section/div/div/div"
related=[]
ctas=[
 C("contact", "[email protected] 800-318-7848", "outside", H+"/section[1]/div/div[1]/div/div/div/ul", amb=True, note="header top bar: e-mail and tel: links with icons, no button (10.5 lone tel link / convention 2)"),
 C("follow", "Linkedin Youtube Facebook", "outside", H+"/section[1]/div/div[3]/div/div/div/div", note="header top bar social icons (LinkedIn, YouTube, Facebook)"),
 C("contact", "Connect with an Advisor", "outside", H+"/section[2]/div/div[3]/div/div", note="header button 'Connect with an Advisor' to /request-a-consultation/ (consultation request, 9.6)"),
 C("contact", "Toll-Free Number (800) 318-7848 Phone (925) 659-8020 Fax 888-611-4147", "outside", FT+"/div[2]/div/ul", amb=True, note="footer phone / fax list with tel: links, no button or form (convention 2)"),
 C("contact", "[email protected] 2603 Camino Ramon, Ste 350, San Ramon, CA 94583", "outside", FT+"/div[4]/div/ul", amb=True, note="footer e-mail and address list, no button or form (convention 2)"),
 C("follow", "", "outside", FT+"/div[5]/div/ul", note="footer icon-only social links (Facebook, Instagram, Twitter, YouTube, LinkedIn)"),
]
ads=[]
