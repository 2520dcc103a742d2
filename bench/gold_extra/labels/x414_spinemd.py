from _dsl import *
FILE="wcxb/html/4796.html.gz"
# Virginia Spine Institute (spinemd.com, WordPress Kadence) blog post 'Best Office Chairs to Prevent Back Pain': desktop
# header (logo, menu, 'Schedule Appointment' button, '(703) 709-1114' phone button, search toggle); mobile header (logo,
# 'Call' / 'Schedule' buttons, search and menu toggles); title row (h1, 'Authored by'), date / reading time / 'Blog' row;
# text block with a share bar (X, Facebook, LinkedIn) before 'Office Chair & Back Pain: Quick Facts', sections and chair
# list; 'Topics covered' tag; 'About the Author' box with 'Learn More About Dr. Ehsan Jazini' button; 'Featured Resources
# / Insights to Achieve a Pain-Free Life' slider (4 slides) with 'More Resources' button; 'Take the First Step to Relief'
# band with 'Schedule Consultation' button; footer (link columns, desktop and mobile copies, address, phone, social icons,
# legal links); hidden empty simple-banner div; mobile menu drawer; search drawer.
# No ads, no ad configuration.
# Not labelled: menus and drawers, search, reading time, 'Topics covered' tag, in-text links (incl. the product links in
# the chair list), author box (bio with 'Learn More' button), footer link columns and footer phone link, legal links,
# hidden empty simple-banner (notice bar plugin, display:none).
HD="/html/body/div[1]/header/div[1]/div/div/div/div/div/div/div/div[2]"
MH="/html/body/div[1]/header/div[2]/div/div/div/div/div/div/div/div[2]"
EC="/html/body/div[1]/main/div/div/main/div/div"
related=[
 R(EC+"/div[5]", "Featured Resources", 4, "after", note="'Featured Resources / Insights to Achieve a Pain-Free Life' slider with 4 slides (news, podcast, resource, patient victory) and a 'More Resources' button"),
]
ctas=[
 C("contact", "Schedule Appointment", "outside", HD+"/div[2]", note="desktop header 'Schedule Appointment' button"),
 C("contact", "(703) 709-1114", "outside", HD+"/div[3]", note="desktop header phone button (tel: link)"),
 C("contact", "Call Schedule", "outside", MH, note="mobile header 'Call' and 'Schedule' buttons"),
 C("share", "", "before", EC+"/div[3]/div/div/div/div/div/div/div/div[1]/div", note="share bar before the text (X, Facebook, LinkedIn)"),
 C("contact", "Take the First Step to Relief Schedule Consultation", "after", EC+"/div[6]", note="'Take the First Step to Relief' band with 'Schedule Consultation' button"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div/div/div[3]/div/div[2]/div/div[2]", note="footer social icons (LinkedIn, Instagram, Facebook, YouTube)"),
]
ads=[]
