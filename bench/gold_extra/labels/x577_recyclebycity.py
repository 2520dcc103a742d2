from _dsl import *
FILE="wcxb/html/4611.html.gz"
# Recycle by City (Chicago) notebook post 'Zero Waste 101: A beginner's guide': top alert bar (holiday pickup schedule
# link); empty floating share widget; header (logo, city select, hamburger dropdown with Cities / Blog / About and social
# icons); menu (Guide, Quiz, Notebook, Schedule); the post shown as an overlay card (close X, h2, text with h3 sections,
# YouTube embed, lists, closing pointer 'Check out this resource to get started: How to Compost in a Chicago Apartment',
# 'Back' link); below it the notebook listing with eight headed horizontal scrollers of posts (Popular, Events, City
# Services, Blue Cart Basics, Your Questions Answered, Simple Steps, Recycling Matters, Beyond the Bin); 'Feedback: Tell us'
# form; 'Hi there!' info lightbox; 'Stay informed.' notify form; 'Stay up to date!' notify lightbox; footer (Cities,
# About, 'Talk to us' social list, 'Share this site' empty share widget); copyright. No scripts, no ad markup.
# Not labelled: city select and menus, post close X and 'Back' link, ordinary in-text links (EPA, Netflix, marketplaces,
# the two 'chicago/brief' links inside list items), 'Hi there!' lightbox (an information notice with 'Got it', no ask),
# footer Cities list and legal links.
W="/html/body/div"
L=W+"/div[5]/div[2]/div"
T=W+"/div[5]/div[1]/div/div/div/div"
related=[
 R(T+"/p[51]", None, 1, "inline", amb=True, note="last text paragraph: a sentence, then 'Check out this resource to get started: How to Compost in a Chicago Apartment' (pointer closing an ordinary paragraph, 10.10/11.4)"),
 R(L+"/div[1]", "Popular", 20, "after|outside", note="notebook listing under the post: 'Popular' scroller of 20 posts (incl. this one)"),
 R(L+"/div[2]", "Events", 1, "after|outside", note="notebook listing: 'Events' scroller, 1 post (Chicago Shredding Events)"),
 R(L+"/div[3]", "City Services", 9, "after|outside", note="notebook listing: 'City Services' scroller of 9 posts"),
 R(L+"/div[4]", "Blue Cart Basics", 4, "after|outside", note="notebook listing: 'Blue Cart Basics' scroller of 4 (3 posts and the Recycling Quiz)"),
 R(L+"/div[5]", "Your Questions, Answered", 7, "after|outside", note="notebook listing: 'Your Questions, Answered' scroller of 7 posts"),
 R(L+"/div[6]", "Simple Steps", 7, "after|outside", note="notebook listing: 'Simple Steps' scroller of 7 posts (incl. this one)"),
 R(L+"/div[7]", "Recycling Matters", 15, "after|outside", note="notebook listing: 'Recycling Matters' scroller of 15 posts"),
 R(L+"/div[8]", "Beyond the Bin", 11, "after|outside", note="notebook listing: 'Beyond the Bin' scroller of 11 posts"),
]
ctas=[
 C("other", "See how the upcoming holiday will affect your pickup schedule: Chicago Recycling and Garbage Pickup Schedule", "outside", W+"/div[1]", amb=True, note="dismissible top alert bar pointing to the site's pickup schedule page (site notice rather than an ask)"),
 C("share", "", "before|outside", W+"/div[2]", amb=True, note="empty js-share-widget share-widget-floater (floating share rail filled by script)"),
 C("follow", "", "outside", W+"/div[3]/div[2]/ul[2]", amb=True, note="icon links Facebook / Twitter / Pinterest / e-mail inside the hamburger dropdown menu (hidden until opened)"),
 C("contact", "Feedback: Tell us", "after|outside", W+"/div[6]", note="'Feedback:' form with text input and 'Tell us' button under the notebook listing"),
 C("newsletter", "Stay informed. Get notified about updates to your city's recycling program.", "outside", W+"/div[8]", note="'Stay informed.' e-mail notify form with city select and 'Notify me' button"),
 C("newsletter", "Stay up to date! Get notified about updates to Chicago's recycling program. Notify me", "outside", W+"/div[9]", amb=True, note="'Stay up to date!' notify lightbox (hidden popup with e-mail form)"),
 C("follow", "Facebook Twitter Instagram Pinterest Email", "outside", W+"/div[10]/div/div[2]/ul", note="footer 'Talk to us' social list (Facebook, Twitter, Instagram, Pinterest, Email)"),
 C("share", "", "outside", W+"/div[10]/div/div[2]/div", note="footer 'Share this site' share widget (js-share-widget, filled by script, under its visible heading)"),
]
ads=[]
