from _dsl import *
FILE="wcxb/html/0128.html.gz"
# CR Maids (Denver house-cleaning company, WordPress Divi) blog post 'Keeping Your Home Spotless: Top Cleaning Trends':
# top bar (tel: phone link, mailto e-mail link); header (logo, nav: Book Now / Services / About / Locations / Blog /
# Contact Us); title section (h1, author, date); content column (empty script table of contents, text in Divi rows with
# six numbered trends and a closing 'Embracing the Future of Cleaning' section, author box); right sidebar (search,
# 'Recent Posts' 5 links, Categories, Archives); footer ('Sign Up for Our Newsletter' row with WPForms e-mail form;
# 'Book Appointment / Login / Buy Gift Card' button row; logo column with e-mail link, business hours and 'Book Now'
# button; 'Our Services', 'Our Locations', 'About' link columns; copyright and legal links; social follow icons);
# accessibility toolbar button and panel; Facebook pixel mount. No ads, no ad configuration.
# Not labelled: header nav (incl. its 'Book Now' and 'Contact Us' links), empty table of contents, author box (bio, no
# links), sidebar search, Categories and Archives, footer link columns (services and locations directories; the 'About'
# column with 'Join the Crew / Gift Cards / Book Now' among nav links), 'Login' button, legal links, accessibility
# toolbar, pixel mount.
CT="/html/body/div[1]/div/div[2]/div/div/div/div[2]/div"
FT="/html/body/div[1]/div/div[2]/footer/div"
related=[
 R(CT+"/div[2]/div/div[2]", "Recent Posts", 5, "outside", note="right-sidebar 'Recent Posts' widget with 5 post links"),
]
ctas=[
 C("contact", "720-713-1920 crew@crmaids.com", "outside", "/html/body/div[1]/div/div[1]/div/div[1]", amb=True, note="top bar with tel: phone link and mailto e-mail link, no button (conventions 2 and 10.5)"),
 C("newsletter", "Sign Up for Our Newsletter", "outside", FT+"/div[1]/div[1]", note="footer 'Sign Up for Our Newsletter' row with WPForms e-mail form and Submit button"),
 C("other", "Book Appointment Login Buy Gift Card", "outside", FT+"/div[1]/div[2]", note="footer button row: Book Appointment, Login, Buy Gift Card (asks differ: other; convention 4)"),
 C("other", "Book Appointment", "outside", FT+"/div[1]/div[2]/div[1]", amb=True, note="'Book Appointment' button of the row (convention 9.2)"),
 C("other", "Buy Gift Card", "outside", FT+"/div[1]/div[2]/div[3]", amb=True, note="'Buy Gift Card' button of the row (convention 9.2); the 'Login' button between them is not an ask"),
 C("contact", "Email: crew@crmaids.com", "outside", FT+"/div[2]/div[1]/div[1]/div[2]", amb=True, note="footer 'Email:' mailto line beside the business hours, no contact button or form (convention 2)"),
 C("other", "Book Now", "outside", FT+"/div[2]/div[1]/div[1]/div[4]", note="footer 'Book Now' button under the business hours (booking)"),
 C("follow", "Follow Follow Follow Follow Follow Follow", "outside", FT+"/div[2]/div[2]/div[2]/ul", note="footer social follow icons (6 networks)"),
]
ads=[]
