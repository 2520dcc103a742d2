from _dsl import *
FILE="wcxb/html/0346.html.gz"
# BlueCross BlueShield of South Carolina (IBM WebSphere portal + Vue) member page 'Keep Your Teeth Healthy': portal
# toolbar (authoring log-in, site menu); Vue header (brand, menu toggles, global nav mega-menu templates; 'Members'
# constituent bar with templated quick links Contact Us / Find a Doctor / Member Login and a Blog link, site search);
# breadcrumb with 'Show Related Pages'; h1; content column of portal components: intro rich text (Dental Resource
# Center, bullet list), templated 'Visit the Dental Resource Center' clickable box, two empty background markers, main
# rich text (h2/h3 sections, ADA line), YouTube video embed, empty components, templated link list (infographic image
# 'Save your smile' + 'Get more facts' PDF link); footer as three Vue template variants (statesc cobrand, medpolicy,
# default sc: Shop/Organization/Assistance link columns, social icons, legal row); empty fixed drop overlay; portal
# complementary menu templates. No ads, no ad configuration (only GTM).
# Not labelled: portal toolbar (authoring log-in), menus and mega-menu templates, Blog link, site search, breadcrumb
# ('Show Related Pages'), YouTube video (body media), empty component markers, footer link columns other than
# Assistance, the statesc-cobrand footer variant (template[1], v-if for another brand; its social icons and
# 'Contact Us' link) and the medpolicy variant, legal row.
CC="/html/body/div[2]/main/div[4]/div/div"
FT="/html/body/div[2]/footer/template[3]/b-container/b-row[1]"
related=[
 R(CC+"/div[9]", None, 1, "after", amb=True, note="templated fma-link-list under the video: image 'Save your smile' and 'Get more facts' link to the healthy-teeth infographic PDF (a resource, not a story; Vue template content)"),
]
ctas=[
 C("other", "Contact Us Find a Doctor Member Login", "outside", "/html/body/div[2]/header/div[3]/b-container/div/template[1]/ul", amb=True, note="'Members' constituent header quick links with icons (Contact Us, Find a Doctor, Member Login) inside a Vue template shown when the page is under Members: a utility bar with differing asks"),
 C("contact", "Contact Us", "outside", "/html/body/div[2]/header/div[3]/b-container/div/template[1]/ul/li[1]", amb=True, note="header quick link 'Contact Us' (phone icon), one button of the templated quick-link bar (9.2)"),
 C("other", "Visit the Dental Resource Center", "inline", CC+"/div[2]", amb=True, note="fma-clickable-area box 'Visit the Dental Resource Center' (go2dental.com, new tab) between the intro and the main text; title in a Vue template slot, and the intro itself describes the centre (could be read as body)"),
 C("contact", "Assistance Contact Us Find an Agent Technical Support Become a Supplier Accessibility Report Fraud", "outside", FT+"/b-col[3]", amb=True, note="footer 'Assistance' link column (Contact Us, Find an Agent, Technical Support ... Report Fraud) in the default footer template: half-menu column (9.7)"),
 C("follow", "Facebook X LinkedIn Youtube Live Life Blue Instagram RSS", "outside", FT+"/b-col[5]", amb=True, note="footer social icons (Facebook, X, LinkedIn, YouTube, Live Life Blue, Instagram, RSS) in the default (v-else) footer Vue template (10.8)"),
]
ads=[]
