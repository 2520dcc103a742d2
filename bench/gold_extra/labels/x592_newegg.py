from _dsl import *
FILE="wcxb/html/4420.html.gz"
# Newegg promotion landing page 'GAME CHANGER' for ZOTAC GeForce GTX 10 series cards (promotions.newegg.com, no site header
# or footer): banner image; intro line; feature sections (h5 + paragraph over background images) per card family under h6
# series headings (1080 Ti, 1080 ArcticStorm, 1070/1080, 1060, 1050 / 1050 Ti) with hero blocks; after each family a dark
# 'items-grid' shop band of product cards (image, title, price mount, 'BUY NOW' button); after the last band a 'SHOP ALL
# ZOTAC GEFORCE GTX 10 SERIES VIDEO CARDS' button; price disclaimer; '#popupMessage' 'Promotion Has Expired' popup (deals at
# Newegg.com, Daily Deals, Shell Shockers, 'Newegg Newsletter' links) with its background overlay.
# Not labelled: banner image and hero images, price disclaimer (offer terms), empty #backgroundPopup overlay. The shop bands
# are outside the text (not in the wcxb ground truth), so each is a plain 'other' CTA (affiliate convention: a shop band
# outside the text), one per band (convention 1: one CTA for the repeated BUY NOW buttons of a listing).
S="/html/body/section"
related=[]
ctas=[
 C("other", "ZOTAC GeForce GTX 1080 Ti AMP Extreme BUY NOW ZOTAC GeForce GTX 1080 Ti AMP Edition BUY NOW", "inline", S+"/section[8]/ul", amb=True, note="amb: buy box inside the text (affiliate convention, 10.2); shop band of 2 GTX 1080 Ti cards with BUY NOW buttons, between the 1080 Ti and ArcticStorm sections"),
 C("other", "ZOTAC GeForce GTX 1080 Arcticstorm Thermaltake 10 Year Anniversary Edition BUY NOW", "inline", S+"/section[12]/ul", amb=True, note="amb: buy box inside the text (affiliate convention, 10.2); shop band of 2 GTX 1080 ArcticStorm cards with BUY NOW buttons"),
 C("other", "ZOTAC GeForce GTX 1080 AMP! Extreme BUY NOW ZOTAC GeForce GTX 1080 Mini BUY NOW", "inline", S+"/section[16]/ul", amb=True, note="amb: buy box inside the text (affiliate convention, 10.2); shop band of 4 GTX 1080 / 1070 cards with BUY NOW buttons"),
 C("other", "ZOTAC GeForce GTX 1060 AMP! Edition BUY NOW ZOTAC GeForce GTX 1060 Mini BUY NOW", "inline", S+"/section[19]/ul", amb=True, note="amb: buy box inside the text (affiliate convention, 10.2); shop band of 2 GTX 1060 cards with BUY NOW buttons"),
 C("other", "ZOTAC GeForce GTX 1050 Ti OC Edition BUY NOW ZOTAC GeForce GTX 1050 Ti Low Profile BUY NOW", "after", S+"/section[22]/ul", note="shop band of 4 GTX 1050 / 1050 Ti cards with BUY NOW buttons after the last feature section"),
 C("other", "SHOP ALL ZOTAC GEFORCE ® GTX 10 SERIES VIDEO CARDS", "after", S+"/section[22]/section", note="'SHOP ALL ZOTAC GEFORCE GTX 10 SERIES VIDEO CARDS' button under the last shop band"),
 C("other", "x Promotion Has Expired We're sorry. This promotion has ended, but we have many more deals and bargains at Newegg.com!", "outside", "/html/body/div[1]", amb=True, note="'#popupMessage' 'Promotion Has Expired' popup shown by script: links to Newegg.com, Daily Deals, Shell Shockers and the Newegg Newsletter (9.5: one CTA, kind from its first link)"),
]
ads=[]
