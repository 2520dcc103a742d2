from _dsl import *
FILE="wcxb/html/0143.html.gz"
# West Bell Dental Care (Elementor WordPress) blog post 'Top 10 Best Oral Hygiene Products': empty Elfsight Google Reviews
# container at the top of body; sticky header (logo, 'West Bell Dental Blog' + phone line, menu incl. Make Appointment /
# Appointments / Contact; dropdown copy); title, author/date line, featured image; the listicle (12 retailers/brands, each
# with 'Website:' link line, in-text links to the practice's own posts), closing 'Your Partner in Oral Health' and FAQ
# (body); footer: office hours, address + phone + 'Neighborhoods We Serve', social icons, accessibility note, copyright links.
# No related block, no share widget, no ads (only Google Ads conversion / GTM tags, no slots).
# Not labelled: menus (incl. the appointment links), author/date line, the per-listing 'Website:' lines (plain source links
# of the listicle, not buy buttons: body), in-text links, footer office hours, accessibility note, copyright links.
related=[]
ctas=[
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="empty Elfsight 'Google Reviews' app container (script-filled reviews badge/widget)"),
 C("contact", "West Bell Dental Blog 480-795-2420", "outside", "/html/body/header/div/div[2]/div[1]", amb=True, note="header utility line: blog link and click-to-call phone number"),
 C("contact", "West Bell Dental Care 16581 W. Bell Rd. Suite 108Surprise, AZ 85374 480-795-2420", "outside", "/html/body/footer/div/div[5]/div[1]", amb=True, note="footer address, phone and 'Neighborhoods We Serve' link"),
 C("follow", "Social Media Facebook Google Youtube Yelp", "outside", "/html/body/footer/div/div[5]/div[2]", note="footer 'Social Media' icons (Facebook, Google Maps, YouTube, Yelp)"),
]
ads=[]
