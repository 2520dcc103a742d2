from _dsl import *
FILE="wcxb/html/0289.html.gz"
# Spectrum Dental Arts (Elementor / Jetpack WordPress, dental practice) blog post 'Top Dental Trends in 2025 You Need to
# Know': skip link; sticky header top bar (address link to Google Maps, CONTACT US and BOOK AN APPOINTMENT buttons, social
# icons, phone line with an empty href); logo and menu (desktop and dropdown copies); page title; post content (featured
# image, text with four h3 sections, each but the last followed by a '👉 ... from <source>' line pointing to an external
# article, conclusion); 'Book an Appointment' button; Google Maps embed of the office; Jetpack share row ('Share this:'),
# likes widget ('Like this:'), related-posts container with only its 'Related' heading; tags; 'Leave a Reply' comment form
# (Jetpack iframe); footer (logo, 'Our Office' blurb, office hours, empty row); Jetpack subscription modal ('Discover more
# from Spectrum Dental Arts'); hidden Jetpack image-carousel overlay (with its per-image comment form); likes iframes.
# No ads (no ad markup or ad scripts).
# Not labelled: skip link, logo, menus (incl. the 'Contact Us' and 'Dental Appointment' menu entries), page title,
# featured image, tags, footer 'Our Office' blurb and office hours (no address, phone or button), empty footer row,
# the hidden Jetpack carousel overlay (image lightbox chrome; its comment form is for images opened in it), likes iframe.
HB="/html/body/header/div[1]"
PC="/html/body/main/div[2]"
TX=PC+"/div[1]/div[2]/div/div/div"
related=[
 R(TX+"/p[3]", None, 1, "inline", amb=True, note="'👉 Learn more about AI in dentistry from Overjet.' line after the first section, linking to an external article (left out of the wcxb ground truth); an ordinary sentence (11.4)"),
 R(TX+"/p[5]", None, 1, "inline", amb=True, note="'👉 See more on how 3D printing is shaping the dental industry via Exploding Topics.' external article pointer line"),
 R(TX+"/p[7]", None, 1, "inline", amb=True, note="'👉 Read about the rise of teledentistry on Exploding Topics.' external article pointer line"),
 R(TX+"/p[9]", None, 1, "inline", amb=True, note="'👉 See more dental care trends from SoftSmile.' external article pointer line, before the Conclusion"),
 R(PC+"/div[4]", "Related", 0, "after", amb=True, note="Jetpack #jp-relatedposts container: 'Related' heading only, items filled by script"),
]
ctas=[
 C("other", "1049 W Philadelphia St, Ontario, CA, 91762 CONTACT US BOOK AN APPOINTMENT (909) 391-2324", "outside", HB, note="sticky header top bar with the CONTACT US and BOOK AN APPOINTMENT buttons side by side (asks differ: other, convention 4), besides address, social icons and phone"),
 C("contact", "1049 W Philadelphia St, Ontario, CA, 91762", "outside", HB+"/div/div[1]", amb=True, note="top-bar address line (link to Google Maps), no button (10.5)"),
 C("contact", "CONTACT US", "outside", HB+"/div/div[2]", amb=True, note="CONTACT US button of the top bar (9.2)"),
 C("other", "BOOK AN APPOINTMENT", "outside", HB+"/div/div[3]", amb=True, note="BOOK AN APPOINTMENT button of the top bar (9.2; booking: other, 9.6)"),
 C("follow", "Facebook Instagram Yelp", "outside", HB+"/div/div[4]", note="top-bar social icons: Facebook, Instagram, Yelp"),
 C("contact", "(909) 391-2324", "outside", HB+"/div/div[5]", amb=True, note="top-bar phone line (icon list, empty href; 10.5)"),
 C("other", "Book an Appointment", "after", PC+"/div[1]/div[3]", note="'Book an Appointment' button under the text (booking: other, 9.6)"),
 C("contact", "", "after", PC+"/div[1]/div[4]", amb=True, note="Google Maps embed of the office under the appointment button (a location block with no button or form, 10.5)"),
 C("share", "Share this: Click to share on X (Opens in new window) X Click to share on Facebook (Opens in new window) Facebook", "after", PC+"/div[2]", note="Jetpack sharedaddy 'Share this:' row: X, Facebook"),
 C("share", "Like this: Like Loading...", "after", PC+"/div[3]", amb=True, note="Jetpack likes widget (placeholder filled by script; 11.6)"),
 C("comments", "Leave a Reply Cancel reply", "after", "/html/body/main/section", note="'Leave a Reply' comment section with the Jetpack comment form iframe"),
 C("newsletter", "Discover more from Spectrum Dental Arts Subscribe now to keep reading and get access to the full archive.", "outside", "/html/body/div[1]", amb=True, note="Jetpack subscription modal (e-mail form, 'Continue reading'), shown by script (9.5)"),
]
ads=[]
