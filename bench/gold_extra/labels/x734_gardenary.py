from _dsl import *
FILE="wcxb/html/0145.html.gz"
# Gardenary (gardenary.com, Nuxt; kitchen-garden courses and shop) blog post 'Gardenary Planting vs. Ordinary Planting':
# hidden Snipcart cart div; header (logo; menu Shop Garden Supplies / Read the Blog / Garden Courses / Find a Consultant /
# Frost Date Calculator; 'Login' link, 'Start here' button (/resources), cart icon, burger); article: meta (date,
# author, h1, 'Filed Under:' tag chips, 'Share This Post' icons Facebook / Pinterest / X / Email / copy); text as
# alternating image and text sections (22 images, each with a Pinterest 'save' button over it; sections Plant Spacing,
# Plant Size, Plant Diversity, Crop Rotation, Garden Tending, Aesthetics, Production, tips; an in-sentence pointer to
# the book and course; a Shopify book box 'Elevate your backyard veggie patch ...' whose buy mount is empty; a
# 'Shop Gardenary's Favorite Garden Trellises' product grid (headline over a grid empty in the HTML); closing 'Ready to Plant the Gardenary
# Way?' section recommending the course and book in a sentence), a course card 'Learn how to set your kitchen garden up
# and plant it the Gardenary way / Save the guesswork ... / learn more' (Kitchen Garden Academy), a last image;
# pagination bar ('Previous' button, 'Share This Post' icons, 'Next' button); 'The Author' card (links to this page);
# footer (Learn / Shop / Company / Contact / Community link columns, the last listing Instagram ... X, Podcast, Blog;
# social icon row; copyright); empty messages list and empty shopify-popup. Klaviyo onsite script in the head (no box).
# No ads and no ad markup.
# Not labelled: menus, 'Login', cart icon and the hidden Snipcart div, tag chips, the other 21 per-image Pinterest save
# buttons (the same button repeated on every image: one item, convention 1 read for per-image buttons), in-sentence links
# to the book and course (div[26] 'check out my first book ... or our online garden course', div[48] 'I highly recommend
# that you watch our online video lessons ...': ordinary sentences, not the closing one), the author card, footer Learn /
# Shop / Company columns (menus), copyright links, empty messages list and shopify-popup (empty shells, 11.3), Klaviyo
# script (10.11).
AR="/html/body/div/div/div/div[2]/div/div"
AC=AR+"/div[2]"
FT="/html/body/div/div/div/footer/div/div"
related=[
 R(AR+"/div[3]", None, 2, "after", note="pagination bar under the article: 'Previous' (4 practical tips for vertical gardening) and 'Next' (how to save basil seeds) post buttons, with the share icons between them (labelled apart, 11.9)"),
]
ctas=[
 C("other", "Start here", "outside", "/html/body/div/div/div/header/div/div[3]/a[1]", amb=True, note="header 'Start here' button (/resources, a beginner hub) beside 'Login': a button-styled navigation link, no clear ask (11.7's sign-up-beside-login reading)"),
 C("share", "Share This Post", "before", AR+"/div[1]/div[2]", note="'Share This Post' icons (Facebook, Pinterest, X, Email, copy) in the meta block above the text"),
 C("share", "", "inline", AC+"/div[1]/div/div/div", amb=True, note="Pinterest 'save' (buttonBookmark) button over the first image; the same button sits on all 22 images of the text: one item for the repeated button (convention 1), amb as an image overlay"),
 C("other", "Elevate your backyard veggie patch into a sophisticated and stylish work of art Kitchen Garden Revival guides", "inline", AC+"/div[27]", amb=True, note="in-text Shopify product box for the author's book 'Kitchen Garden Revival' (heading, blurb, buy mount empty in the HTML) between the Crop Rotation and Garden Tending sections: a product box in the text (affiliate convention, 10.2)"),
 C("other", "Shop Gardenary's Favorite Garden Trellises", "inline", AC+"/div[47]", amb=True, note="'Shop Gardenary's Favorite Garden Trellises' Shopify product grid before the closing section: a heading over a grid a script fills, empty in the HTML (10.9)"),
 C("other", "Learn how to set your kitchen garden up and plant it the Gardenary way Save the guesswork and follow a proven", "after", AC+"/div[49]", note="course card (cta-card) after the closing section: 'Learn how to set your kitchen garden up ...' with a 'learn more' button to Kitchen Garden Academy (the site's own course promo)"),
 C("share", "Share This Post", "after", AR+"/div[3]/div/div/div", note="'Share This Post' icons (Facebook, Pinterest, X, Email, copy) in the pagination bar under the article"),
 C("contact", "Contact Get Support Login To Your Course Library", "outside", FT+"/div[3]/ul/li[1]", amb=True, note="footer 'Contact' column (Contact / Get Support, both to the support site, and a course-library login): a menu column with no contact block (9.7, convention 2)"),
 C("follow", "Community Instagram Facebook YouTube TikTok Pinterest X Podcast Blog", "outside", FT+"/div[3]/ul/li[2]", note="footer 'Community' column: Instagram, Facebook, YouTube, TikTok, Pinterest, X, Podcast and Blog links; most of its links are the site's profiles (9.7: plain)"),
 C("follow", "", "outside", FT+"/div[4]/div", note="footer social icon row (Instagram, Facebook, YouTube, TikTok, Pinterest, X, Podcast, Blog, e-mail)"),
]
ads=[]
