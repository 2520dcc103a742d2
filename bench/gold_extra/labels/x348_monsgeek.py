from _dsl import *
FILE="wcxb/html/4801.html.gz"
# MonsGeek (keyboard shop, WordPress + Divi + WooCommerce) blog post 'What is a Hot-Swappable Keyboard?': header promo
# slider (new arrival, discount code, bundle offer), header menu (incl. Deals dropdown), currency switch, cart/account
# icons, search; off-canvas mobile menu copy; Divi body (title, date, sections with images, in-text product links: body),
# closing 'Stay Connected:' list of social profiles (not in the wcxb ground truth); SHARE icons; footer ('Follow' icons,
# 'Subscribe to our Newsletter' form, PRODUCT/INFORMATION/PROGRAM/POLICIES menus, 'CUSTOMER SUPPORT' company contact
# block, copyright); hidden 'Join Waitlist' WooCommerce pop-up. No related block, no ads, no ad configuration.
# Not labelled: menus (incl. Contact and Deals entries), currency switch, cart/account icons, search, footer menus, back-to-top.
B="/html/body/main/div/div[1]/div/div/div/div"
FT="/html/body/footer/div[2]/div"
related=[]
ctas=[
 C("other", "New Arrival: Verve68 HE Hollow Magnetic Switch Keyboard > Save $5 on magnetic switch keyboards with 32K. Use code: 32KHE.", "outside", "/html/body/header/div[1]", note="header promo slider (new arrival, discount code, switch bundle offer)"),
 C("follow", "Stay Connected: Facebook: MonsGeek Instagram: MonsGeek Twitter: MonsGeek TikTok: MonsGeek YouTube: MonsGeek", "after", B+"/div[12]", note="closing 'Stay Connected:' list of the shop's social profiles after the conclusion"),
 C("share", "SHARE", "after", "/html/body/main/div/div[2]", note="share icons under the post (Facebook, X, Discord invite, Reddit, e-mail)"),
 C("follow", "Follow", "outside", FT+"/div[1]", note="footer 'Follow' social icons (Discord, Facebook, Instagram, X, TikTok, YouTube)"),
 C("newsletter", "Subscribe to our Newsletter Subscribe Click to accept our Policy", "outside", FT+"/div[2]", note="footer newsletter e-mail form"),
 C("contact", "CUSTOMER SUPPORT Business Name: InfinityZero Inc", "outside", FT+"/div[7]", amb=True, note="footer company contact block (address, phone, e-mail, hours)"),
 C("other", "Join Waitlist We will inform you when the product arrives in stock.", "outside", "/html/body/div[2]", amb=True, note="hidden WooCommerce 'Join Waitlist' pop-up form"),
]
ads=[]
