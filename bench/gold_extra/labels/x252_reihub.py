from _dsl import *
FILE="wcxb/html/0249.html.gz"
# REI Hub (rental accounting SaaS; WordPress/Elementor) resource article 'Property Investment for Beginners: A
# Comprehensive Guide'. Sticky header: logo, menu (Why REI Hub?, Reviews, Pricing, Resources, 'Sign In', featured
# 'Start for Free' button) and its mobile dropdown copy. Post: category, title, featured image, author/date, text
# ending with the 'How REI Hub Can Help' section whose last paragraph links to a free trial, the demo portfolio, the
# knowledge base and the blog. Footer: upper band 'Everything You Need for Your Rental Property Books' with feature
# list and 'Get Started for Free' button; logo, e-mail/phone/address, Product/Support/Company menus, cookie-settings
# button. Empty lazy Elfsight app container at the end of body. No related block, no ads (GTM only).
# Not labelled: menus (incl. 'Sign In', 'Contact' links), author/date, footer menus, cookie-settings button.
NV="/html/body/div[1]/div/div/div[2]/div"
related=[]
ctas=[
 C("other", "Start for Free", "outside", NV+"/nav[1]/ul/li[6]", note="featured 'Start for Free' sign-up button in the header menu"),
 C("other", "Start for Free", "outside", NV+"/nav[2]/ul/li[6]", amb=True, note="'Start for Free' in the mobile dropdown menu copy"),
 C("other", "At REI Hub, we take customer support seriously", "after", "/html/body/div[2]/div/div/div[5]/div/p[31]", amb=True, note="closing product paragraph with free-trial, demo-portfolio, knowledge-base and blog links (kept in the wcxb ground truth)"),
 C("other", "Everything You Need for Your Rental Property Books", "after|outside", "/html/body/div[3]/div[1]", note="upper-footer band: feature list and 'Get Started for Free' (No credit card required) button"),
 C("contact", "Email: support@reihub.net Phone: (888)939-6865", "outside", "/html/body/div[3]/div[2]/div/div[1]/div[2]", amb=True, note="footer text with support e-mail, phone and address"),
 C("other", "", "outside", "/html/body/div[4]", amb=True, note="empty lazy-loaded Elfsight app container (widget type not visible)"),
]
ads=[]
