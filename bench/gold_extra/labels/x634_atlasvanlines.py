from _dsl import *
FILE="wcxb/html/0072.html.gz"
# Atlas Van Lines (HubSpot) blog post 'Packing Tips Guide': empty page-options module; sticky site header (empty promo-bar
# module; nav with logo, mega menu, 'Request Quote' button; mobile section with search, menu copy, utility bar copy and
# 'Request Quote' copy; desktop utility top bar: language, Quick Links dropdown, 'Find Your Local Mover' ZIP search, phone
# 800-638-9797); blog hero ('Blog' h1 and tagline, breadcrumb); post header (date, h1, 'No Categories' tag, author, image);
# body text (br-separated, h2/h3 sections) ending with 'Let Atlas Take Care of the Packing' and a closing 'Get a quote'
# link; footer (history text, Moving Services / Why Atlas / Resources / 'Help & Support' columns, Newsweek award, partner
# logo marquee, company address with phone numbers, social follow icons, legal links); fb-root and Twitter SDK scripts.
# Not labelled: menus and mega menu (incl. 'CONTACT ATLAS TODAY' entry), search, language switch, Quick Links dropdown,
# breadcrumb, tag, author link, in-text service links, footer navigation columns, award badge and partner/charity logo
# marquee (convention 3), legal links, SDK scripts with no widget.
H="/html/body/div[2]/div/header"
FT="/html/body/div[4]/footer/div/div/div/div/div/div/div"
related=[]
ctas=[
 C("other", "", "outside", "/html/body/div[2]/div/div", amb=True, note="empty HubSpot 'promo_bar' module at the top of the sticky header (unrendered promo mount, 10.9)"),
 C("other", "Request Quote", "outside", H+"/nav/div[3]", note="header 'Request Quote' button (secondary nav; a quote button is other, 11.7, as W's x642)"),
 C("contact", "Request Quote", "outside", H+"/nav/section/div[4]", amb=True, note="'Request Quote' copy in the mobile nav section (9.3)"),
 C("other", "Find Your Local Mover Search By ZIP Code Search", "outside", H+"/div/div/div/div[1]/ul/li[3]", amb=True, note="top-bar 'Find Your Local Mover' ZIP search (a locator in a utility bar)"),
 C("contact", "800-638-9797", "outside", H+"/div/div/div/div[1]/ul/li[4]", amb=True, note="top-bar phone tel: link (10.5)"),
 C("other", "Find Your Local Mover Search By ZIP Code Search", "outside", H+"/nav/section/div[3]/div/div[1]/ul/li[3]", amb=True, note="mobile copy of the ZIP mover search (9.3)"),
 C("contact", "800-638-9797", "outside", H+"/nav/section/div[3]/div/div[1]/ul/li[4]", amb=True, note="mobile copy of the top-bar phone link (9.3, 10.5)"),
 C("contact", "Get a quote", "after", "/html/body/div[3]/main/section/div/span/a[9]", amb=True, note="closing sentence of the text 'Get a quote and experience the Atlas difference.' (10.1: ask closing the text; kept in the wcxb ground truth); no element but the link"),
 C("contact", "Help & Support Customer Support Request a Quote Find a Local Mover Contact Us Careers", "outside", FT+"/div[1]/div/div[5]", note="footer 'Help & Support' column: Customer Support, Request a Quote, Contact Us (most links serve contact; 9.7), plus Find a Local Mover, Careers"),
 C("contact", "Atlas Van Lines, Inc. U.S DOT No. 125550", "outside", FT+"/div[4]/div/div[1]", amb=True, note="footer company address block with two tel: numbers, no button (convention 2)"),
 C("follow", "", "outside", FT+"/div[4]/div/div[2]/div/div/div/div/div", note="footer social follow icons: Facebook, YouTube, X, LinkedIn, Pinterest, Instagram"),
]
ads=[]
