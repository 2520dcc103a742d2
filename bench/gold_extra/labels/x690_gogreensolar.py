from _dsl import *
FILE="wcxb/html/4192.html.gz"
# GoGreenSolar (solar-kit shop, Shopify) guide page 'DIY Solar Panel Installation: Step by Step Guide': hidden cart pop-up;
# sticky header (announcement bar 'Call Now - U.S. Nationwide Shipping!' with desktop utility links Contact / Financing /
# phone; logo, search and cart icons, mobile phone icon, 'Get Free Estimate' button, burger toggle; mega-menu); breadcrumbs;
# hero image; page content (intro with h1; left sidebar table of contents as four <details> lists and a mobile <select>;
# text: FAQs, Pre-Install checklist, Installation Process, Post-Install checklist, with eleven 'Learn more:' / 'Read
# more:' pointer lines and one 'Use our step-by-step solar sizing guide…' sentence standing alone); two tool cards 'Solar
# Calculator' / 'Which Solar Kit Do I Need?'; 'GET STARTED WITH SOLAR' free-quote band with an empty form box; footer
# (logo, three follow icons, nine <details> link columns incl. 'Helpful Tools' and 'Popular Links', copyright); empty
# exit-intent-modal section; hidden permit-exclusion Popup. No ads and no ad configuration.
# Not labelled: skip link, cart pop-up (shop confirmation dialog, not an ask), search/cart icons, menus, breadcrumbs, the
# table of contents, in-sentence links of the text (product, financing, contact and permitting-service links inside
# ordinary sentences), footer link columns other than 'Popular Links' (menus: Company, Professionals, kits, panels,
# inverters, racking, Services, Helpful Tools, Resources), the empty exit-intent-modal section (an empty shell, 11.3), the
# permit-exclusion Popup (terms text), copyright/legal links.
HD="/html/body/header"
CT="/html/body/div[1]/main/div[1]/div/div/div[2]"
U1=CT+"/ul[1]/li"
MN="/html/body/div[1]/main"
related=[
 R(CT+"/p[6]", "Learn more", 1, "inline", note="'Learn more: How to Pick the Right Solar Installer' pointer line (FAQs; 11.4 lead-in label)"),
 R(CT+"/p[9]", "Learn more", 1, "inline", note="'Learn more: The Cost of Installing Solar Panel Systems' pointer line (FAQs)"),
 R(U1+"[1]/div/p[2]", None, 1, "inline", amb=True, note="'Use our step-by-step solar sizing guide to determine how many solar panels you would need.' alone in its paragraph, an ordinary sentence (11.4: amb)"),
 R(U1+"[3]/div/p[2]", "Read more", 1, "inline", note="'Read more: The 7 Best DIY Home Solar Kits' pointer line (checklist step 3)"),
 R(U1+"[4]/div/p[2]", "Learn more", 1, "inline", note="'Learn more: Buy vs Lease Solar Comparison' pointer line (checklist step 4; own guide page)"),
 R(U1+"[6]/div/p[2]", "Learn more", 1, "inline", note="'Learn more: Complete List of Recommended Tools & Their Uses' pointer line (checklist step 6)"),
 R(CT+"/p[17]", "Learn more", 2, "inline", note="'Learn more: 33 Tips For Installing Mounting Rails and How to Install Solar Panels on a Tile Roof' (two links, one line)"),
 R(CT+"/p[22]", "Read more", 1, "inline", note="'Read more: Design and Planning Tips for Your IronRidge Ground Mount Installation' pointer line"),
 R(CT+"/p[25]", "Read more", 2, "inline", note="'Read more: 8 Tips on How to Install a Solar Inverter and What's the Best Location for It' (two links)"),
 R(CT+"/p[28]", "Learn more", 1, "inline", note="'Learn more: The Best Angle to Install Solar Panels' pointer line"),
 R(CT+"/p[32]", "Learn more", 1, "inline", note="'Learn more: Solar Panel Wiring Basics: Series vs. Parallel' pointer line (end of Installation Process, before Post-Install)"),
 R(CT+"/ul[3]/li[1]/div/p[3]", "Learn more", 2, "inline", note="'Learn more: What Happens During a Solar Panel Inspection and How to Pass' (two links; post-install step 1)"),
 R("/html/body/div[1]/footer/nav/div[2]/details[4]", "Popular Links", 6, "outside", amb=True, note="footer 'Popular Links' column: six guide/blog links (battery count, this guide, comparing quotes, components, tax credit, choosing a system); a footer menu column a reader could take as a content list"),
]
ctas=[
 C("contact", "Call Now - U.S. Nationwide Shipping! Contact Financing (866) 798-4435", "outside", HD+"/div[2]", note="header announcement/utility bar: 'Call Now' tel: link, desktop Contact / Financing / phone links (main ask: call or contact, convention 4)"),
 C("contact", "Call Now", "outside", HD+"/div[2]/div[1]/span", amb=True, note="'Call Now' tel: link of the bar (10.5, 9.2/10.13)"),
 C("contact", "Contact", "outside", HD+"/div[2]/div[2]/a[1]", amb=True, note="'Contact' link of the bar (desktop, <md:hidden)"),
 C("contact", "(866) 798-4435", "outside", HD+"/div[2]/div[2]/a[3]", amb=True, note="phone tel: link of the bar (10.5)"),
 C("other", "Get Free Estimate", "outside", HD+"/div[3]/div[2]/a[4]", note="header 'Get Free Estimate' button (/pages/request-quote; a quote button is `other`, 11.7 as x634/x642)"),
 C("contact", "", "outside", HD+"/div[3]/div[2]/a[3]", amb=True, note="mobile header phone icon (tel:, md:hidden, 9.3/10.5)"),
 C("other", "Solar Calculator Use our easy solar panel calculator to get a quick estimate of how many solar panels you", "after|outside", MN+"/div[2]/div[1]", note="'Solar Calculator' tool card with 'Size My Solar System' button, full-width band under the guide"),
 C("other", "Which Solar Kit Do I Need? Not sure where to start? Take our solar panel kit questionnaire", "after|outside", MN+"/div[2]/div[2]", note="'Which Solar Kit Do I Need?' quiz card with 'Find Your Solar Kit' button, beside the calculator card"),
 C("contact", "GET STARTED WITH SOLAR WE’LL HELP YOU FIGURE OUT YOUR SOLAR NEEDS! Fill out the form for a complimentary solar quote", "after|outside", MN+"/section", note="'GET STARTED WITH SOLAR' free-quote band (heading, text, form box empty in the HTML, filled by script): a quote form is `contact` (9.6)"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div[1]/ul", note="footer follow icons (Facebook, Twitter, LinkedIn)"),
]
ads=[]
