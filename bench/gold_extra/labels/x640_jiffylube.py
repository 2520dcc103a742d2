from _dsl import *
FILE="wcxb/html/4185.html.gz"
# Jiffy Lube resource-center article 'Car Maintenance Schedule' (scripts stripped from the saved page): header (logo,
# hidden location search and stored-location box, mega menu Get an Estimate / Services / Coupons & Offers / Tips In A
# Jiffy / Contact Us, each dropdown with a promo card holding a button and 'nav-recommendation' links); hero image and
# title; breadcrumbs; 'Posted under Car Tires'; the text (h3 sections, lists) running into a two-column block whose
# last section 'Stop By Your Local Jiffy Lube for Your Car Maintenance Needs' is the company's pitch in the text, with an
# image; red 'Find your Local Jiffy Lube' button; 'Share this resource' (Facebook, Twitter); 'Related Resources' (3
# cards); 'Tags'; footer (logo, Coupon & Offers / Auto Services / Resources / Work With Us columns, 'Follow Jiffy Lube®'
# social links and Most Trusted badge, legal notes and links, copyright). No ads, no ad markup.
# Not labelled: hidden location search and stored-location box in the header (a store locator), the mega menu's section
# links and its 'Read the Blog' card and nav-recommendation links (fleet, experts, gift card, credit card, feedback,
# franchise: menu entries), breadcrumbs, category line, the 'Stop By Your Local Jiffy Lube' section (text of the article,
# kept by wcxb), tags, footer Auto Services / Resources / Work With Us columns, badge, legal notes and links.
NAV="/html/body/header/div[1]/div/div[2]/nav/ul"
MN="/html/body/main"
FT="/html/body/footer/div/div[1]/div"
related=[
 R(MN+"/div[5]", "Related Resources", 3, "after", note="'Related Resources' grid of 3 cards (car alignment, tire wear patterns, overinflated tires) with blurbs"),
]
ctas=[
 C("other", "Get an Estimate Started Today Simply select a location and see Vehicle Service estimations in a Jiffy", "outside", NAV+"/li[1]/div/div/div[1]", amb=True, note="promo card in the hidden 'Get an Estimate' mega-menu dropdown with 'Start your estimate' button"),
 C("other", "Save with Jiffy Lube® Coupons Find savings that suit your vehicle's needs.", "outside", NAV+"/li[3]/div/div/div[1]", amb=True, note="promo card in the hidden 'Coupons & Offers' dropdown with 'Find a Coupon' button"),
 C("contact", "Contact Jiffy Lube® Get in touch with our team online or on the phone", "outside", NAV+"/li[5]/div/div/div[1]", amb=True, note="card in the hidden 'Contact Us' dropdown with 'Contact Us' button"),
 C("other", "Find your Local Jiffy Lube", "after", MN+"/div[3]", note="red button 'Find your Local Jiffy Lube' (store locator) under the text"),
 C("share", "Share this resource", "after", MN+"/div[4]", note="'Share this resource' Facebook / Twitter share buttons"),
 C("other", "Coupon & Offers Coupons Gift Cards", "outside", FT+"/div[2]", amb=True, note="footer 'Coupon & Offers' column (Coupons, Gift Cards): a menu column whose links serve a promo (9.7)"),
 C("follow", "Follow Jiffy Lube® Like us on Facebook Follow us on Twitter Subscribe to us on Youtube", "outside", FT+"/div[6]", note="footer 'Follow Jiffy Lube®' social links (Facebook, Twitter, YouTube); the column also holds the Most Trusted badge image"),
]
ads=[]
