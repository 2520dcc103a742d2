from _dsl import *
FILE="wcxb/html/0105.html.gz"
# ProServeIT (HubSpot theme) blog post 'Introduction to Data Analysis: Understanding the Basics': site header (logo, desktop
# mega menu, mobile menu with a placeholder social icon row, 'Contact Us' button, search); empty blog-header partial; hero
# (h1, author avatar, name, date); article: AI audio player, text with a 'Jump to a section' list, h2/h3/h4 sections, a
# '👉 Take a look at our blog on AI data analysis' pointer line, a promo section 'Start Your Data Analysis Journey with
# ProServeIT' (service link, 'Reach out to us today'), conclusion; tags; author box; 'Related Articles' (3 cards);
# 'Comments' heading over an empty HubSpot comment mount (form and feed filled by script); empty blog-footer partial;
# footer (four headed columns 'On Your Mind...', 'Our Solutions', 'We are...', 'Get in Touch' with a HubSpot form
# script; legal row with social icons).
# Not labelled: menus, search, audio player, in-text table of contents, tags, author bio box, the service-page link
# sentence of the promo section (p[86], 'Start your data and analytics journey with us today', a body sentence linking a
# service page), footer link columns (service/about navigation), empty blog header/footer partials, comment/form
# scripts themselves (the comment widget is labelled at its heading box).
HDR="/html/body/div[1]/div/div/div/div/div/div/div/div/header/div[2]/div/div"
AR="/html/body/div[5]/div/article"
B=AR+"/div[2]/span"
FT="/html/body/div[7]/div/div/div/div/div/div/div/div/div/div/div/footer"
related=[
 R(B+"/p[54]", None, 1, "inline", note="pointer line set apart: '👉 Take a look at our blog on AI data analysis', the whole line one link to another blog post (10.10 / 11.4)"),
 R(AR+"/div[5]", "Related Articles", 3, "after", note="'Related Articles' cards under the author box: Big Data Analytics, Data Visualization Best Practices, Data Cleaning and Modeling in Microsoft Fabric"),
]
ctas=[
 C("follow", "", "outside", HDR+"/div[2]/div/nav/ul[2]", amb=True, note="social icon row (placeholder facebook.com/CompanyName links) inside the mobile navigation only (9.3)"),
 C("contact", "Contact Us", "outside", HDR+"/div[3]", note="header 'Contact Us' button standing alone (hidden-phone column)"),
 C("contact", "If you want to explore integrating Microsoft AI solutions, like Microsoft Power BI", "inline", B+"/p[88]", amb=True, note="promo paragraph in the text of the 'Start Your Data Analysis Journey with ProServeIT' section with a 'Reach out to us' contact link; an ordinary sentence a reader may call body (10.1; the Conclusion section follows)"),
 C("comments", "Comments", "after", AR+"/div[6]", note="'Comments' heading and HubSpot blog-comment mount (form and feed inserted by script, showForm true)"),
 C("contact", "Get in Touch", "outside", FT+"/section[1]/div[4]", amb=True, note="(amb: 10.9, the form is an empty mount a script fills, as x607) footer 'Get in Touch' column: heading and a HubSpot form created in place by script (convention 2: with a form)"),
 C("follow", "", "outside", FT+"/section[2]/ul/li[4]", note="footer legal row: social icons Facebook, Twitter, LinkedIn, YouTube"),
]
ads=[]
