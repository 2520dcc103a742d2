from _dsl import *
FILE="wcxb/html/0262.html.gz"
# Mindesigns (Australian marketing agency, WordPress + Elementor) blog post 'Detailed Comparison of Social Media
# Platforms': header (logo; desktop mega menu with Services panel incl. a 'Download ->' template promo card, Resources
# panel with blog / case study / software-discount cards, About us, phone item, 'Get in Touch' item and its scroll copy;
# mobile-only 'Get in Touch' tel: button; mobile-only menu copy with template promo image and 'Download' item);
# newsletter band 'Marketers & Business Owners … Get fresh insights our marketers share every fortnight' with a CF7
# form; three columns: left Table of Contents, centre article ('Blog /' breadcrumb, h1, author/date, featured image,
# 'Share this post' label and share icons, reading time, text with tables and an in-text pointer to the digital
# strategy template, share icons again), right sticky lead-magnet box 'Download Our Template and Create a Solid Digital
# Marketing Strategy Using ChatGPT' with a CF7 form; 'Other articles you may find interesting' band (See all, 3 post
# cards); 'Generate more leads and sales with us! Book a chat' band (Calendly consultation); footer (logo, LinkedIn /
# YouTube icons, service columns, About Us column with Contact Us link, cities and phone; mobile-only toggle copy with
# e-mail and phone). No ads, no ad configuration.
# Not labelled: mega menus (service links, blog/case-study/discount cards in the Resources dropdown), About us item,
# breadcrumb, author/date, table of contents, reading time, in-text links inside ordinary sentences, footer service
# columns and About Us links, mobile footer toggle copy (incl. its e-mail / phone lines).
NV="/html/body/header/div/div/div[2]/div[1]/div/nav/div/ul"
MN="/html/body/header/div/div/div[2]/div[3]/div/nav/div/ul"
AC="/html/body/div/section[1]/div/div[2]/div"
FT="/html/body/footer/section[2]/div[2]/div/div/section[1]/div"
related=[
 R("/html/body/div/section[2]", "Other articles you may find interesting", 3, "after", note="'Other articles you may find interesting' band with 'See all' button and 3 post cards (category, title, author, date, excerpt, Read more)"),
]
ctas=[
 C("contact", "Get in Touch", "outside", NV+"/li[5]", amb=True, note="(amb after the reading of S: a menu entry with no button class in the HTML; its look comes from CSS on the id) header nav button 'Get in Touch' (#contprin, links the contact page)"),
 C("contact", "Get in Touch", "outside", NV+"/li[6]", amb=True, note="second header 'Get in Touch' item (#contscroll, the copy shown in the sticky header on scroll)"),
 C("contact", "(07) 4000 8532", "outside", NV+"/li[4]", amb=True, note="header nav phone item (#btnphone-princip, tel: link; convention 10.5)"),
 C("other", "Download ->", "outside", NV+"/li[1]/div[2]/div/div[5]", amb=True, note="template promo card (image and 'Download ->' to the Sticky Fix digital strategy template) inside the Services mega-menu dropdown (hidden until the menu opens)"),
 C("contact", "Get in Touch", "outside", "/html/body/header/div/div/div[2]/div[2]", amb=True, note="mobile-only header button 'Get in Touch' (tel: link; elementor-hidden-desktop, convention 9.3)"),
 C("other", "Download", "outside", MN+"/li[5]", amb=True, note="mobile-menu 'Download' item for the strategy template (beside a promo image item li[4]; the mobile menu is hidden on desktop)"),
 C("newsletter", "Marketers & Business Owners Looking for expert marketing ideas to boost your results? Get fresh insights", "before", "/html/body/div/div", note="newsletter band above the article: 'Get fresh insights our marketers share every fortnight' with a Contact Form 7 sign-up form"),
 C("share", "", "before", AC+"/div[6]", note="share icons (WhatsApp, e-mail, Facebook, LinkedIn, Twitter) under the featured image; its label 'Share this post' is the sibling div[5] (convention 9.1)"),
 C("other", "digital strategy template", "inline", AC+"/div[7]/div/p[9]", amb=True, note="sentence of the text 'If you are unsure of your target audience, you can download our digital strategy template …' linking the agency's lead-magnet page (a promo written into the text)"),
 C("share", "", "after", AC+"/div[8]", note="share icons under the text (same five networks)"),
 C("other", "Download Our Template and Create a Solid Digital Marketing Strategy Using ChatGPT", "outside", "/html/body/div/section[1]/div/div[3]", note="right-column lead-magnet box: template image, 'Download Our Template …' and a Contact Form 7 form (name, e-mail)"),
 C("contact", "Generate more leads and sales with us! Book a chat", "after|outside", "/html/body/div/section[3]", note="band before the footer 'Generate more leads and sales with us!' with a 'Book a chat' button (Calendly 30-minute consultation; convention 9.6)"),
 C("follow", "Linkedin Youtube", "outside", FT+"/div[1]/div/div[2]", note="footer social icons (LinkedIn, YouTube)"),
 C("contact", "(07) 4000 8532", "outside", FT+"/div[6]/div/div[9]", amb=True, note="footer phone line (tel: link) under 'Sydney / Cairns' at the end of the About Us column (convention 10.5)"),
]
ads=[]
