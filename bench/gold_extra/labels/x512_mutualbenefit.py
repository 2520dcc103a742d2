from _dsl import *
FILE="wcxb/html/4540.html.gz"
# Mutual Benefit Group (PA/MD insurance company, HubSpot CMS) 'Insurance 101' post 'The Complete Homeowners Insurance
# Guide for 2026': header module whose React island is empty (header rendered by script); article (h1, hero image, long
# text with h2/h3/h4 sections, HO-1..HO-8 table, an in-text 'Ready for a personalized quote? Find a Mutual Benefit agent
# in Maryland or Pennsylvania!' box with a HubSpot CTA button image, FAQ, 'Wrapping Up' ending with a paragraph asking
# the reader to get a quote and find an agent ('Click here')); right sidebar ('Learn More' list of 5 recent posts, the
# current guide among them; empty sidebar call-to-action module); footer (disclaimer, logo, 'Contact Us' phone and
# address, service links column: policy documents / agent login / pay online / contact us / claims, product and company
# links, 'Make a Payment' button, badges, copyright and legal links); empty fb-root. No ads, no ad configuration.
# Not labelled: empty header island, table, footer disclaimer, footer link columns (service, products, company), badge
# images, legal links, fb-root (Facebook SDK root, no widget).
BD="/html/body/div[1]/main/div/div/div[1]/article/div[2]/span"
SB="/html/body/div[1]/main/div/div/div[2]/div"
FT="/html/body/div[1]/div[2]/footer/div/div/div/div/div[2]/div"
related=[
 R(SB+"/div[1]", "Learn More", 5, "outside", note="right-sidebar 'Learn More' list of 5 recent Insurance 101 posts (the last one is this guide itself)"),
]
ctas=[
 C("contact", "Ready for a personalized quote? Find a Mutual Benefit agent in Maryland or Pennsylvania!", "inline", BD+"/div[2]", note="in-text call-to-action box (image, heading, HubSpot CTA button image linking to the agent finder) after the policy-types section; a quote request (convention 9.6: contact)"),
 C("contact", "If you’re ready to take the next step in safeguarding your home, we encourage you to get a personalized homeowne", "after|inline", BD+"/p[79]", amb=True, note="closing paragraph of the text asking the reader to get a quote and 'Click here to find an agent near you' (kept in the wcxb ground truth; a reader could call it body)"),
 C("other", "", "outside", SB+"/div[2]", amb=True, note="empty sidebar call-to-action module (blog__sidebar__cta, filled by the CMS/script)"),
 C("contact", "Contact Us (814) 643-3003 409 Penn Street, PO Box 577Huntingdon, Pennsylvania 16652", "outside", FT+"/div[1]/div[2]", amb=True, note="footer 'Contact Us' block with phone (tel:) and address links, no button or form"),
 C("other", "Make a Payment", "outside", FT+"/div[3]/div[1]", amb=True, note="footer 'Make a Payment' button standing alone (bill payment for policyholders)"),
]
ads=[]
