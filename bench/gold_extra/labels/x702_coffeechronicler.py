from _dsl import *
FILE="wcxb/html/4815.html.gz"
# The Coffee Chronicler (coffeechronicler.com, WordPress GeneratePress + GenerateBlocks; all scripts stripped, Mediavine
# preconnects in the head) product round-up 'Top Espresso Machine under $500: Which One Should You Get?': skip link;
# header (logo, site title, nav About / Gear / topics dropdown, 'Latest' button, Instagram and YouTube icon buttons);
# mobile header nav; hero (featured image, 'gear' label, h1, excerpt); byline box (avatar, 'Asser Christensen', credentials,
# '→ Learn about my qualifications and review process.', date); text (intro; 'Coffee Chronicler top pick' box with the
# MiiCoffee Apex image and a 'LEARN MORE' shop button; affiliate disclosure note; five numbered machines, each with text,
# a closing 'check out my full review' pointer and a retailer line or Amazon 'See more reviews' button; 'How to pick the
# right home espresso maker' with a note box; 'Go for solid gear'); author box ('Asser Christensen / Hello, and welcome!'
# with Instagram and Facebook icons); empty left and right sidebar text widgets; empty amzn-assoc-ad div; footer
# ('Sign up to the newsletter' box with a CF7 e-mail form and an image, four social icon buttons, PRIVACY POLICY /
# Editorial policy / T & C / contact / about buttons, tagline, copyright); back-to-top link.
# Not labelled: skip link, nav menus and the 'Latest' header button (a link to the latest-posts page), byline box and its
# qualification/review-policy links, affiliate disclosure note, in-sentence links that are no pointer (p[60] 'Machines like
# Gaggia Classic are evergreens'), note box and empty su-youtube video boxes (body), empty sidebar text widgets (no ad
# markup), footer policy/contact/about button row (a footer menu), back-to-top link. Mediavine is only preconnected in the
# head (no element where an ad shows).
TX="/html/body/div[3]/div"
related=[
 R(TX+"/p[17]/a", None, 1, "inline", amb=True, note="'…for more about those, check out my in-depth Apex review here…' pointer written into the closing sentence of the MiiCoffee Apex entry (10.10: amb)"),
 R(TX+"/p[27]", None, 1, "inline", amb=True, note="'Check out my full Breville Bambino Plus review for more information.' alone in its paragraph, an ordinary sentence (11.4: amb)"),
 R(TX+"/p[35]", None, 1, "inline", amb=True, note="'Check out my full Gaggia Classic review if you want to learn more.' alone in its paragraph (11.4: amb)"),
 R(TX+"/p[44]", None, 1, "inline", amb=True, note="'Read the full review here.' (Cafelat Robot review) alone in its paragraph (11.4: amb)"),
 R(TX+"/p[56]", None, 1, "inline", amb=True, note="'Check out my full review of the Stilosa here' alone in its paragraph (11.4: amb)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/div/div/div[6]", note="header Instagram and YouTube icon buttons (site profiles)"),
 C("other", "Coffee Chronicler top pick 👍 The right balance of value and performance The Miicoffee Apex is the espresso machine to beat", "inline", TX+"/div[1]", amb=True, note="'Coffee Chronicler top pick' product box after the intro: image, blurb and 'LEARN MORE' button to the miicoffee.shop product page (affiliate/product box in the text, 10.2)"),
 C("other", "➡️ Check price here", "inline", TX+"/p[18]", amb=True, note="'➡️ Check price here' retailer line (miicoffee.shop) closing entry 1, MiiCoffee Apex (10.2)"),
 C("other", "See more reviews", "inline", TX+"/a[1]", amb=True, note="AAWP Amazon buy button 'See more reviews' (rel sponsored, affiliate tag) closing entry 2, Breville Bambino Plus (10.2)"),
 C("other", "See more reviews", "inline", TX+"/a[2]", amb=True, note="AAWP Amazon buy button 'See more reviews' closing entry 3, Gaggia Classic (10.2)"),
 C("other", "➡️ Check current price", "inline", TX+"/p[45]", amb=True, note="'➡️ Check current price' retailer line (prima-coffee.com) closing entry 4, Cafelat Robot (10.2)"),
 C("other", "See more reviews", "inline", TX+"/a[3]", amb=True, note="AAWP Amazon buy button 'See more reviews' closing entry 5, Delonghi Stilosa (10.2)"),
 C("follow", "Instagram Facebook", "after", "/html/body/div[4]/div/div[2]/div/div/div[2]/div/div/ul", amb=True, note="Instagram / Facebook icons in the author box under the text ('Asser Christensen / Hello, and welcome!'): author-bio social links, pointing to the site's profiles"),
 C("newsletter", "Sign up to the newsletter Yes, I want to get access to radical, new coffee insights", "outside", "/html/body/div[6]/div[1]", note="footer 'Sign up to the newsletter' box with a CF7 e-mail form"),
 C("follow", "", "outside", "/html/body/div[6]/div[2]/div/div[1]", note="footer row of four social icon buttons (Instagram, Twitter, Facebook, YouTube)"),
]
ads=[
 A("/html/body/div[5]", "after|outside", "empty amzn-assoc-ad-<uuid> div (Amazon Associates native shopping ad placement) between the page and the footer"),
]
