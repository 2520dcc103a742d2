from _dsl import *
FILE="wcxb/html/0223.html.gz"
# Encore Realty (Luxury Presence real-estate site) blog post 'Top 7 Innovative Kitchen Appliance Trends from KBIS & IBS
# 202[5]': hidden Google Translate element; navbar (Team / Neighborhoods / Developments, Current Listings drop-down, home
# search, phone number link); off-canvas side menu; empty mobile-contact mount; hero image with h1; text (seven h2
# sections with images, lists and tips, 'Final Thoughts') ending in a share icon list (Facebook, Twitter, e-mail,
# LinkedIn); empty image slider section; 'Read More Articles' slider (4 posts) with 'View All'; 'Work With Us' band with a
# 'Contact Us' button (opens the contact modal); 'Follow Me on Instagram' section with 'Follow Me' button and an empty feed
# template; footer (logos, OFFICE address, phone link, social icons and brokerage logos row, Luxury Presence credit, copyright, privacy link);
# empty #modals; hidden contact modal (Contact Details, 'Submit a Message' form) and hidden qualifying-questions modal.
# No ads and no ad configuration.
# (readP, 2026-12-06: the hidden contact modal is now an amb contact CTA under convention 9.5.)
# Not labelled: navbar menu links and side menu, empty image slider (gallery of the post), the hidden contact modal (the
# panel opened by the 'Contact Us' button: one widget with it), footer logos, credit, copyright and privacy link, empty #modals.
related=[
 R("/html/body/section[4]/div", "Read More Articles", 4, "after", note="'Read More Articles' slider of 4 blog posts with 'View All' button, under the post"),
]
ctas=[
 C("contact", "864-326-5047", "outside", "/html/body/nav/div/div[2]/ul/li[3]", amb=True, note="phone number (tel: link) as the last navbar item"),
 C("contact", "", "outside", "/html/body/div[3]", amb=True, note="empty global mobile-contact mount (script-filled contact bar on mobile)"),
 C("share", "", "after", "/html/body/section[2]/div/div/div/ul[7]", note="share icons (Facebook, Twitter, e-mail, LinkedIn) after the last paragraph"),
 C("contact", "Work With Us Whether you’re ready to sell your home or in the market to buy", "after|outside", "/html/body/section[5]/div", note="'Work With Us' band with 'Contact Us' button (opens the hidden contact form modal)"),
 C("follow", "Follow Me on Instagram Follow Me", "after|outside", "/html/body/section[6]/div", note="'Follow Me on Instagram' section with 'Follow Me' button and an empty feed (template only)"),
 C("contact", "OFFICE 2B Cleveland Court Greenville, SC 29607", "outside", "/html/body/footer/div/div[1]/div/div[2]", amb=True, note="footer office address and phone link, no button or form"),
 C("follow", "", "outside", "/html/body/footer/div/div[2]/div[1]/ul", note="footer social icons (Facebook, Instagram, LinkedIn)"),
 C("contact", "× Thanks, please provide more information to help serve you", "outside", "/html/body/div[6]", amb=True, note="hidden qualifying-questions modal (e-mail, phone, interest) shown after a lead form is sent"),
 C("contact", "Contact Details", "outside", "/html/body/div[5]", amb=True, note="hidden contact modal #modal-global-contact-us (Contact Details, 'Submit a Message' form) opened by the 'Contact Us' buttons; one popup, amb while hidden (convention 9.5)"),
]
ads=[]
