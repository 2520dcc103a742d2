from _dsl import *
FILE="wcxb/html/0081.html.gz"
# Cynomi (WordPress) gated guide page 'Getting to YES: The Anti-Sales Guide to Closing New Cybersecurity Deals': top bar
# (guide title + 'Download Guide' button); header (logo; mega menu with three featured promo blocks 'Playbook ... Get your
# copy', 'The State of the vCISO Report 2025 Get the report', 'How ECI Increased Margins ... Watch now' (video dialog);
# 'Login' link and 'Book a Demo' button; hidden mobile-menu social icons); breadcrumb, h1; guide summary text with
# cover image, 'Share' row (X, LinkedIn); right column 'Download Guide' HubSpot form (script-filled); entry footer band
# 'Redefine your cybersecurity and compliance services with Cynomi vCISO Platform' + 'Book a Demo'; site footer (five
# headed menus Platform / Solutions / Resources / Partners / Company, legal links, certificates, social icons).
# Not labelled: menus (incl. 'Login', Partners and Company footer columns, where 'Become a Partner' and 'Contact Us' are
# single entries of navigation columns), breadcrumb, cover image, certificates.
HN="/html/body/div[2]/header/div/nav/div/div[2]/ul"
EC="/html/body/div[2]/main/article/div/div"
related=[]
ctas=[
 C("other", "Getting to YES: The Anti-Sales Guide to Closing New Cybersecurity Deals Download Guide", "before|outside", "/html/body/div[1]", note="top bar above the header: guide title and 'Download Guide' button (lead funnel)"),
 C("other", "Playbook: Transforming Your Cybersecurity Practice into an MRR Machine. Get your copy", "outside", HN+"/li[2]/div/div[3]", amb=True, note="featured promo block in the hidden Solutions mega menu (gated playbook download)"),
 C("other", "The State of the vCISO Report 2025 Get the report", "outside", HN+"/li[3]/div/div[4]", amb=True, note="featured promo block in the hidden Resources mega menu (report download)"),
 C("other", "How ECI Increased Margins on GRC Services by 30% Watch now", "outside", HN+"/li[4]/div/div[2]", amb=True, note="featured case-study video block in the hidden Partners mega menu (a reader could call it a related item)"),
 C("other", "Book a Demo", "outside", HN+"/li[7]", note="header 'Book a Demo' button (11.7: demo button plain whatever stands beside it)"),
 C("follow", "", "outside", "/html/body/div[2]/header/div/div[2]", amb=True, note="mobile-menu footer social icons LinkedIn / YouTube (display:none, 9.3)"),
 C("share", "Share", "after", EC+"/div[1]/div[2]", note="'Share' row under the text: X, LinkedIn"),
 C("other", "Download Guide", "outside", EC+"/div[2]/div", amb=True, note="(amb: 10.9, as x607) right-column 'Download Guide' HubSpot form (gated download lead form, filled by script) beside the text"),
 C("other", "Redefine your cybersecurity and compliance services with Cynomi vCISO Platform Book a Demo", "after", "/html/body/div[2]/main/article/footer/div/section/section", note="entry-footer CTA band with 'Book a Demo' button (10.7: demo is other)"),
 C("follow", "", "outside", "/html/body/div[2]/footer/div/div[3]/div[3]", note="footer social icons 'Follow us on LinkedIn' / YouTube"),
]
ads=[]
