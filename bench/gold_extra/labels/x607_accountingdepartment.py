from _dsl import *
FILE="wcxb/html/0118.html.gz"
# AccountingDepartment.com (HubSpot CMS) service page 'GAAP Compliance: Applying Accounting Best Practices To Your Business':
# header (top menu Blog / Careers / Login; logo; main menu Company / How It Works / Services / Pricing / Contact Us);
# hero 'SUPPORTING GAAP COMPLIANCE' with intro line; empty breadcrumb menu; left column: image, h2, text with a list of
# GAAP principles and 'Tax and Audit-Ready Financial Data', then a HubSpot image CTA ('call on compliance' -> contact-us),
# 'Meet Our Clients:' heading with a Wistia testimonial video and a 'Watch Video & Read Written Testimonials' CTA button;
# right column: 'Request A Free Consultation for Accounting Services' HubSpot form (script-filled), four HubSpot image CTA
# buttons stacked in one cell ('exit strategy alignment', three 'New Call-to-action'), a client quote (Rich Oakes,
# GigSmart), a hidden 'Our Brochures' box; footer (logo, insurance / services / SMS-consent disclaimer, Privacy Policy;
# 'Contact Info' with address link, phone and e-mail; 'Subscribe to our blog' with a script-filled blog-subscribe form and
# social icons; copyright). AdRoll retargeting pixel and GTM only; no ad slots.
# Not labelled: top and main menus (apart from the Contact Us item), hero, breadcrumb, in-text 'AccountingDepartment.com'
# contact link (a word of the sentence), sidebar client quote (testimonial), hidden 'Our Brochures' box (display:none, no
# links), footer disclaimer and Privacy Policy, copyright, AdRoll/GTM/HubSpot tracking scripts.
L="/html/body/div[2]/div/div[2]/div/div/div/div/div/div[2]/div/div/div/div/div[1]"
S="/html/body/div[2]/div/div[2]/div/div/div/div/div/div[2]/div/div/div/div/div[2]/div/div/div/div"
FB="/html/body/div[3]/div/div/div/div/div/div[1]/div/div/div/div/div/div/div/div"
related=[]
ctas=[
 C("contact", "Contact Us", "outside", "/html/body/div[1]/div/div/div/div/div/div/div/div/div[2]/div/div/div/div/div/div/div/div[2]/div/span/div/ul/li[5]", amb=True, note="last main-menu item 'Contact Us' (links to request-quote); a menu link, possibly styled as a button"),
 C("contact", "", "after", L+"/div[3]/div/div/div/span/a", note="HubSpot image CTA 'call on compliance' (cta_dest_link contact-us) closing the rich text, set apart as an image button"),
 C("other", "", "after", L+"/div[5]", amb=True, note="'Meet Our Clients:' Wistia testimonial video under the text (promotional, heading in the sibling row)"),
 C("other", "Watch Video & Read Written Testimonials", "after", L+"/div[6]", note="HubSpot CTA button 'Watch Video & Read Written Testimonials' (image CTA) under the video"),
 C("contact", "Request A Free Consultation for Accounting Services", "outside", S+"/div[1]/div/div", amb=True, note="amb: the form is an empty hs_form_target a script fills (10.9); right-column 'Request A Free Consultation for Accounting Services' HubSpot form (script-filled target; consultation request, 9.6)"),
 C("other", "", "outside", S+"/div[2]", note="right-column cell of four stacked HubSpot image CTA buttons ('exit strategy alignment', 'New Call-to-action' x3), targets behind cta-redirect"),
 C("other", "", "outside", S+"/div[2]/div/div/div[1]/div/div", amb=True, note="right-column HubSpot image CTA 1 of 4 ('exit strategy alignment')"),
 C("other", "", "outside", S+"/div[2]/div/div/div[2]/div/div", amb=True, note="right-column HubSpot image CTA 2 of 4 ('New Call-to-action')"),
 C("other", "", "outside", S+"/div[2]/div/div/div[3]/div/div", amb=True, note="right-column HubSpot image CTA 3 of 4 ('New Call-to-action')"),
 C("other", "", "outside", S+"/div[2]/div/div/div[4]/div/div", amb=True, note="right-column HubSpot image CTA 4 of 4 ('New Call-to-action')"),
 C("contact", "Contact Info Address 888.858.9919 Info@AccountingDepartment.com", "outside", FB+"[2]", amb=True, note="footer 'Contact Info' column: address link, tel: and mailto: links, no button or form (convention 2)"),
 C("newsletter", "Subscribe to our blog", "outside", FB+"[3]", note="footer 'Subscribe to our blog' column with the script-filled HubSpot blog-subscribe form (holds the social icons too, 11.9)"),
 C("follow", "", "outside", FB+"[3]/div[3]/div/div", note="footer social icons under the blog sign-up: Facebook, Twitter, LinkedIn, Instagram, YouTube, Spotify"),
]
ads=[]
