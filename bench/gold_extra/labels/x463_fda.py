from _dsl import *
FILE="wcxb/html/0064.html.gz"
# FDA (Drupal, lcds theme) page 'FDA's Concerns with Unapproved GLP-1 Drugs Used for Weight Loss': skip links; GTM
# noscript iframe; header (US-government banner, FDA logo, Search / Menu buttons, search form, collapsed primary nav with
# 'Featured' links such as Report a Product Problem / Contact FDA, Products / Topics / Information For menus); h1; left
# aside 'in this section' nav (2 links); article column opening with two centred buttons ('Report issues to FDA', a jump
# to the text's own reporting section; 'Compounding and the FDA: Questions and Answers', a link to a companion page), then
# h2/h3 sections, lists, and a closing 'Reporting issues to FDA' section (MedWatch links, e-mail, phone); right aside
# 'Content current as of' / 'Regulated Product(s)'; empty #fda-survey-comments div and Touchpoints 'Feedback' button;
# empty 'region-subscribe' block; footer (three link columns, 'Contact FDA' button with follow icons and RSS link,
# logo, contact phone number); 'Back to Top' button. No ads, no ad configuration (only the GTM noscript iframe).
# Not labelled: skip links, government banner, header buttons and menus (incl. 'Report a Product Problem' / 'Contact
# FDA' nav links), 'in this section' side nav, content-current aside, the text's own reporting section (body), footer
# link columns, back-to-top button, GTM iframe.
AR="/html/body/div[2]/div[1]/div/main/article"
TX=AR+"/div"
related=[
 R(TX+"/p[2]", None, 1, "before", amb=True, note="centred button 'Compounding and the FDA: Questions and Answers' above the first heading, linking to a companion FDA page (could be read as part of the text's lead-in)"),
]
ctas=[
 C("contact", "Report issues to FDA", "before", TX+"/p[1]", amb=True, note="centred button 'Report issues to FDA' above the first heading; jumps to the text's own 'Reporting issues to FDA' section (#reporting), so a reader could count it as body navigation"),
 C("other", "Feedback", "outside", "/html/body/div[2]/button", note="fixed vertical 'Feedback' button (Touchpoints survey; the empty #fda-survey-comments div beside it is the panel it opens)"),
 C("newsletter", "", "outside", "/html/body/div[2]/div[3]", amb=True, note="empty 'region-subscribe' block after the page (FDA's e-mail subscription block, not rendered in this copy)"),
 C("follow", "Contact FDA Follow FDA on Facebook Follow FDA on X Follow FDA on Instagram Follow FDA on LinkedIn", "outside", "/html/body/div[2]/footer/div[2]/div[1]", note="footer social-links bar: 'Contact FDA' button, Facebook / X / Instagram / LinkedIn / YouTube icons and RSS-feeds link in one row"),
 C("contact", "Contact Number 1-888-INFO-FDA (1-888-463-6332)", "outside", "/html/body/div[2]/footer/div[2]/div[2]", amb=True, note="footer contact phone number (no button or form)"),
]
ads=[]
