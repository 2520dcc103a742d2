from _dsl import *
FILE="wcxb/html/0461.html.gz"
# Smart Bitches, Trashy Books (WordPress) 'Hide Your Wallet' post 'Book Beat: Gothic Romance, Magical Realism, & More':
# header (mobile-only bar Home / RSS / Podcasts / Search; desktop top bar with social links + search and Advertise /
# Listen / Subscribe menu; logo and search; mobile-only social icon row with a 'support' link; main menu); article
# (category, h1, byline with 'One comment so far' link; intro paragraph, LikeBtn like-button mount, list of four books,
# each with title, cover, details, summary (holding a copy of the like-button mount), a note, an 'Add to Goodreads To-Read
# List →' line and an order box of store badges (Amazon / Apple Books / B&N / Kobo affiliate links with disclaimer));
# mobile-only Revive slot; empty sharing div; categories/tags; previous-post link; mobile-only Revive slot; comments
# (jump link 'Add Your Comment →', one comment, mobile-only Revive slot, 'Add Your Comment' form, Akismet notice,
# mobile-only BlogHer banner); consent line; left sidebar (Welcome text box with subscribe page, store and reader-community
# links; Newly Posted; The Podcast; Recent Reviews; Your Comments; search; Newsletter link box; BlogHer sky slot);
# right sidebar of ad widgets (Revive zones 69/44/64/46/47/48, two 'ADVERTISE WITH US' house boxes, a list of three
# Revive zone-42 slots, BlogHer sky slot; a stray 'Sorry Bitch, you're not a member!' line); footer (Patreon banner;
# 'Smart Bitches' site links; 'Contact' links; guest-review FAQ; 'Help a Bitch Out' promo); copyright; empty afs_ads div.
# Not labelled: menus (incl. mobile bar, top menu Advertise / Listen / Subscribe), search forms, categories/tags, comment
# list (incl. its per-comment like button), Akismet and consent lines, back-to-top links, the 'not a member' line,
# footer 'Smart Bitches' site-link column (incl. Advertise, Report Errors), copyright.
ART="/html/body/div[1]/div/div[1]/div[1]/article"
BK=ART+"/div[1]/ul"
SC="/html/body/div[1]/div/div[1]/div[1]"
CM=SC+"/div[3]"
LS="/html/body/div[1]/div/div[1]/div[2]/div/div"
RS="/html/body/div[1]/div/div[2]/div/div"
FT="/html/body/footer/div[1]/div"
related=[
 R(SC+"/nav", None, 1, "after", note="post navigation: '← Previous Episode 697, Your Transcript is Ready!' (no next post)"),
 R(LS+"/aside[2]", "Newly Posted", 5, "outside", note="left-sidebar 'Newly Posted': 5 latest posts (the first is this post)"),
 R(LS+"/aside[3]", "The Podcast", 4, "outside", note="left-sidebar 'The Podcast': 4 latest podcast episodes"),
 R(LS+"/aside[4]", "Recent Reviews", 10, "outside", note="left-sidebar 'Recent Reviews': 10 review posts"),
 R(LS+"/aside[5]", "Your Comments", 4, "outside", amb=True, note="left-sidebar recent comments 'Your Comments': 5 entries on 4 posts (commenter on <post>)"),
]
ctas=[
 C("follow", "Facebook Twitter Tumblr Instagram RSS Search", "outside", "/html/body/header/div[2]/div[1]", note="desktop top-bar social links (Facebook, Twitter, Tumblr, Instagram, RSS) with the search form"),
 C("follow", "", "outside", "/html/body/header/div[4]", amb=True, note="social icon row shown only on mobile (.social-icons-header display:none above 598px; convention 9.3): Facebook, Twitter, Tumblr, Instagram and a 'supporting Smart Bitches' link"),
 C("comments", "One comment so far", "before", ART+"/header/div/p/a[2]", amb=True, note="comment-count link in the byline"),
 C("other", "", "inline", ART+"/div[1]/div", amb=True, note="empty LikeBtn like-button mount (review theme) after the intro, filled by script"),
 C("other", "", "inline", BK+"/li[1]/div[3]/div", amb=True, note="copy of the like-button mount inside the first book's summary"),
 C("other", "", "inline", BK+"/li[2]/div[3]/div", amb=True, note="copy of the like-button mount inside the second book's summary"),
 C("other", "", "inline", BK+"/li[3]/div[3]/div", amb=True, note="copy of the like-button mount inside the third book's summary"),
 C("other", "", "inline", BK+"/li[4]/div[3]/div", amb=True, note="copy of the like-button mount inside the fourth book's summary"),
 C("other", "Add to Goodreads To-Read List →", "inline", BK+"/li[1]/p[2]", amb=True, note="'Add to Goodreads To-Read List →' line for A Far Better Thing"),
 C("other", "As an Amazon Associate we earn from qualifying purchases.", "inline", BK+"/li[1]/div[4]", amb=True, note="order box for A Far Better Thing: Amazon / Apple Books / B&N / Kobo affiliate badges and disclaimer (convention 10.2)"),
 C("other", "Add to Goodreads To-Read List →", "inline", BK+"/li[2]/p[2]", amb=True, note="Goodreads line for The Forget-Me-Not Library"),
 C("other", "As an Amazon Associate we earn from qualifying purchases.", "inline", BK+"/li[2]/div[4]", amb=True, note="order box for The Forget-Me-Not Library (convention 10.2)"),
 C("other", "Add to Goodreads To-Read List →", "inline", BK+"/li[3]/p[2]", amb=True, note="Goodreads line for House of Rayne"),
 C("other", "As an Amazon Associate we earn from qualifying purchases.", "inline", BK+"/li[3]/div[4]", amb=True, note="order box for House of Rayne (convention 10.2)"),
 C("other", "Add to Goodreads To-Read List →", "inline", BK+"/li[4]/p[2]", amb=True, note="Goodreads line for The Underachiever’s Guide to Love and Saving the World"),
 C("other", "As an Amazon Associate we earn from qualifying purchases.", "inline|after", BK+"/li[4]/div[4]", amb=True, note="order box for the last book, the end of the text (convention 10.2)"),
 C("share", "", "after", ART+"/footer/div", amb=True, note="empty div.sharing in the entry footer (share buttons filled by script, if any)"),
 C("comments", "Add Your Comment →", "after", CM+"/h3", amb=True, note="'Add Your Comment →' jump link to the form, above the comment list"),
 C("comments", "Add Your Comment Required fields are marked *", "after", CM+"/div[3]", note="'Add Your Comment' form (name, e-mail, website, follow-up notification, submit)"),
 C("other", "Welcome New to SBTB? Not sure where to start? We have a page for you!", "outside", LS+"/aside[1]", amb=True, note="left-sidebar 'Welcome' text box: start-here/podcast/sale links, 'visit our subscribe page', affiliate store links, 'Join our reader support community Smart Bitches After Dark!' with image link (mixed asks)"),
 C("newsletter", "Newsletter Don't miss a moment of Smart Bitches fun. All you need to do is click this link, and sign up!", "outside", LS+"/aside[7]", note="left-sidebar 'Newsletter' box linking to the Mailchimp sign-up"),
 C("donate", "", "outside", "/html/body/footer/a", note="footer Patreon banner (image link to patreon.com/SmartBitches)"),
 C("contact", "Contact General Stuff Advertising Inquiries Content Suggestions Content Requests Review Requests SBTB Events Calendar", "outside", FT+"/aside[2]", note="footer 'Contact' column: contact-form links for general stuff, advertising, suggestions, requests, review requests (and the events calendar) (convention 9.7: most links serve the ask)"),
 C("contact", "Can I submit a guest review? Sure!", "outside", FT+"/aside[3]", note="footer FAQ box inviting guest reviews: 'please email Sarah'"),
 C("other", "No case is too cold! Get ready to put on your detective cap →", "outside", FT+"/aside[4]", amb=True, note="footer image promo for 'Help a Bitch Out: the unsolved cases' (readers help identify books); a reader may call it a section link"),
]
ads=[
 A(ART+"/div[2]", "after", "div.mobile-ad with Revive zone 66 under the text (mobile only)"),
 A(SC+"/div[2]", "after", "div.mobile-ad with Revive zone 67 between post navigation and comments (mobile only)"),
 A(CM+"/div[2]", "after", "div.mobile-ad with Revive zone 68 between the comment list and the form (mobile only)"),
 A(CM+"/div[4]", "after", "BlogHer mobile banner slot skm-ad-banner-1 (div.mobile-ad.budget-mobile.blogher-ad) under the comments"),
 A(LS+"/div", "outside", "left-sidebar div.footer-she-ad: BlogHer sky slot skm-ad-sky-1"),
 A(RS+"/aside[1]", "outside", "right-sidebar widget with Revive zone 69"),
 A(RS+"/aside[2]", "outside", "right-sidebar widget with Revive zone 44"),
 A(RS+"/aside[3]", "outside", "right-sidebar widget with Revive zone 64"),
 A(RS+"/aside[4]", "outside", "right-sidebar widget with Revive zone 46"),
 A(RS+"/aside[5]", "outside", "right-sidebar div.smrt-ad house box 'ADVERTISE WITH US More Info »' (own-site banner in the ad column, convention 3)"),
 A(RS+"/aside[6]", "outside", "right-sidebar widget with Revive zone 47"),
 A(RS+"/aside[7]", "outside", "right-sidebar widget with Revive zone 48"),
 A(RS+"/aside[8]", "outside", "right-sidebar ul.ad-list with div.smrt-ad.advertisement house box 'ADVERTISE WITH US'"),
 A(RS+"/aside[9]/div/ul/li[1]", "outside", "ul.ad-list.fourteen: first Revive zone-42 slot"),
 A(RS+"/aside[9]/div/ul/li[2]", "outside", "ul.ad-list.fourteen: second Revive zone-42 slot"),
 A(RS+"/aside[9]/div/ul/li[3]", "outside", "ul.ad-list.fourteen: third Revive zone-42 slot"),
 A(RS+"/div", "outside", "right-sidebar BlogHer sky slot skm-ad-sky-2"),
 A("/html/body/div[3]", "outside", "empty div.afs_ads at the end of the body (AdSense-style class, likely an ad-blocker bait)", amb=True),
]
