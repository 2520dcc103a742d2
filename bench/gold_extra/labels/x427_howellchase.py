from _dsl import *
FILE="wcxb/html/4240.html.gz"
# Howell-Chase Heating & Air (Elementor) blog post 'Smart Thermostats: Do They Really Save You Money?': skip link; header
# (logo, mobile booking and phone icon buttons, main menu with mobile copy, desktop 'Book Online!' / phone buttons,
# '24 Hour Emergency Services' line); single-post template: h1, author/date line, text with h3 sections and lists ending
# in a 'Thinking about upgrading ... Contact our HVAC experts' paragraph, Previous/Next post navigation; right sidebar
# (search form, 'Recent Posts' 5 links, 'Categories' list, 'Contact Us Today!' WPForms form); footer (logo and licence
# numbers, Services and 'How Can We Help' menus, phone/e-mail/address/24-7 contact list, copyright); two Elementor
# pop-ups (the 'Schedule Now' booking form opened by the Book buttons, an ADA notice). No ads, no ad configuration.
# Not labelled: skip link, menus (incl. mobile copy), '24 Hour Emergency Services' line, search form, Categories list,
# footer menus and licence line, ADA notice pop-up, author/date line.
MC="/html/body/div[1]/div/div"
related=[
 R(MC+"/div[1]/div[4]", None, 2, "after", note="Previous / Next post navigation under the text"),
 R(MC+"/div[2]/div[2]", "Recent Posts", 5, "outside", note="right-sidebar 'Recent Posts' widget with 5 post links"),
]
ctas=[
 C("contact", "", "outside", "/html/body/header/div/div[1]/div[2]", amb=True, note="mobile-only header calendar icon button opening the 'Schedule Now' booking pop-up"),
 C("contact", "", "outside", "/html/body/header/div/div[1]/div[3]", amb=True, note="mobile-only header phone icon button (tel: link)"),
 C("contact", "Book Online! (843) 466-6414", "outside", "/html/body/header/div/div[1]/div[5]", note="desktop header buttons 'Book Online!' (opens the booking pop-up) and phone number"),
 C("contact", "Thinking about upgrading to a smart thermostat? Contact our HVAC experts today", "after", MC+"/div[1]/div[3]/p[9]", amb=True, note="closing paragraph of the text inviting the reader to contact the company (kept in the wcxb ground truth)"),
 C("contact", "Contact Us Today!", "outside", MC+"/div[2]/div[4]", note="right-sidebar 'Contact Us Today!' WPForms contact form (name, e-mail, phone, message, Send)"),
 C("contact", "(843) 466-6414", "outside", "/html/body/footer/div/div/div[4]", amb=True, note="footer contact list: phone, e-mail, address, '24/7 Live Answering' link"),
 C("contact", "Schedule Now", "outside", "/html/body/div[2]", amb=True, note="Elementor pop-up 'Schedule Now' booking form (hidden until a Book button opens it)"),
]
ads=[]
