from _dsl import *
FILE="wcxb/html/0177.html.gz"
# UC Berkeley Information Security Office (Open Berkeley, Drupal) content page 'Top 10 Secure Computing Tips': header
# (site name, search form, primary drop-down menu, secondary nav holding a single 'Contact Us' link); breadcrumb; h1; body
# with ten tips (h3 + paragraphs/lists), pointer sentences to the site's own pages in their own paragraphs ('Check out our
# Phishing Resources section ...', 'Our Protecting Your Credentials how-to article ...', 'See our Minimum Security
# Standards Anti-Malware Software Guidelines ...') and an 'Unsure ...? Email us at security@berkeley.edu' line; 'Topics'
# tag pane; footer (logo, Contact Us / land acknowledgement links, policy links, copyright, back to top). No ads, no ad
# configuration, no share or follow widgets, no comments.
# Not labelled: menus, search form, breadcrumb, Topics tag pane, footer links (incl. its 'Contact Us' beside the land
# acknowledgement), back-to-top link, in-sentence external links (Click-to-Play, NoScript, Wikipedia).
B="/html/body/div[2]/div/div[2]/div/div/div/div/div/div/div/div/div/div[1]/div/article/div/div/div/div"
related=[
 R(B+"/p[4]", None, 1, "inline", amb=True, note="own-paragraph pointer sentence 'Check out our Phishing Resources section for details ...' (written as a sentence of the text: 10.10 amb)"),
 R(B+"/p[6]", None, 1, "inline", amb=True, note="own-paragraph pointer sentence 'Our Protecting Your Credentials how-to article contains detailed recommendations ...'"),
 R(B+"/p[15]", None, 1, "inline", amb=True, note="own-paragraph pointer sentence 'See our Minimum Security Standards Anti-Malware Software Guidelines for more information'"),
]
ctas=[
 C("contact", "Contact Us", "outside", "/html/body/header/div/div/nav/div[2]", amb=True, note="header secondary nav holding one 'Contact Us' link (set apart from the primary menu, but a plain menu link)"),
 C("contact", "Unsure of how to store or handle sensitive data? Email us at security@berkeley.edu.", "inline", B+"/p[12]", amb=True, note="in-text line asking readers to e-mail the security office (a sentence of the text: a reader may call it body)"),
]
ads=[]
