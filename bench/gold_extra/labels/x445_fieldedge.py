from _dsl import *
FILE="wcxb/html/0068.html.gz"
# FieldEdge (field-service software vendor, WordPress) blog post '51 Must-Have Electrician Tools for 2025': top promo bar
# ('Urgent! Schedule a Demo to Get Limited-Time Discounts! Book a Demo'); header (tablet phone link, logo, main menu,
# above-header menu with search and 'Sign in', phone link, 'Request Demo' button); sticky AddToAny share rail beside the
# post; hero image, author/date, category; h1 and text (51 numbered tools, each with a 'Top Expert Recommendations:' list
# of Amazon/retailer product links; an empty OptinMonster holder after tool 2; a 'Pro tip!' line promoting the site's
# electrician software; 'Bonus Tool' section on FieldEdge; 'Book a FREE demo of FieldEdge …' heading with an image
# button; closing section; 'Power up your electrical business today! Book a free FieldEdge demo …' line; 'Related:
# Electrician Van Setup' line); e-mail sign-up box (iframe written by script); tags; Previous/Next post cards; footer
# ('See how FieldEdge can improve …' Request Demo form, social icons, AICPA badge, menu, 'Contact our Sales Team' phone/
# e-mail block with Call Us / Email Us links, support and general-contact link lists, legal menu). No ad slots or ad
# configuration (GTM only).
# Not labelled: menus (incl. 'Contact', 'Sign in', search), the product recommendation lists in the text (plain
# affiliate/retailer links in bullet lists, part of the text, not boxes or buttons), tags, author line, the footer
# support and 'General Contact' link lists, AICPA badge, the OptinMonster pop-up campaign loaded by body/script[3]
# (no element of its own), GTM noscript.
WR="/html/body/div/div"
SP=WR+"/div/div/div[2]/section"
AR=SP+"/div[3]/article"
FT="/html/body/div/footer/div"
related=[
 R(AR+"/p[66]", "Related:", 1, "after", note="'Related: Electrician Van Setup' line after the closing CTA (not in the wcxb ground truth)"),
 R(SP+"/div[4]", None, 2, "after", note="posts--paging: Previous Post / Next Post links with two post cards (title, author, date)"),
]
ctas=[
 C("other", "Urgent! Schedule a Demo to Get Limited-Time Discounts! Book a Demo", "outside|before", "/html/body/a", note="promo bar at the very top linking to the demo page"),
 C("contact", "800.226.7529", "outside", WR+"/header/div/a[1]", amb=True, note="header phone link (tablet/mobile variant, tel:)"),
 C("contact", "800.226.7529", "outside", WR+"/header/div/div[2]/a[1]", amb=True, note="header phone link (desktop variant, tel:)"),
 C("other", "Request Demo", "outside", WR+"/header/div/div[2]/a[2]", note="header 'Request Demo' button"),
 C("share", "", "before|outside", WR+"/div/div/div[1]", note="sticky AddToAny share rail beside the post (Facebook, LinkedIn, Twitter, e-mail, WhatsApp, more)"),
 C("other", "", "inline", AR+"/div", amb=True, note="empty OptinMonster campaign holder (om-…-holder) after tool 2, filled by script (lead/sign-up form)"),
 C("other", "Pro tip! Just like the right hand tools save you time on the jobsite, the best electrician software saves you hours", "inline", AR+"/p[16]", amb=True, note="'Pro tip!' line promoting the site's own software with a product link (kept in the wcxb ground truth: a reader could call it body)"),
 C("other", "Book a FREE demo of FieldEdge and see how the best electrician software helps your business power through every job faster.", "inline", AR+"/h2[9]", note="in-text demo prompt heading with 'Book a FREE demo' link (after the Bonus Tool section, before the closing section); its image button is the next sibling h3[52]"),
 C("other", "", "inline", AR+"/h3[52]", amb=True, note="'Book Demo' image button under the prompt h2[9] (one widget with it, no common container: labelled apart, ambiguous)"),
 C("other", "Power up your electrical business today! Book a free FieldEdge demo and see how the best electrician tools and software", "after", AR+"/p[65]", note="closing demo prompt line after the last paragraph (not in the wcxb ground truth)"),
 C("newsletter", "Want to get updates about the latest content, industry news and business tips? Sign up to receive our emails!", "after", SP+"/div[3]/div[1]", note="e-mail sign-up box under the text (prompt + form iframe written by script)"),
 C("other", "See how FieldEdge can improve your entire company’s operations Request Demo We respect your privacy", "outside", FT+"/div[1]", note="footer demo-request form (slogan, e-mail field, 'Request Demo' button)"),
 C("follow", "", "outside", FT+"/div[2]/div[1]/div[2]", note="footer social icons (Instagram, LinkedIn, Twitter, Facebook, YouTube)"),
 C("contact", "Contact our Sales Team Phone: 800.226.7529 Call Us Email: sales@fieldedge.com Email Us", "outside", FT+"/div[2]/div[3]/div[1]", note="footer 'Contact our Sales Team' block with 'Call Us' and 'Email Us' links"),
]
ads=[]
