from _dsl import *
FILE="wcxb/html/0121.html.gz"
# Style by Emily Henderson (WordPress) 'Fix It Friday: Struggling With How To Arrange Your Living Room? …'. Sticky
# gift-guide announcement bar; hidden top bar (newsletter/about links); header menu; hidden side nav (About, Contact Us,
# hidden social icons); search overlay. Post hero: image with desktop share icons, category, title, byline, mobile
# share icons. Body column: text with floor plans and galleries (in-text product/affiliate links are body), image
# credits line, 'Fin', gift-guide banner; right column: empty sidebar (AdThrive targets '.sidebar > *' and '.col-xl-3'
# for sidebar ads). wpDiscuz comments (36). 'A Few Favorites' (3 posts), newsletter band 'Add Some Style To Your
# Inbox', footer (menus, social icons). AdThrive ads otherwise injected by script only (no slot elements in the HTML).
# Not labelled: menus, search overlay, category link, byline, 'Fin' ornament, credits line (part of the wcxb body),
# wpDiscuz source-code editor modal, footer menus.
H="/html/body/div[2]/div[4]/div[1]/div"
COL="/html/body/div[2]/div[4]/div[2]/div"
related=[
 R("/html/body/div[2]/div[5]", "A Few Favorites", 3, "after", note="'A Few Favorites' row of 3 post cards below the comments"),
]
ctas=[
 C("other", "SHOP ALL OUR GIFT GUIDE ITEMS Shop Now", "outside", "/html/body/div[1]", note="sticky announcement bar promoting the shop"),
 C("newsletter", "SUBSCRIBE TO OUR NEWSLETTER LEARN MORE ABOUT MOTHER", "outside", "/html/body/div[2]/div[1]", amb=True, note="hidden (d-none) top bar with newsletter and about links"),
 C("follow", "", "outside", "/html/body/div[2]/div[2]/div[2]/ul", amb=True, note="hidden social icons in the side-nav footer"),
 C("share", "", "before", H+"/div[1]/ul", note="desktop share icons (Facebook, Pinterest, e-mail) under the hero image"),
 C("share", "", "before", H+"/div[2]/ul", note="mobile share icons under the byline"),
 C("other", "", "after", COL+"/div[1]/div[3]", note="gift-guide banner image linking to the shop, under the text"),
 C("comments", "36 Comments Oldest Newest Most Voted", "after", "/html/body/div[2]/div[4]/div[4]", note="wpDiscuz comment thread"),
 C("newsletter", "Add Some Style To Your Inbox", "after|outside", "/html/body/div[2]/div[6]", note="newsletter sign-up band above the footer"),
 C("follow", "", "outside", "/html/body/div[2]/footer/div/div/div[3]/ul", note="footer social icons"),
]
ads=[
 A(COL+"/div[2]", "outside", "empty right sidebar column (aside.sidebar with 7 empty divs): AdThrive sidebar/sticky-sidebar targets", amb=True),
]
