from _dsl import *
FILE="wcxb/html/4703.html.gz"
# We The Wild (Shopify Dawn theme shop blog) post 'Houseplant Lighting Guide: Low Light': announcement bar 'FREE
# Propagation Station $70+ | Spend $60+ for FREE Shipping'; sticky header (hidden menu drawer with products / about /
# reviews / plant advice / FREE GIFT OFFER, log-in, localization and Facebook / Instagram icons; logo; inline menu; search,
# log-in, cart icons); hero image, h1; text (intro ending 'Curious about other lighting conditions? Check out our blogs on
# medium light, bright indirect light, and direct light!', h2 sections, plant list, care tips with in-text product links);
# Share button (copy-link panel); 'Back to blog' link; 'Essentials for happy plants:' product slider of 4 cards with
# Add to cart / Choose options buttons and 'View all'; empty Klaviyo form mount; footer (Quick Links, 'Contact' e-mail
# address, newsletter 'Be the first to know about new drops and special offers!' form with Facebook / Instagram icons,
# payment icons, copyright, policies); empty app blocks (BOGO cart upsell, upCart drawer and sticky cart button).
# Not labelled: menus (incl. the 'FREE GIFT OFFER' menu entry), log-in and cart icons, 'Back to blog' link, in-text
# product links in the care tips (plain text links of the body), Quick Links footer menu, payment icons, empty app blocks
# (cart drawer / cart upsell: shop machinery, no ask of their own in the HTML).
AR="/html/body/main/section[1]/article"
FT="/html/body/div[3]/footer/div[1]"
related=[
 R(AR+"/div[2]/p[1]/span[5]", None, 3, "inline", amb=True, note="pointer written into the intro sentence: 'Curious about other lighting conditions? Check out our blogs on medium light, bright indirect light, and direct light!' (10.10: ordinary sentence, amb; kept in the wcxb ground truth)"),
]
ctas=[
 C("other", "FREE Propagation Station $70+ | Spend $60+ for FREE Shipping", "outside", "/html/body/div[1]/div/div/div[1]", note="announcement bar promo linking to the products page"),
 C("follow", "", "outside", "/html/body/div[2]/sticky-header/header/header-drawer/details/div/div/div/div/ul", amb=True, note="Facebook / Instagram icons in the hidden menu drawer (9.3)"),
 C("share", "Share", "after", AR+"/div[3]", note="'Share' button with copy-link panel under the text"),
 C("other", "Essentials for happy plants:", "after", "/html/body/main/section[2]", note="'Essentials for happy plants:' shop band under the article: 4 product cards with Add to cart / Choose options buttons and 'View all' (a shop band outside the text: plain other)"),
 C("newsletter", "", "after", "/html/body/main/section[3]", amb=True, note="empty Klaviyo embed form mount (klaviyo-form-TSK9C9) under the product band (10.9)"),
 C("contact", "Contact hello@wethewild.us", "outside", FT+"/div[1]/div[2]", amb=True, note="footer 'Contact' column with only an e-mail address (convention 2: no button or form)"),
 C("newsletter", "Be the first to know about new drops and special offers!", "outside", FT+"/div[2]/div", note="footer newsletter form 'Be the first to know about new drops and special offers!' with Email field and Subscribe button"),
 C("follow", "", "outside", FT+"/div[2]/ul", note="footer Facebook / Instagram icons under the newsletter form (11.9: two widgets)"),
]
ads=[]
