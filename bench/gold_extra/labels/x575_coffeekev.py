from _dsl import *
FILE="wcxb/html/4476.html.gz"
# CoffeeKev (coffeekev.com, Elementor WordPress) round-up 'Best Drip Coffee Makers (2026): Real Reviews, No Fluff': header
# (logo, menu and dropdown copy, search icon opening an Elementor search popup); green top bar 'The Best Coffee Machine
# Deals in the US. Click here'; title block (h1, image, author / date / '2 Comments' meta); long text with 11 products, each
# with a centred image and a centred paragraph of retailer price buttons (Amazon affiliate via geni.us, 'Check Price -
# Walmart'), two pointer sentences to the author's other reviews, FAQ answers and a YouTube guide; 'SHARE' icons; 'Related
# Posts' grid of 3; Prev / Next post navigation; an empty section; footer (newsletter 'Send me discount codes...' form with
# Name / Email / SUBSCRIBE, head office block, 'Coffee Guides and Info' links, 'Connect with us' social icons, 'Quick Nav'
# menu, 'Must Read' category links, copyright with Amazon Associate disclosure, cookie declaration shortcode); hidden
# Elementor search popup.
# No ad markup or ad scripts (Amazon affiliate links only): no ads.
# Not labelled: menus, search popup, author/date meta, FAQ and video (body), affiliate links written inside sentences, the
# empty section after the post navigation, footer head office block (no contact link), footer guide / 'Must Read'
# category links and Quick Nav menu, Amazon Associate disclosure, cookie shortcode text.
B="/html/body/main/section[2]/div/div/div/div/div"
FS="/html/body/footer/section[1]/div/div/div/section/div"
related=[
 R(B+"/p[21]", None, 1, "inline", amb=True, note="pointer sentence 'If you're thinking of going full Moccamaster, check out my video review of the KM5 burr grinder...' (an ordinary sentence of the text, 10.10)"),
 R(B+"/p[65]", None, 1, "inline", amb=True, note="pointer sentence 'Check out my full Ninja Luxe Café Pro review here for a deeper dive...' alone in its paragraph but an ordinary sentence (11.4)"),
 R("/html/body/main/section[4]", "Related Posts", 3, "after", note="'Related Posts' jet-posts grid of 3 cards"),
 R("/html/body/main/aside", None, 2, "after", note="Prev / Next post navigation (Best Way To Store Coffee Beans / 10 Best Pour Over Coffee Makers)"),
]
ctas=[
 C("other", "The Best Coffee Machine Deals in the US. Click here", "outside", "/html/body/header/section[2]", note="top bar promoting the site's coffee machine deals page"),
 C("comments", "2 Comments", "before", "/html/body/main/section[1]/div/div/div/div[3]/div/ul/li[3]", amb=True, note="bare '2 Comments' count in the post meta (no link, no comment section on the page)"),
 C("other", "", "inline", B+"/p[7]", amb=True, note="centred retailer price buttons under product 1 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[24]", amb=True, note="centred retailer price buttons under product 2 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[42]", amb=True, note="centred retailer price buttons under product 3 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[53]", amb=True, note="centred retailer price buttons under product 4 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[68]", amb=True, note="centred retailer price buttons under product 5 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[81]", amb=True, note="centred retailer price buttons under product 6 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[94]", amb=True, note="centred retailer price buttons under product 7 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[107]", amb=True, note="centred retailer price buttons under product 8 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[119]", amb=True, note="centred retailer price buttons under product 9 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[130]", amb=True, note="centred retailer price buttons under product 10 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("other", "", "inline", B+"/p[141]", amb=True, note="centred retailer price buttons under product 11 of the round-up (Amazon geni.us affiliate link + 'Check Price - Walmart'; 10.2)"),
 C("share", "SHARE Facebook Twitter Pinterest Email", "after", "/html/body/main/section[3]", note="'SHARE' heading and social share icons under the text"),
 C("newsletter", "Send me discount codes, special offers and genuinely interesting stuff about coffee.", "outside", "/html/body/footer/aside", note="footer newsletter band with Name / Email / SUBSCRIBE form"),
 C("follow", "Facebook Tiktok Instagram Youtube Linkedin", "outside", FS+"/nav[1]/div/div[5]", note="footer 'Connect with us' social icons"),
]
ads=[]
