from _dsl import *
FILE="wcxb/html/0283.html.gz"
# EmizenTech blog (WordPress contentberg theme, NitroPack) post 'App Project Ideas for Beginners To Improve Mobile App
# Coding Skills': header (logo, mega menu About / Services / Solutions / Success Stories / Resources and a button-styled
# 'GET IN TOUCH' entry, search icon); post header (h1, category, author, date, featured image); three-column post body:
# left column (empty TOC list, 'Share With' icons with a like count), the text (64 numbered app ideas, an 'Also Read: What
# Is App Testing?' h4 line, the company's own 'How can we help?' section, 'Conclusion' closing with 'feel free to connect
# with us'), right sticky column ('Last Updated' line, 'Get in Touch' enquiry form); author box (bio, empty social list);
# 'Related Posts' (3 cards); off-canvas mobile menu; search modal; footer band 'We Offer a 60 minute Free Consultation'
# (phone / e-mail / Teams) with the 'Start Growing Your Business With Us' form and the office phone row; footer (address
# and social icons, Our Work / Quick Links / Services / Industries columns, rating badges); copyright; fixed WhatsApp
# button; cookie-banner template in a script. No ads, no ad markup (only Google Tag Manager).
# Not labelled: menus and the off-canvas mobile menu (its 'GET IN TOUCH' entry is a plain menu link there), empty TOC
# list, 'Last Updated' line, the 'How can we help?' section (the company's pitch written as ordinary text paragraphs; the
# wcxb ground truth keeps it), author box (bio, empty social list), search modal, footer link columns (Quick Links holds
# one 'Contact us' among seven), Clutch / GoodFirms rating badges, cookie-consent template, copyright.
AR="/html/body/div/div[1]/div/div/article"
IN=AR+"/div[1]"
TX=IN+"/div[2]"
FS="/html/body/div/div[4]/div/div"
related=[
 R(TX+"/h4", None, 1, "inline", note="'Also Read: What Is App Testing?' h4 story line set apart after idea 64, before 'How can we help?' (kept in the wcxb ground truth)"),
 R(AR+"/section", "Related Posts", 3, "after", note="'Related Posts' grid of 3 cards (Sotwe, language learning apps, app like DramaBox) under the author box"),
]
ctas=[
 C("contact", "GET IN TOUCH", "outside", "/html/body/div/header/div/div/div[2]/nav/div/ul/li[6]", note="header menu's last entry 'GET IN TOUCH' (class Fix_contact, styled as a rounded button) linking to the enquiry page"),
 C("share", "Share With 0", "before|outside", IN+"/div[1]/div[2]", note="'Share With' icons (like count, Facebook, Twitter, LinkedIn, Pinterest) in the left column beside the text"),
 C("contact", "If you are searching for mobile app development project ideas for beginners, this blog post is where your search ends.", "after", TX+"/p[136]", amb=True, note="closing paragraph of the text ending 'feel free to connect with us' (link to the enquiry page): an ask closing the text (10.1)"),
 C("contact", "Get in Touch Name Email Phone Number Message Submit", "outside", IN+"/div[3]/div[2]", note="right sticky column 'Get in Touch' enquiry form (name, e-mail, phone, message, Submit)"),
 C("contact", "We Offer a 60 minute Free Consultation +1 (989) 535-9295 info@emizentech.com", "after|outside", FS+"/section", note="footer band: 'We Offer a 60 minute Free Consultation' (phone, e-mail, Teams link), 'Start Growing Your Business With Us' contact form, and the row of office phone numbers"),
 C("contact", "#23 Chase Tower, opp. Metro Pillar 31, Rajiv Vihar Colony, Jaipur, Rajasthan 302019", "outside", FS+"/footer/div/div[1]/div/div[1]", amb=True, note="footer address block with no button (convention 2); it holds the social icons below"),
 C("follow", "", "outside", FS+"/footer/div/div[1]/div/div[1]/ul", note="footer social icons (Facebook, LinkedIn, Instagram, X, YouTube, Pinterest) under the address"),
 C("contact", "", "outside", "/html/body/div/div[6]", note="fixed WhatsApp chat button (bottom left, wa.me link)"),
]
ads=[]
