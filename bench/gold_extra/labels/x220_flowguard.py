from _dsl import *
FILE="wcxb/html/0255.html.gz"
# FlowGuard (Lubrizol CPVC pipes; HubSpot CMS) blog post 'Choosing Plumbing Material: What's the Difference?'.
# Header: floating sticky copy and the main header (location chooser, search, menu, featured 'Contact Us' button),
# hidden mobile nav with its own 'Contact Us'. Main: hero background, article (byline, Print/Save as PDF, 'Share'
# toggle with hidden share icons, title, 'Installation' tag, body; in-text links to the site's CPVC comparison pages
# and a gated interview video are part of the text); right column 'Subscribe' HubSpot form (script-filled). Footer:
# logo, contact e-mail, an untitled script-filled HubSpot form, copyright line. No related block, no ads (HubSpot,
# Facebook pixel and SDK only).
# Not labelled: menus, location chooser, byline, print link, tag, hero image, footer Lubrizol logo link and
# privacy link.
HD="/html/body/div[1]/div[1]"
AM="/html/body/div[1]/main/div/div[2]"
related=[]
ctas=[
 C("contact", "Contact Us", "outside", HD+"/header[2]/div[2]/div/div/div[2]/div[1]/div[2]", note="featured 'Contact Us' button beside the main menu"),
 C("contact", "Contact Us", "outside", HD+"/header[1]/div/div/div/div[2]/div[1]/div[2]", amb=True, note="'Contact Us' button in the floating (sticky) header copy"),
 C("contact", "Contact Us", "outside", HD+"/nav/div/div[3]", amb=True, note="'Contact Us' in the hidden mobile nav"),
 C("share", "Share", "before", AM+"/div[1]/div/article/div[2]", note="'Share' toggle with e-mail, Twitter, LinkedIn, Facebook icons above the title"),
 C("newsletter", "Subscribe", "outside", AM+"/div[2]/div", note="right-column 'Subscribe' HubSpot form (form target filled by script)"),
 C("contact", "cpvc.emena@lubrizol.com", "outside", "/html/body/div[1]/div[2]/footer/div/div/div[1]/div/div[1]/div[3]", amb=True, note="footer contact e-mail"),
 C("other", "", "outside", "/html/body/div[1]/div[2]/footer/div/div/div[2]", amb=True, note="untitled footer HubSpot form, empty target filled by script (purpose not visible, probably a sign-up)"),
]
ads=[]
