from _dsl import *
FILE="wcxb/html/0252.html.gz"
# Barnett Ghostwriting (ghostwriting service) blog post 'Top 25 Book Publishing Companies in USA (Updated 2025)': hidden
# auto-popup trigger link; top bar ('Follow us at' social icons; e-mail and phone links); header (logo, menu with
# Contact Us); inner banner (h1, 'Submit Your Book' button opening the popup form); article column (thumbnail, intro,
# ez-toc table of contents, 25 h3 entries, two h2 sections with a list and a cost table, conclusion, disclaimer);
# right column 'Activate Your Coupon' form (name, e-mail, phone, book idea); 'Connect With Us' section (contact form,
# 'Contact Details' e-mails and phones, 'Follow us On All our Social Platforms' icons); 'Don't Hesitate To Contact Us!'
# band with 'Get Started' / 'Live Chat' buttons; testimonial carousel and video testimonials; footer (address / phone /
# e-mail column, GhostWriting / Services / Marketing link columns, social icons, legal links); hidden popups
# (#popupform 'Save 75% Today!' form, holding #autopopup with the same form and the '#ddexitpop' exit popup 'Have a Book
# Idea Discuss it for Free'); LiveChat and GA scripts.
# Not labelled: menus, table of contents, in-text links to the site's service pages (body), testimonials (no ask),
# footer link columns (services navigation; 'Contact Us' among Home / About / Blog), legal links, LiveChat script (no box,
# 10.11), hidden trigger links. No related block and no ad slot on the page.
MC="/html/body/div[1]/main/div/section/div/div"
S1="/html/body/section[1]/div/div[2]/div"
related=[]
ctas=[
 C("follow", "Follow us at", "outside", "/html/body/div[1]/div/div/div/div[1]", note="top bar 'Follow us at' with Facebook, Twitter, Instagram, LinkedIn, Pinterest icons"),
 C("contact", "", "outside", "/html/body/div[1]/div/div/div/div[2]/ul", amb=True, note="top bar e-mail and phone (tel:) links (10.5: lone tel/e-mail links)"),
 C("contact", "Submit Your Book", "before", "/html/body/div[1]/section/div/div/div/a", note="'Submit Your Book' button under the h1 in the banner, opens the #popupform lead form (name, e-mail, phone, message)"),
 C("contact", "Activate Your Coupon We want to hear about your book idea, get to know you, and answer any questions", "outside", MC+"/div[2]/div", note="right-column 'Activate Your Coupon' form (name, e-mail, phone, book idea): lead/consultation form (9.6)"),
 C("contact", "Connect With Us We Would Love To Serve You", "after|outside", "/html/body/section[1]", note="'Connect With Us' section under the article: contact form with Submit and 'Contact Details' e-mails/phones"),
 C("follow", "Follow us On All our Social Platforms", "after|outside", S1+"/div[2]/div/ul[2]", note="'Follow us On All our Social Platforms' icons inside the Connect With Us box (11.9: widget inside a widget)"),
 C("contact", "Don’t Hesitate To Contact Us! We Are Working Round The Clock", "after|outside", "/html/body/section[2]", note="'Don't Hesitate To Contact Us!' band with 'Get Started' (opens the lead form) and 'Live Chat' buttons"),
 C("contact", "Get Started", "after|outside", "/html/body/section[2]/div/div/a[1]", amb=True, note="'Get Started' button of the band (opens the lead form; 9.2/10.13: each button of a bar an amb item)"),
 C("contact", "Live Chat", "after|outside", "/html/body/section[2]/div/div/a[2]", amb=True, note="'Live Chat' button of the band (9.2/10.13)"),
 C("contact", "498 Brush St Detroit, MI 48226, USA", "outside", "/html/body/footer/div[1]/div/div[1]", amb=True, note="footer address / phone / e-mail column without a button (convention 2)"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div/div[2]/ul", note="footer social icons"),
 C("contact", "Save 75% Today! and elevate your author journey.", "outside", "/html/body/div[2]/div[1]", amb=True, note="hidden #popupform 'Save 75% Today!' lead form (name, e-mail, phone, message) opened by the Submit Your Book / Get Started buttons (9.5; kind from the message form, 9.6; could be 'other' as a discount promo)"),
 C("contact", "Save 75% Today! and elevate your author journey.", "outside", "/html/body/div[2]/div[2]/div[1]", amb=True, note="hidden #autopopup copy of the same lead form, opened automatically by the trigger link"),
 C("contact", "Have a Book Idea Discuss it for Free, Act Now!", "outside", "/html/body/div[2]/div[2]/div[2]", amb=True, note="hidden exit-intent popup #ddexitpop 'Have a Book Idea Discuss it for Free' with a name/e-mail/phone form"),
]
ads=[]
