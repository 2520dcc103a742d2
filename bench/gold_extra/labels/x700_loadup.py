from _dsl import *
FILE="wcxb/html/4563.html.gz"
# LoadUp (junk-removal company, WordPress/Genesis) 'Trash Talk' blog post 'Pros and Cons of Tiny House Living': mobile side
# nav (menu with Book Online / Click to Call entries); header top bar ('Call (844) 239-7711 | Text Photos (678) 884-4738'
# tel:/sms: links; promo ticker 'PLANT with PURPOSE | Why Trees?', 'PRICE MATCH GUARANTEE | Learn More', 'SAME DAY PICKUP',
# 'BECOME A SERVICE PROVIDER? | Become a Loader'; 'Find My City' / 'Manage My Order' / hidden phone / 'Loader Login'
# utility links); logo; main menu with mega-menus (the 'More' one holds a 'Trash Talk Blog' column of three recent posts);
# header-right menu ('Contact' hidden by d-none, 'Book Online' button); hidden 'Limited Time Offer' sub-banner (no link);
# article (h1, breadcrumb line, lead, table of contents, sections; in-text 'note' boxes: a booking ask 'junk removal
# services' and a pointer 'Check out our Spring into Spring Cleaning guide!'; two 'blog-cta' boxes 'Let us take all your
# junk away! Book Online' and 'Looking for junk removal that doesn't stink? Learn More'; closing 'Related Articles from the
# Trash Talk blog:' list of four posts); 'Join us on:' social icons; author box; sidebar ('Blog Categories' list, two
# custom-HTML boxes classed 'blog-ad': 'Mattress hauling issues? READ GUIDE' and 'Need help removing your old junk? BOOK
# ONLINE'); footer (tagline, Services / Opportunity / Company / Resources link columns, 'Text LoadUp' sms: line, DigiCert
# seal, legal); hidden 'LOCATION FINDER' slideout; hidden 'Get your instant upfront price online' Gravity form slideout.
# No third-party ad markup; the two sidebar boxes are own-site banners in 'blog-ad' boxes (convention 3: ad slots, their
# CTA reading amb, as x84).
# Not labelled: mobile side-nav menu and main menus (their Book Online / Call entries are menu links), 'Find My City' /
# 'Manage My Order' / 'Loader Login' utility links, breadcrumbs, table of contents, in-sentence keyword links (service
# pages, blog posts) and p[31]'s 'junk removal company like LoadUp.' (an ordinary sentence mid-closing, not the last),
# author box (bio, no links), 'Blog Categories' list, footer link columns (site directories), DigiCert seal, the hidden
# 'Limited Time Offer' sub-banner (no control), the location-finder slideout (a service-area search, navigation).
AR="/html/body/div[4]/div/div/main/article"
E=AR+"/div[1]"
SB="/html/body/div[4]/div/div/aside"
TB="/html/body/div[4]/header/div/nav"
related=[
 R(E+"/p[14]", None, 1, "inline", note="'note' box: 'Need help whipping your house into shape? Check out our Spring into Spring Cleaning guide!' (own blog post; 10.10/11.4, set apart)"),
 R(E+"/ul", "Related Articles from the Trash Talk blog:", 4, "after", note="closing list of four blog posts under the bold lead-in paragraph p[34] (no common container but the text: the list, 9.1)"),
 R("/html/body/div[4]/header/div/div[2]/nav/div/ul/li[5]/div/div/div/div[3]", "Trash Talk Blog", 3, "outside", amb=True, note="'More' mega-menu column 'Trash Talk Blog': three recent post teasers and 'Visit Blog' (a drop-down menu, hidden until hover)"),
]
ctas=[
 C("contact", "Call (844) 239-7711 | Text Photos (678) 884-4738", "outside", TB+"/div[1]", amb=True, note="header top bar tel: and sms: links with bold 'Call' / 'Text Photos' labels, no button (10.5)"),
 C("other", "🌳 YOUR REMOVAL = PLANT with PURPOSE | Why Trees? * PRICE MATCH GUARANTEE | Learn More", "outside", TB+"/div[2]", note="header promo ticker (tree planting, price match, same-day pickup, 'Become a Loader')"),
 C("other", "Book Online", "outside", "/html/body/div[4]/header/div/div[2]/section/div/nav/ul/li[2]", note="header-right 'Book Online' button (menu-cta; the 'Contact' item beside it is d-none, so it stands alone; 11.7)"),
 C("other", "🏠 Living in a tiny home can be great, but how do you get rid of the large, extra junk before you downsize?", "inline", E+"/p[6]", note="in-text 'note' box ending with a link 'junk removal services' to the booking page (set apart: own box, 10.1)"),
 C("other", "Let us take all your junk away! Book Online", "inline", E+"/div[7]", note="in-text blog-cta box 'Book Online' between the 'Cons' intro and the laws section"),
 C("other", "Looking for junk removal that doesn’t stink? Learn More", "inline", E+"/div[14]", note="in-text blog-cta box 'Learn More' (what-we-take page) in the composting-toilet section"),
 C("follow", "Join us on:", "after", AR+"/div[2]", note="'Join us on:' Facebook / Instagram / YouTube / LinkedIn / Pinterest icons under the text"),
 C("other", "Mattress hauling issues? READ GUIDE", "outside", SB+"/section[2]", amb=True, note="sidebar own promo box (blog-ad) for the mattress disposal guide: labelled as an ad slot; CTA reading amb"),
 C("other", "Need help removing your old junk? BOOK ONLINE", "outside", SB+"/section[3]", amb=True, note="sidebar own booking promo box (blog-ad): labelled as an ad slot; CTA reading amb"),
 C("contact", "Text LoadUp (678) 884-4738", "outside", "/html/body/div[4]/footer/div/div[2]/div/p", amb=True, note="footer lone sms: line 'Text LoadUp' (10.5)"),
 C("contact", "Get your instant upfront price online", "outside", "/html/body/div[8]", amb=True, note="hidden slideout with the 'Get your instant upfront price online' Gravity form (property type, name, e-mail, phone…: a price request, 9.6; hidden, 9.5)"),
]
ads=[
 A(SB+"/section[2]", "outside", "sidebar custom-HTML box classed 'blog-ad': own-site banner 'Mattress hauling issues?' with image and 'READ GUIDE' link (convention 3)"),
 A(SB+"/section[3]", "outside", "sidebar custom-HTML box classed 'blog-ad': own-site banner 'Need help removing your old junk?' with image and 'BOOK ONLINE' link (convention 3)"),
]
