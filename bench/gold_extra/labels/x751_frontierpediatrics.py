from _dsl import *
FILE="wcxb/html/4175.html.gz"
# Frontier Pediatric Partners (pediatric clinic, WordPress Pro/Cornerstone theme) article 'Tips for Sleep Training Your
# Toddler': header with two copies of the top bar (the first shown only at the widest breakpoint: logo, '208-595-5095'
# tel: button, "Pediatrician's Corner" menu entry, 'Bill Pay' and 'Patient Portal' buttons, 'Menu' off-canvas toggle; the
# second, x-hide-xl, the same for smaller screens); main article: 'Return to Articles' button, h1, the text (guide
# sections, an empty YouTube embed box, in-sentence links, the closing section 'Schedule an Appointment at Frontier
# Pediatric Partners' ending 'For more information visit our Pediatrician's Corner or give us a call today!'), then a
# global block with 'More Videos' (4 video cards and a 'Video Library' button) and 'Recent Articles' (4 article cards);
# footer: testimonials slider (desktop copy in <footer>, a mobile copy after it), a desktop footer bar ('Sitemap' menu,
# Instagram / Facebook icons, 'Twin Falls Location' block with map-linked address, hours, tel: phone and fax), a mobile
# copy of that bar (x-hide-lg/md/xl), copyright and SMS-privacy line; two hidden off-canvas menus. No ads, no ad
# configuration.
# Not labelled: the 'Menu' toggles and off-canvas menus, the "Pediatrician's Corner" header menu entry, the 'Bill Pay'
# and 'Patient Portal' header buttons (log-ins to the billing and patient portals, account utilities like 'Sign in', no
# ask), 'Return to Articles' (navigation back to the index), the empty YouTube embed box (body media), in-sentence links
# on terms ('personalized pediatric care' to the home page, 'our pediatric team' to the providers page), the 'Video
# Library' button (part of the 'More Videos' block, 11.5), the testimonials sliders (reviews, no ask), the 'Sitemap'
# footer menus, copyright and SMS-privacy lines, empty x-bar containers and the empty global block in the mobile footer.
HD="/html/body/div[1]/div[1]/header"
TX="/html/body/div[1]/div[1]/main/article/div[2]/div/div/div/div[2]"
GB="/html/body/div[1]/div[1]/main/article/div[3]/div/div/div/div/div"
related=[
 R(GB+"/div[2]/div/div", "More Videos", 4, "after", note="'More Videos' grid of 4 cards linking the clinic's own video pages (sex education 8-12 and 3-7, summer safety, well-child checks) with a 'Video Library' button, under the article"),
 R(GB+"/div[3]/div/div", "Recent Articles", 4, "after", note="'Recent Articles' grid of 4 article cards (Pediatrician in Twin Falls, How to Choose a Pediatrician, Healthy & Active Twin Falls Summer, Preventing Influenza) under 'More Videos'"),
]
ctas=[
 C("contact", "208-595-5095", "outside", HD+"/div[1]/div/div[2]/a[1]", note="header '208-595-5095' tel: link styled as a button (x-anchor-button) in the top bar shown at the widest breakpoint (10.5 button style, as x726)"),
 C("contact", "208-595-5095", "outside", HD+"/div[2]/div/div[2]/a[1]", amb=True, note="the same tel: button in the second header bar (x-hide-xl: the copy for smaller screens, 9.3)"),
 C("contact", "It takes about two weeks of absolute consistency to see the habit fully form. If you are struggling", "inline", TX+"/p[18]", amb=True, note="paragraph closing the 'broken record' section with 'Reach out to our office about scheduling a same-day visit' (link to the home page) inside an ordinary sentence (10.1/x705: amb; reaching out to staff is `contact`, 9.6)"),
 C("contact", "For more information visit our Pediatrician’s Corner or give us a call today!", "after", TX+"/p[26]", amb=True, note="closing sentence of the text under 'Schedule an Appointment at Frontier Pediatric Partners': 'give us a call today!' links the contact page (10.1: an ordinary closing sentence, amb)"),
 C("follow", "", "outside", "/html/body/div[2]/div/div[1]/ul[2]", note="desktop footer Instagram / Facebook icons under the 'Sitemap' menu"),
 C("contact", "Twin Falls Location 1502 Locust Street N. Suite 700Twin Falls, ID 83301 Hours:8 AM to 8 PM", "outside", "/html/body/div[2]/div/div[2]", amb=True, note="desktop footer 'Twin Falls Location' block: map-linked address, hours, tel: phone and fax, no button or form (convention 2)"),
 C("contact", "Twin Falls Location 1502 Locust Street N. Suite 700 Twin Falls, ID 83301Phone: 208-595-5095", "outside", "/html/body/div[3]/div/div", amb=True, note="mobile footer bar (x-hide-lg/md/xl): the same location, phone and hours block with its own social icons and sitemap menu (9.3; convention 2)"),
 C("follow", "", "outside", "/html/body/div[3]/div/div/ul[1]", amb=True, note="Instagram / Facebook icons of the mobile footer bar (hidden on desktop, 9.3)"),
]
ads=[]
