from _dsl import *
FILE="wcxb/html/4809.html.gz"
# ECOVACS US blog post 'How Do Vacuum Robots with Mapping Navigate?' (Next.js shop site): global nav (mobile bar with logo,
# search, account, cart; desktop menu Products mega menu, Accessories, '28th Anniv' sale with coupon-bundle sub-link,
# ECOVACS Rewards, Support, About Us, Commercial Robots; search / account / cart icons); article column (h1, date, an empty
# div, rule; text with h2 sections, then three product entries DEEBOT X5 PRO OMNI / T30S / N30 OMNI, each h3 link, image
# link, paragraph and a full-width 'Shop ... Now' button; FAQ; disclaimer list); 'Related Products' 3 product cards with LEARN
# MORE (desktop row and a mobile copy); Prev / Next post links; 'Related Articles' 3 cards (desktop row and a mobile copy);
# right column 'You May Also Like' 3 cards; breadcrumb nav; footer (Product / Program / Support / About Us link columns,
# payment and express badges, legal links, copyright, Change Location); DigiCert seal mount; hidden MUI backdrop; empty
# Toastify container; empty Klaviyo form mount in #third-party-js.
# Not labelled: menus (incl. the '28th Anniv' sale item and its coupon sub-link, Rewards / Refer & Earn), account and cart
# icons, the empty div under the date (no evidence of a widget), in-text links to product and blog pages (body), FAQ,
# breadcrumb, footer link columns (incl. Contact Us, Feedback), badges, legal links, Change Location, DigiCert seal,
# backdrop, empty Toastify container.
AC="/html/body/div[1]/main/div/div/div/div[1]"
T=AC+"/div[3]"
related=[
 R(AC+"/div[5]", None, 2, "after", note="Prev: 'How to Clean Glass Shower Doors?' / Next: 'How To Choose The Right Robot Vacuums For Allergies?' post links"),
 R(AC+"/div[6]/div[1]", "Related Articles", 3, "after", note="'Related Articles' desktop row of 3 dated cards (obstacle avoidance, cleaning sensors, Google Home)"),
 R(AC+"/div[6]/div[2]", "Related Articles", 3, "after", amb=True, note="mobile copy of the 'Related Articles' cards (d-lg-none: 9.3)"),
 R(AC+"/div[4]/div[1]", "Related Products", 3, "after", amb=True, note="amb: the 'Related Products' product row read as related content (10.4 allows both readings, as x587); its plain reading is the other CTA"),
 R("/html/body/div[1]/main/div/div/div/div[2]", "You May Also Like", 3, "outside", note="right column 'You May Also Like' with 3 dated cards (mop vs regular vacuum, with or without mop, buying guide)"),
]
ctas=[
 C("other", "Shop X5 PRO OMNI Now", "inline", T+"/a[2]", amb=True, note="full-width 'Shop X5 PRO OMNI Now' button closing the DEEBOT X5 PRO OMNI entry in the text (10.2)"),
 C("other", "Shop DEEBOT T30S Now", "inline", T+"/p[7]/a", amb=True, note="'Shop DEEBOT T30S Now' button in the T30S entry (10.2)"),
 C("other", "Shop DEEBOT N30 OMNI Now", "inline", T+"/p[8]/a", amb=True, note="'Shop DEEBOT N30 OMNI Now' button in the N30 OMNI entry (10.2)"),
 C("other", "DEEBOT N30 OMNI Robot Vacuum & Mop for Carpet (Mapping, Self-Empty, Auto", "after", AC+"/div[4]/div[1]", note="'Related Products' desktop row: 3 product cards with LEARN MORE buttons (a shop band under the text, not articles: 10.4)"),
 C("other", "DEEBOT N30 OMNI Robot Vacuum & Mop for Carpet (Mapping, Self-Empty, Auto", "after", AC+"/div[4]/div[2]", amb=True, note="mobile copy of the 'Related Products' cards (d-lg-none: 9.3)"),
 C("newsletter", "", "outside", "/html/body/div[2]/div", amb=True, note="empty Klaviyo form mount (klaviyo-form-XKCfWC) in #third-party-js: sign-up form or popup filled by script (10.9)"),
]
ads=[]
