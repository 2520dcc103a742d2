from _dsl import *
FILE="wcxb/html/0305.html.gz"
# Ambuja Yoga (yoga retreat business blog, WordPress) post 'Travel Insurance For Yoga Retreats' (2016): header (site title,
# main menu Work With Me / Yoga Retreats (nine retreat pages) / Yoga Teacher Training / Blog (categories) / About > Contact);
# header slideshow image; article (h1, dates, author; text: retreat photo, two intro paragraphs, four provider lines each
# opening with a link to the insurer's site (John Lewis, World Nomads through an afturnstile link, Travel Guard,
# Insuremytrip.com / Squaremouth.com), two paragraphs on timing and price, sign-off 'See you on retreat! / Love and Light, /
# Autumn'); author box (tabs 'Author' / 'Recent Posts': bio with 'Follow me' Facebook / Twitter icons; hidden tab 'Latest
# posts by Autumn Adams (see all)' with three posts and a copy of the icons in broken markup); Jetpack 'Share this:' Twitter /
# Facebook buttons; Jetpack 'Related' box with only its heading (filled by script); entry footer categories and tags;
# post navigation (previous 'A Mudra for Energy and Vitality: Pran Mudra' / next 'Healthy Cauliflower Soup Recipe');
# right sidebar: Mailchimp sign-up 'Get A FREE Downloadable Chakra Guide...' (image, e-mail field, 'Sign up'), search,
# 'Blog Updates' (four recent posts with dates), 'Meet Autumn Adams, the founder of Ambuja Yoga' image linking the About
# page, book cover 'Available for sale on Amazon!' (Amazon associate link to the author's book), social links Facebook /
# Twitter / Instagram / Pinterest / YouTube; footer copyright / design credit. After the page: hidden Jetpack image carousel
# overlay with its comment form, empty Thrive toast, cookie notice. No ads and no ad configuration (GTM only).
# Not labelled: menus (incl. the 'Contact' submenu entry), header slideshow, the provider links opening the four list lines
# (the article's own subject, links on a name with no box or button; World Nomads' afturnstile link is the only one that
# looks like an affiliate link), in-text photo link, categories/tags, the search form, the 'Meet Autumn Adams' image (links
# the About page, navigation), footer credits, the broken icon copy in the hidden 'Recent Posts' tab (no links in the parse),
# the empty toast and the cookie notice.
MN="/html/body/div[1]/div/div[2]/div/div/div[1]/main"
EC=MN+"/article/div"
SB="/html/body/div[1]/div/div[2]/div/div/div[2]"
related=[
 R(EC+"/div[3]", "Related", 0, "after", amb=True, note="Jetpack div#jp-relatedposts holding only its heading 'Related' under the share buttons: a related-posts box a script fills, no item in the HTML (10.9, as x552/x648)"),
 R(EC+"/div[1]/div/section[2]/div[3]", "Latest posts by Autumn Adams", 3, "after", amb=True, note="author box's 'Recent Posts' tab (hidden until the tab is clicked): 'Latest posts by Autumn Adams (see all)' with three posts (long-haul flight guide, women's yoga retreats in Oregon, Patagonia packing list); hidden tab inside an author box"),
 R(MN+"/nav", None, 2, "after", note="post navigation: previous '← A Mudra for Energy and Vitality: Pran Mudra' / next 'Healthy Cauliflower Soup Recipe →' under the entry footer"),
 R(SB+"/aside[3]", "Blog Updates", 4, "outside", note="sidebar 'Blog Updates' recent-posts widget: four posts with thumbnails and dates"),
]
ctas=[
 C("follow", "Follow me", "after", EC+"/div[1]/div/section[1]/div[2]", amb=True, note="'Follow me' Facebook / Twitter icons in the author box's bio tab under the sign-off (author-bio social links; they point to the site's own profiles)"),
 C("share", "Share this:", "after", EC+"/div[2]", note="Jetpack 'Share this:' Twitter / Facebook buttons under the author box"),
 C("newsletter", "Get A FREE Downloadable Chakra Guide with 76 pages of journal prompts, meditations, and rituals", "outside", SB+"/aside[1]", note="sidebar Mailchimp sign-up 'Get A FREE Downloadable Chakra Guide with 76 pages of journal prompts, meditations, and rituals...' (guide image, e-mail field, 'Sign up')"),
 C("other", "Available for sale on Amazon!", "outside", SB+"/aside[5]", note="sidebar book cover 'The Little Book of Mudra Meditations' captioned 'Available for sale on Amazon!' (Amazon associate link to the author's own book: own-product promo, no ad markup)"),
 C("follow", "Facebook Twitter Instagram Pinterest YouTube", "outside", SB+"/aside[6]", note="sidebar social links 'Follow Ambuja Yoga on' Facebook / Twitter / Instagram / Pinterest / YouTube"),
 C("comments", "Loading Comments... Write a Comment...", "outside", "/html/body/div[5]", amb=True, note="hidden Jetpack image-carousel overlay (display:none) with its 'Write a Comment...' form for photos (as x738/x708: hidden carousel comment form, amb)"),
]
ads=[]
