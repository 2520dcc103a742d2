from _dsl import *
FILE="wcxb/html/0328.html.gz"
# ForeFront Web (digital marketing agency, WordPress) blog post 'Digital Marketing Costs Demystified: What Should You
# Really Pay?': header (logo, menu toggle, primary menu with Contact and search); 'Blog' page header; article (featured
# image, h1, date, long text with h2/h3 sections, service links, a 'Digital marketing service charges terms to know:' line
# linking two other posts, FAQ, conclusion with an agency pitch); author box ('By Scott Kasun', 'Related Topics: Insights');
# 'Join Today' newsletter box (Gravity Forms name/e-mail, 'Subscribe Now!'); 'Back to Blog' link; footer (Contact Us
# address/e-mail/phone, Quick Links, Support links, 'Follow Us' icons, badge, copyright). No ads (only GTM).
# Not labelled: menus, search, 'Blog' page header, author box and its category link, 'Back to Blog' link, in-text links
# to service pages and external sources, the closing 'Ready to make your digital marketing investment work harder?'
# paragraph (no link or button), footer Quick Links / Support columns, badge.
AR="/html/body/div/div/div/main/div/div/article"
related=[
 R(AR+"/div[2]/p[7]", None, 2, "inline", amb=True, note="'Digital marketing service charges terms to know:' line linking two other posts (keyword-style link list)"),
]
ctas=[
 C("newsletter", "Join Today Want exclusive marketing tips and tricks sent straight to your inbox?", "after", AR+"/div[4]", note="'Join Today' newsletter box with Gravity Forms sign-up (name, e-mail, 'Subscribe Now!')"),
 C("contact", "Contact Us 7155 Post Rd.Dublin, OH 43016 info@forefrontweb.com 614.886.4000", "outside", "/html/body/div/div/footer/div[1]/div/div/div[1]/div", amb=True, note="footer 'Contact Us' column: address, e-mail and phone links"),
 C("follow", "Follow Us Facebook X Instagram LinkedIn", "outside", "/html/body/div/div/footer/div[1]/div/div/div[4]/div", note="footer 'Follow Us' heading with Facebook / X / Instagram / LinkedIn links (and a badge image)"),
]
ads=[]
