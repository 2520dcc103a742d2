from _dsl import *
FILE="wcxb/html/4695.html.gz"
# Restless Meanderer (WordPress Kadence theme, travel/hiking blog) post 'Backpacking Essentials Gear List (with PDF
# Checklist!)': skip link; header (brand, main menu with Travels/Hiking sub-menus; mobile header copy); featured image;
# article (category link, h1, dates; text: affiliate disclosure line, intro, 'Download the PDF' checklist block, table of
# contents column beside an Email Subscribers 'Join my newsletter!' form, 'Check out my Hiking page…' small-print line,
# gear sections with lists full of affiliate product links (rockporch, REI) and photo pairs, a Dry Brew photo linking to
# the brand ('Click the photo above to visit Dry Brew!'), closing paragraph asking for comments and pointing to the
# Contact page; empty Jetpack 'Related' posts block); tags; comments area (one comment, 'Leave a Reply' form); right
# sidebar ('Who I Am' bio, search, Blog / Travels / Hiking / Links / Contact Me link widgets, images); footer (copyright,
# footer menu Facebook / Instagram / Pinterest / Contact Me / Privacy Policy); mobile drawer menu and search drawer.
# No ads, no ad configuration.
# Not labelled: menus (header, mobile drawer), affiliate disclosure line, affiliate product links inside the gear lists
# (written into the text), PDF checklist download block (the post's own checklist), table of contents, category link,
# tags, sidebar bio, search and section link widgets (incl. the lone 'Contact Me' widget among the nav-like links),
# copyright line.
EC="/html/body/div[1]/main/div/div/div/div/article/div/div"
CW="/html/body/div[1]/main/div/div/div/div"
related=[
 R(EC+"/p[7]", None, 3, "inline", amb=True, note="small-print line 'Check out my Hiking page, hikes I've done in New Hampshire and New York, and my gear profile for more information and products' (links to the Hiking section page, two tag pages and the rockporch gear profile: a pointer written as a sentence, no article pages; convention 10.10)"),
 R(EC+"/div[24]", "Related", 0, "after", amb=True, note="Jetpack related-posts container (#jp-relatedposts): 'Related' heading only, items filled by script"),
]
ctas=[
 C("newsletter", "Join my newsletter! Name* Email*", "inline", EC+"/div[3]/div[2]", note="Email Subscribers form 'Join my newsletter!' (name, e-mail, submit) in the column beside the table of contents"),
 C("other", "Click the photo above to visit Dry Brew!", "inline", EC+"/div[15]/div[1]", amb=True, note="photo linking to the Dry Brew shop (drybrew.com/restlessmeanderer, a partner link) with the caption 'Click the photo above to visit Dry Brew!': a product promo inside the text (affiliate convention)"),
 C("contact", "Let me know if there’s any backpacking essentials that are a MUST for you to bring on your trips", "after", EC+"/p[20]", amb=True, note="closing paragraph asking readers to suggest items, head to the Contact page or leave a comment below (convention 10.1: an ask closing the text)"),
 C("comments", "One Comment", "after", CW+"/div[2]", note="comments area: 'One Comment' list and 'Leave a Reply' form (#respond)"),
 C("follow", "Facebook Instagram Pinterest Contact Me Privacy Policy", "outside", "/html/body/div[1]/footer/div/div/div/div/div/div[2]/div/div/nav/div/ul", amb=True, note="footer menu whose first three links are the blog's Facebook, Instagram and Pinterest profiles, then Contact Me and Privacy Policy (a small footer menu mostly of follow links; convention 9.7)"),
]
ads=[]
