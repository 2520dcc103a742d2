from _dsl import *
FILE="wcxb/html/2235.html.gz"
# Plus Relocation insights post on Passle ('Skiplagging in the relocation process'). Browser-deprecation warning,
# header (main menu, search, 'Contact' button, logo); 'All Posts' bar; article header (date, reading time, title);
# left rail: like button + share buttons with counts; main column: 'Get in touch' author card (mobile copy), body
# (ends with an editorial 'For additional information...' list of three outside articles: body), quote box, tags;
# right column: 'Get in touch' author card (desktop copy), empty featured-post div; 'Latest Insights' (3 posts).
# Footer: 'Stay in-the-know. And a step ahead.' with LinkedIn/Twitter, sales phone/e-mail, footer menus.
# No ads (GTM only). Not labelled: menus, search, 'All Posts' link, the body's further-reading links (editorial),
# tags, empty featured item/post divs, footer menus, sales phone/e-mail lines, deprecation warning.
A="/html/body/div/div[3]/article/div[2]/div/div"
related=[
 R("/html/body/div/div[3]/article/div[3]", "Latest Insights", 3, "after", note="'Latest Insights' 3 post cards under the article"),
]
ctas=[
 C("contact", "Contact", "outside", "/html/body/div/div[2]/header/div[2]/a", note="header 'Contact' button (contact-us page)"),
 C("share", "1 1 5 13 1", "before|outside", A+"/div[1]", note="left rail: like button + email/Twitter/LinkedIn/Facebook share buttons with counts"),
 C("contact", "Get in touch Chris Pardo Vice President of Consulting", "before", A+"/div[2]/div[1]", amb=True, note="'Get in touch' author card in the main column (shown on small screens)"),
 C("contact", "Get in touch Chris Pardo Vice President of Consulting", "outside", A+"/div[3]/div[1]", amb=True, note="'Get in touch' author card in the right column (desktop)"),
 C("follow", "Stay in-the-know. And a step ahead. linkedin twitter", "outside", "/html/body/div/div[4]/footer/div/div[1]/div", note="footer 'Stay in-the-know' heading with LinkedIn/Twitter links"),
]
ads=[]
