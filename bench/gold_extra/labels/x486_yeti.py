from _dsl import *
FILE="wcxb/html/0184.html.gz"
# Yeti (app development agency, Webflow) blog post 'Have an App Idea? Affordable Software Development is Finally
# Accessible for Small Businesses': header (home icon, Work/About/Learn/Blog/Contact menu, 'More...' drop-down, mobile
# menu copy); hidden 'contact us' pop-up form (name, e-mail, company, job title, project description) opened by the
# Contact links; article (h1, author and date, hero image, intro, text with h2 sections and three figures, closing
# 'Ready to Make It Happen?' section whose last paragraph links 'Reach out to learn more…', author bio box); 'You Might
# also like...' band with 1 card and 'Browse all Blog Articles' link; 'Ready for your new product adventure? Let's Get
# Started' band; footer ('Let's Talk' e-mail/phone/address column, Company links, newsletter form, 'Connect with Yeti'
# social icons, copyright). No ads, no ad configuration.
# Not labelled: header and mobile menus (incl. their 'Contact' links), author bio (no links), footer Company links,
# in-text links to the home page.
FT="/html/body/div[6]/div[1]/div[1]"
related=[
 R("/html/body/div[4]", "You Might also like...", 1, "after", note="'You Might also like...' band under the article: 1 blog card (image, title, excerpt) and 'Browse all Blog Articles' link"),
]
ctas=[
 C("contact", "contact us We'll reply within 24 hours.", "outside", "/html/body/div[2]", amb=True, note="hidden 'contact us' pop-up with the project contact form, opened by the menu 'Contact' links and the 'Let's Get Started' button (hidden modal)"),
 C("contact", "Ready to bring your app idea to life? We'd love to chat! Reach out to learn more about Yeti's AI MVP", "after|inline", "/html/body/div[3]/div[4]/p[15]", amb=True, note="closing paragraph of the text asking the reader to get in touch (link to the home page; kept in the wcxb ground truth, a reader could call it body)"),
 C("contact", "Ready for your new product adventure? Let's Get Started", "after|outside", "/html/body/div[5]", note="'Ready for your new product adventure?' band with 'Let's Get Started' button (opens the contact pop-up)"),
 C("contact", "Let’s Talk hello@yeti.co (415) 766-4198 PO Box 3964 Truckee, CA 96161", "outside", FT+"/div[1]/div[1]", amb=True, note="footer 'Let's Talk' column: e-mail, phone and postal address links, no button or form"),
 C("newsletter", "Join 10K+ people getting helpful guides, exciting case studies and much more in our newsletter.", "outside", FT+"/div[2]/div[1]", note="footer newsletter sign-up form"),
 C("follow", "Connect with Yeti", "outside", FT+"/div[2]/div[2]", note="footer 'Connect with Yeti' social icons (Instagram, Facebook, LinkedIn, YouTube)"),
]
ads=[]
