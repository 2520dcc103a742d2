from _dsl import *
FILE="wcxb/html/4624.html.gz"
# Blue Line Bike Lab (Houston bike shop, SmartEtailing site) info page 'Local Trails' ('Local Mountain Bike Trails'):
# skip link; empty hidden site-wide overlay dialog; header (logo, mobile nav toggle, 'Stores' location link, search form);
# main menu (Store, Home, About Us / Community / Let Us Service You / Bikes / Check Out Cool Stuff drop-downs); article of
# page sections: intro, then eight trail sections (map image linking to Google Maps, h2, description, 'Directions' button to
# Google Maps) separated by divider sections, a closing Susan B. Anthony quote; footer (social icons; logo, 'The Heights'
# store address / phone / 'Directions & Hours' link, empty block, 'Links' column; John F. Kennedy quote).
# No related content and no ad slots or ad markup.
# Not labelled: skip link, menus (incl. Contact Us / Comment Box / Job Application), header 'Stores' link and search,
# empty overlay dialog, the per-trail 'Directions' buttons and map images (part of each trail entry: information, not an
# ask), footer 'Links' column (incl. the Wandering Star shop link), quotes.
FT="/html/body/div/div/footer/div/div"
related=[]
ctas=[
 C("follow", "", "outside", FT+"/section[1]/div/div/div/div", note="footer social icons (Facebook, Twitter, Instagram)"),
 C("contact", "The Heights 1504 Yale St. Houston, TX 77008 713.802.1707 Directions & Hours", "outside", FT+"/section[2]/div/div/div[2]/div", amb=True, note="footer store block: 'The Heights' address, phone number and a 'Directions & Hours' link (a store-page link, no contact button or form)"),
]
ads=[]
