from _dsl import *
FILE="wcxb/html/0323.html.gz"
# HOMMÉS Studio (furniture brand shop, WordPress GeneratePress + WooCommerce + Elementor) journal post 'Designing the
# Future: A Deep Dive into 7 Interior Design Trends for 2025': top bar (About us / Contacts links, scrolling promo ticker
# 'FREE CATALOG' / 'ARE YOU A PROFESSIONAL?' / 'FORECAST ... FREE EBOOK GUIDE' / 'SUBSCRIBE NEWSLETTER | BONUS 10%OFF',
# search / phone / WhatsApp icons); logo header; mobile and desktop nav bars (menu, cart, account, 'TRADE' button,
# search); secondary menu; products menu; hero (category, h1, date); 'Trade Program' button (opens the trade-program
# registration popup); text with seven trend sections, image galleries and four WooCommerce product grids (4 products
# each, 'Get Price' buttons opening the product-inquiry popup, wishlist hearts opening the log-in popup), closing
# 'Ready to embrace ... Explore our collection today' paragraph, banner image with source caption, share buttons;
# 'YOU MIGHT ALSO LIKE' band (6 journal posts); 'Stay Connected' social icons; footer link columns and 'Subscribe to our
# Newsletter' form; payment icons, copyright; floating WhatsApp button; WooCommerce sticky add-to-cart panel; slide-out
# menu; search modal; 13 Elementor popup templates (dealer registration, log-in, catalog download x2, trade program,
# sold-out product request, lookbook e-book, trade-show, Black Friday registration, empty trade-show, express order,
# product inquiry 'Get Price', e-book download). No ads, no ad configuration (GTM noscript iframe only).
# Not labelled: menus (incl. mobile, slide-out, products and footer link columns with 'Contact Us' / 'Trade Program'),
# About us / Contacts top links, cart/checkout sticky panel, search modal, log-in popup (div[11], an account form opened
# by the wishlist hearts), the trade-program popup (div[13], the panel of the 'Trade Program' button: one CTA with it),
# the product-inquiry popup (div[21], the panel of the product grids' 'Get Price' buttons), the empty trade-show popup
# (div[19], only 'Please select a valid form'), payment icons, banner image with source caption, GTM noscript iframe.
AR="/html/body/div[4]/div/div/main/article/div"
TX=AR+"/div[2]"
FT="/html/body/div[5]"
related=[
 R(FT+"/div[1]", "YOU MIGHT ALSO LIKE", 6, "after|outside", note="'YOU MIGHT ALSO LIKE' band between the article and the footer: 6 journal posts (image, title, excerpt, 'Read more')"),
]
ctas=[
 C("other", "FREE CATALOG | Furniture & Lighting Collections ARE YOU A PROFESSIONAL? Submit Trade Program", "outside", "/html/body/div[1]/div/aside/div[1]/div[2]", note="top-bar scrolling promo ticker: free catalog, trade program, free e-book guide, 'SUBSCRIBE NEWSLETTER | BONUS 10%OFF' (asks differ: other)"),
 C("contact", "Search", "outside", "/html/body/div[1]/div/aside/div[1]/div[3]/ul", amb=True, note="top-bar icon row: search, phone (tel:) and WhatsApp chat icons (lone tel:/chat icons, 10.5)"),
 C("other", "0 TRADE", "outside", "/html/body/nav[2]/div/div[3]", note="desktop nav bar items: cart, account, 'TRADE' button ('Join our trade Program'), search (bar's ask is the trade program)"),
 C("other", "0 TRADE", "outside", "/html/body/nav[1]/div/div[3]", amb=True, note="mobile-header copy of the nav bar items with the 'TRADE' button (hidden on desktop)"),
 C("other", "Trade Program", "before", AR+"/div[1]", note="'Trade Program' button above the text (calendly-cta, opens the 'JOIN TRADE PROGRAM' registration popup div[13]: one CTA with it)"),
 C("other", "", "inline", TX+"/div[1]", amb=True, note="in-text WooCommerce product grid (4 products, 'Get Price' buttons) after trend 1 (shop box inside the text)"),
 C("other", "", "inline", TX+"/div[2]", amb=True, note="in-text WooCommerce product grid (4 products, 'Get Price' buttons) after trend 4"),
 C("other", "", "inline", TX+"/div[3]", amb=True, note="in-text WooCommerce product grid (4 lamps, 'Get Price' buttons) after trend 5"),
 C("other", "", "inline", TX+"/div[4]", amb=True, note="in-text WooCommerce product grid (4 products, 'Get Price' buttons) after trend 7"),
 C("other", "Ready to embrace the future of Interior Design? If you’re ready to incorporate the latest interior design trends", "after", TX+"/p[36]", amb=True, note="closing paragraph of the text with shop links ('Explore our collection today', 10.1: a reader may call it body)"),
 C("share", "", "after", TX+"/div[5]", note="share buttons under the text (Twitter, Facebook, WhatsApp, Pinterest, LinkedIn)"),
 C("follow", "Stay Connected", "outside", FT+"/div[2]", note="footer 'Stay Connected' social icons (LinkedIn, Spotify, Facebook, Instagram, YouTube, Pinterest, TikTok, WhatsApp)"),
 C("newsletter", "Subscribe to our Newsletter", "outside", FT+"/div[3]/div/div/div[5]", note="footer 'Subscribe to our Newsletter' column with name/e-mail form"),
 C("contact", "", "outside", "/html/body/a[2]", note="floating WhatsApp chat button ('I'm interested in HOMMÉS STUDIO products. Can you help me?')"),
 C("other", "BECOME HOMMÉS DEALER Register as a HOMMÉS Dealer!", "outside", "/html/body/div[10]", amb=True, note="hidden Elementor popup: dealer registration form (auto-trigger on scrolling to .country-SA)"),
 C("other", "CATALOG Furniture & Lighting Catalog", "outside", "/html/body/div[12]", amb=True, note="hidden Elementor popup: catalog download form (auto-trigger on scrolling)"),
 C("contact", "Request info Sold Out Product Request", "outside", "/html/body/div[14]", amb=True, note="hidden Elementor popup: sold-out product request form (no trigger link on this page)"),
 C("other", "REAL LIFE EBOOK The best of interior design by top designers worldwide.", "outside", "/html/body/div[15]", amb=True, note="hidden Elementor popup: lookbook e-book download form (no trigger link on this page)"),
 C("other", "METAMORPHIK HOUSE AT DECOREX 2022 Step into our Metarooms reality and enjoy exclusive benefits.", "outside", "/html/body/div[16]", amb=True, note="hidden Elementor popup: trade-show invitation, form missing (no trigger link on this page)"),
 C("other", "Black friday Register Register to access Exclusive Discounts", "outside", "/html/body/div[17]", amb=True, note="hidden Elementor popup: Black Friday registration form (no trigger link on this page)"),
 C("other", "CATALOG Furniture & Lighting Catalog", "outside", "/html/body/div[18]", amb=True, note="hidden Elementor popup: catalog download form (auto-trigger 10 s after page load)"),
 C("other", "Express Order Express Order Discover more about our express orders premium service", "outside", "/html/body/div[20]", amb=True, note="hidden Elementor popup: express order form (no trigger link on this page)"),
 C("other", "Form PopUp Download Ebooks", "outside", "/html/body/div[22]", amb=True, note="hidden Elementor popup: e-book download form (opened by data-toggle=modal links; none on this page)"),
]
ads=[]
