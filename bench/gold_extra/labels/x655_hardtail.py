from _dsl import *
FILE="wcxb/html/4640.html.gz"
# Hardtail Canada (WordPress Fluida theme + Elementor + wpDiscuz) gear review 'Best Minimalist Home Gym Setup on a Budget':
# mobile and primary menus with search; header image with an empty custom-HTML widget; breadcrumbs; featured image; h1,
# byline, dates, tag; Elementor body (lead line, intro, affiliate 'Shop Bells of Steel' box (logo + button, a_aid
# link), h2 sections per product with images and text, one paragraph 'For more detail, check out my Bells of Steel
# residential power rack review.', 'Final Thoughts' closed by a second 'Shop Bells of Steel' box); 'Share' buttons
# (Facebook, Twitter, WhatsApp); 'Training Articles' posts widget (2); newsletter block 'Like What You're Reading?
# Subscribe To The Monthly Newsletter!'; 'Follow Hardtail Canada' icons and 'Favourite on Google News'; author box;
# previous/next post links; wpDiscuz comments (Article Rating stars, subscribe toggle, comment form, empty thread);
# right sidebar (recent-posts tab of 10, tag cloud, archives); colophon menus (Biking, Community, About); copyright;
# hidden Elementor popup 'Like what you're reading?' newsletter form; wpDiscuz hidden helpers.
# Not labelled: menus and search, empty header custom-HTML widget, breadcrumbs, byline/tag, in-text links of the body,
# author box, tag cloud and archives, colophon menus (Contact / Submission Page / Supporters among menu links), back-to-top,
# wpDiscuz hidden helpers (user content panel, source-code editor), Facebook pixel mount.
AR="/html/body/div[1]/div[2]/div/main/article/div[2]"
B=AR+"/div[1]/div"
related=[
 R(B+"/section[11]/div/div/div/div/div/p[4]", None, 1, "inline", amb=True, note="'For more detail, check out my Bells of Steel residential power rack review.' alone in its paragraph but an ordinary sentence (11.4: amb)"),
 R(B+"/section[41]", "Training Articles", 2, "after", note="'Training Articles' Elementor posts widget: Bells of Steel Residential Power Rack Review: Just Get It; Bells of Steel (supporter page post)"),
 R(AR+"/nav", None, 2, "after", note="previous / next post links: Troy Lee Designs Skyline Short: Performance Review; Trek Farley 5: Experience in Canadian Winters"),
 R("/html/body/div[1]/div[2]/div/aside/section[1]", None, 10, "outside", note="right sidebar recent-posts tab widget (cryout tabs) with 10 dated posts, no visible heading"),
]
ctas=[
 C("other", "Shop Bells of Steel", "inline", B+"/section[3]", amb=True, note="affiliate box after the intro: Bells of Steel logo and 'Shop Bells of Steel' button (a_aid=HardtailCanada link) inside the article text (affiliate convention, amb)"),
 C("other", "Shop Bells of Steel", "after", B+"/section[38]/div/div/div/div[2]", amb=True, note="second affiliate box 'Shop Bells of Steel' closing the Final Thoughts section (affiliate convention, amb)"),
 C("share", "Share", "after", B+"/section[39]", note="'Share' row with Facebook, Twitter, WhatsApp buttons under the text"),
 C("newsletter", "Like What You're Reading? Subscribe To The Monthly Newsletter! Get all the latest articles and photos!", "after", B+"/section[42]", note="newsletter block with e-mail form and Subscribe button under 'Training Articles'"),
 C("follow", "Follow Hardtail Canada Favourite on Google News", "after", B+"/section[43]", note="'Follow Hardtail Canada' Facebook / Instagram icons and 'Favourite on Google News' icon (one template block)"),
 C("other", "Article Rating", "after", AR+"/div[4]/div[2]", amb=True, note="wpDiscuz 'Article Rating' star widget (0 votes) at the top of the comments area (rate-the-article ask)"),
 C("comments", "Subscribe", "after", AR+"/div[4]/div[3]", note="wpDiscuz comment section: subscribe toggle, comment form (name, email, website), empty thread with sort buttons"),
 C("newsletter", "Like what you're reading? Get all the latest articles and photos!", "outside", "/html/body/div[2]", amb=True, note="hidden Elementor popup (elementor-location-popup) with newsletter e-mail form (9.5)"),
]
ads=[]
