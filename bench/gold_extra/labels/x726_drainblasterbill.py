from _dsl import *
FILE="wcxb/html/1579.html.gz"
# Drain Blaster Bill's (drainblasterbill.com, DNN 'triton' skin with the SunBlog module; a Minnesota drain-cleaning
# company) blog post 'Comparing 6 Types of Plumbing Pipes': ASP.NET form wrapper; empty top notification pane; sticky
# header (top bar: logo, 'Same Day Service. Veteran Owned.', a '24/7 Emergency Service' link and a 'Call Today:
# 763-913-8719' tel: button; bottom bar: logo, desktop drop-down menu, mobile-only (d-lg-none) bar of a call icon button,
# a '24/7 Emergency Service' button and the burger toggle); mobile menu copy (d-lg-none); hero banner pane ('Blog' title
# over a photo with the list 'Check Out Our Blog / Learn About Our Services / Get Drain Cleaning Tips / Message Us With Your
# Questions!', right half 'Ask Blaster Bill / Questions or Service Requests' with a lazy iframe contact form); empty DNN
# panes; content row: left column post (h1, empty meta, floated image, six numbered pipe sections with one in-sentence
# service link, closing section 'Trust Your Pipes to Drain Blaster Bill' whose last paragraph says 'To schedule a repair
# or a cleaning, call us at ... or message us on our contact page' with a 'contact page' link), empty annotations list, a
# 'Comments are closed for this post, but if you have spotted an error ... feel free to contact us.' notice; right sidebar
# (empty HTML module, blog search box, 'Home / Rss Feed' list); empty DNN panes; footer (top band: logo, 'Call Us For Same
# Day Service 763-913-8719' tel: link and a 'Get A Free Estimate' button; address / phone column with Facebook and RSS
# icons; 'Services' link column; 'Company Info' link column; Sitemap / Privacy Policy, copyright, 'Plumber Marketing' credit);
# back-to-top button.
# No ads and no ad markup (only a GA4 gtag script). No related block: the post has no related / recent list.
# Not labelled: desktop and mobile drop-down menus (incl. their 'Contact' and 'Blog' entries), 'Same Day Service. Veteran
# Owned.' line, the header '24/7 Emergency Service' text link (a service page), hero title and bullet list, empty DNN panes
# and modules, in-sentence links of the text ('mainline drains', 'clogged toilets', the company name), the blog search box,
# the sidebar 'Home' link, footer 'Services' / 'Company Info' link columns (navigation, convention 6), Sitemap / Privacy /
# credit links, back-to-top button.
HT="/html/body/form/header/div[1]/div/div/div"
CP="/html/body/form/main/div[5]/div/div[1]/div/div/div"
FT="/html/body/form/footer"
FTB=FT+"/div[1]/div/div/div/div/div/div/div/div"
related=[]
ctas=[
 C("contact", "Call Today: 763-913-8719", "outside", HT+"/div[3]/div/div/div/div/div/a[2]", note="header top-bar 'Call Today: 763-913-8719' tel: link styled as a primary button (10.5: a 'Call' button, plain), beside a plain '24/7 Emergency Service' page link"),
 C("contact", "24/7 Emergency Service", "outside", "/html/body/form/header/div[2]/div/div/div/div[3]", amb=True, note="mobile-only (d-lg-none) header bar of a call icon button (tel:) and a '24/7 Emergency Service' button, beside the burger toggle (hidden mobile copy, 9.3)"),
 C("contact", "Ask Blaster Bill Questions or Service Requests", "before|outside", "/html/body/form/main/div[1]/div/div/div/div/div/div/div/div[2]", note="right half of the hero banner above the post: 'Ask Blaster Bill / Questions or Service Requests' heading over a lazy-loaded contact form iframe (/contactform/index.html; 9.6: message / service request form)"),
 C("contact", "No matter what type of plumbing you have, you can trust your pipes to Drain Blaster Bill.", "after", CP+"/div[1]/div[2]/p[22]", amb=True, note="closing paragraph of the text under 'Trust Your Pipes to Drain Blaster Bill': 'To schedule a repair or a cleaning, call us at (316) 847-4277 or message us on our contact page' with a 'contact page' link (10.1: an ask in the closing sentence of the text)"),
 C("contact", "Comments are closed for this post, but if you have spotted an error or have additional info that you think", "after", CP+"/div[2]", amb=True, note="notice under the post 'Comments are closed for this post, but if you have spotted an error or have additional info ... feel free to contact us.': a corrections prompt with no link or form (a reader could also read it as a comments notice)"),
 C("follow", "Home Rss Feed", "outside", "/html/body/form/main/div[5]/div/div[2]/div[3]/div/div/ul", amb=True, note="sidebar meta list 'Home' (blog index) / 'Rss Feed' (the blog's RSS): half menu, half feed subscription (9.7)"),
 C("other", "Call Us For Same Day Service 763-913-8719 Get A Free Estimate", "outside", FT+"/div[1]", note="footer top band: logo, 'Call Us For Same Day Service 763-913-8719' (tel: link) and a 'Get A Free Estimate' button; two different asks in one band (convention 4 / 9.2: one CTA, `other`)"),
 C("contact", "Call Us For Same Day Service 763-913-8719", "outside", FTB+"/div[2]", amb=True, note="'Call Us For Same Day Service 763-913-8719' heading with the tel: link in the footer top band (9.2: an ask of the band)"),
 C("other", "Get A Free Estimate", "outside", FTB+"/div[3]", amb=True, note="'Get A Free Estimate' button (/FreeEstimate) in the footer top band (9.2; an estimate button is `other` as 11.7's quote button)"),
 C("contact", "10450 Dellwood Road NStillwater, MN 55082 PHONE: 763-913-8719", "outside", FT+"/div[2]/div/div[1]", amb=True, note="footer address / phone column (Google Maps link, tel: link) with no button or form (convention 2: amb)"),
 C("follow", "", "outside", FT+"/div[2]/div/div[1]/div/div/div/div/div/div/div[3]", note="footer Facebook and RSS icons under the address (11.9: its own widget inside the contact column)"),
]
ads=[]
