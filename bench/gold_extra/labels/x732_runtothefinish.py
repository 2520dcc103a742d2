from _dsl import *
FILE="wcxb/html/4884.html.gz"
# RunToTheFinish (runtothefinish.com, WordPress Genesis / Mai theme, a running coach's blog) review post 'Daily Harvest vs
# Freshly vs Eat to Evolve: Prepared Meal Delivery': before-header bar (Home / About / Contact (a Google form) / 'New? Start
# Here' links; Facebook / Instagram / Pinterest / Twitter / YouTube icons); header (logo, search toggle, menu toggle,
# primary menu Training / Shoe Reviews / Gear Reviews / Work Together / Podcast, search; mobile menu panel with its own
# copy of the social icons); main: breadcrumb, h1, meta (updated date, author, affiliate disclosure, 'No Comments' link to
# #respond), an icon-only 'next post' half-circle link; text: intro, comparison of Daily Harvest / Splendid Spoon / Eat to
# Evolve / Purple Carrot / Freshly / meal kits (entry headings linking to affiliate or redirect links), each entry closed by
# a '$' discount-code line (four with affiliate links, one without) and a 'FAVORITE ITEMS' line, a 'See my complete
# in-depth Splendid Spoon Review >>' line, Blue Apron's 'Discount: ...' line; 'read on:' lead-in over a list of 5 posts;
# 'Questions about other meal delivery services? Let me know!'; 'Other ways to connect with Amanda' (underlined) with three
# one-line profile links Instagram / Facebook / Pinterest (no container of their own); an empty ConvertPro
# 'cp-load-after-post' span; 'Category: review'; after-entry part ('Add RunToTheFinish to your Google News Feed' with a
# Google News logo link and a Google preferred-source button image, author box); previous / next post pagination;
# sidebar ('Welcome!!' bio text, 'Trending Gear Reviews' numbered list of 4, 'Recent Posts' 5, an image banner for the
# site's 'Ultimate IT Band Solution' course, '5 Secrets to Improve Your Run' MailerLite e-mail form); footer ('Resources
# for Runners' band of three headed guide-link columns Training Styles / Half Marathon / Marathon, 'Follow Me on
# Instagram' block with photo grid and button, 'About Amanda Brooks' with 'Read More...', meta links column (Contact /
# About / Partnerships / Podcast / Newsletter / Privacy, shoe / gear / coach links), social icons, a second copy of the
# e-mail form, legal note); an empty ConvertPro global div and a ConvertPro modal '7 Secrets to Break Through / Feeling
# stuck? ... free program / Give Me The Secrets!' with a manual trigger.
# No ad slots: only an ads.adthrive.com preconnect link in the head, no ad container in the HTML.
# Not labelled: skip links, before-header text menu and 'Contact' form link (menu links), menus and search, breadcrumb,
# byline and disclosure, entry headings linking to the services (the review's entries), 'FAVORITE ITEMS' lines,
# in-sentence 'plant based runner' link, 'Category: review', author box (no social link), 'Welcome!!' bio widget, footer
# 'About Amanda Brooks' and its 'Read More...', footer meta link columns (menu links), legal note, empty ConvertPro global div.
M="/html/body/div[1]/div/div/main"
E=M+"/article/div[1]/div[3]"
SB="/html/body/div[1]/div/div/aside"
FT="/html/body/div[1]/footer"
RC=FT+"/div[2]/div/div[2]/div"
HD="But if you aren\u2019t yet done and what some additional sports nutrition tips, read on:"
related=[
 R(M+"/article/div[1]/div[2]", None, 1, "before|outside", amb=True, note="icon-only 'next post' half-circle link (title 'Mastering Lunch Run: 15 Minute Sweat to Work Plan') between the meta line and the text; its position comes from an external stylesheet; a next-post link with no visible title"),
 R(E+"/p[20]", None, 1, "inline", amb=True, note="'See my complete in-depth Splendid Spoon Review >>' line alone in its paragraph after the Splendid Spoon entry, linking to the site's review: set apart by '>>' but an ordinary sentence, not a lead-in label (11.4 read literally: amb)"),
 R(E+"/ul[9]", HD, 5, "inline|after", note="list of 5 posts (Daily Harvest vs Splendid Spoon; Are Meal Delivery Services Worth It?; Marathon diet plan; High fat diet for endurance runners; Should you run fasted?) under the lead-in '... read on:' near the end of the text (convention 8)"),
 R(M+"/article/div[3]", None, 2, "after", note="previous / next post pagination (Edible Cookie Dough Chickpea Energy Bites; Mastering Lunch Run: 15 Minute Sweat to Work Plan)"),
 R(SB+"/section[2]", "Trending Gear Reviews", 4, "outside", note="sidebar 'Trending Gear Reviews' numbered list (Top Gifts for Runners, Best Running Books, Running Jackets for Every Condition, HOKA Vs On Cloud Running Shoes)"),
 R(SB+"/section[3]", "Recent Posts", 5, "outside", note="sidebar 'Recent Posts' widget (5 posts)"),
 R(RC+"/div[1]", "Training Styles", 5, "outside", amb=True, note="footer 'Resources for Runners' band, 'Training Styles' column of 5 guide links (Low Heart Rate Training Plan ... What to Do After C25K; one to the course shop): headed guide lists (7) but a footer link menu a reader could call navigation"),
 R(RC+"/div[2]", "Half Marathon", 5, "outside", amb=True, note="footer 'Half Marathon' column of guide links (Couch to Half Marathon Training ... Online Running Group; one empty link) under a heading linking to the half-marathon hub (same doubt)"),
 R(RC+"/div[3]", "Marathon", 5, "outside", amb=True, note="footer 'Marathon' column of 5 guide links (Couch to Marathon Training Plan ... Online Running Coach) (same doubt)"),
]
ctas=[
 C("follow", "Facebook Instagram Pinterest Twitter YouTube", "outside", "/html/body/div[1]/section/div/div[2]", note="before-header bar social icons (Facebook, Instagram, Pinterest, Twitter, YouTube)"),
 C("follow", "Facebook Instagram Pinterest Twitter YouTube", "outside", "/html/body/div[1]/header/div[2]/div/ul", amb=True, note="copy of the social icons in the mobile menu panel (opened by the menu toggle; 9.3)"),
 C("comments", "No Comments", "before", M+"/article/div[1]/div[1]/div[2]", amb=True, note="'No Comments' link to #respond with a comment icon in the meta line above the text (a bare comment count); no comment form in the HTML"),
 C("other", "\U0001f4b2Daily Harvest discount code RUNTOTHEFINISH for up to $40 off your first order.", "inline", E+"/p[13]", amb=True, note="Daily Harvest entry's discount line, linking to the site's /daily-harvest/ redirect (affiliate convention, 10.2: one `other` per entry box, amb)"),
 C("other", "\U0001f4b2Click here to get $60 off your first 3 boxes >>", "inline", E+"/p[18]", amb=True, note="Splendid Spoon entry's affiliate line 'Click here to get $60 off your first 3 boxes >>' (10.2)"),
 C("other", "\U0001f4b2Eat to Evolve discount code RUNTOTHEFINISH for 15% off", "inline", E+"/p[23]", amb=True, note="Eat to Evolve entry's discount-code line, no link (10.2, as x650's text lines)"),
 C("other", "\U0001f4b2Purple Carrot discount code carrot30 for $30 off", "inline", E+"/p[26]", amb=True, note="Purple Carrot entry's discount line with affiliate link on the code (10.2)"),
 C("other", "\U0001f4b2Freshly Discount Code \u2013 click here to automatically apply up to $30 off your first order.", "inline", E+"/p[29]", amb=True, note="Freshly entry's affiliate discount line 'click here to automatically apply' (10.2)"),
 C("other", "Discount: $90 over first 4 orders is their current offer", "inline", E+"/p[35]", amb=True, note="Blue Apron entry's discount line, no link (10.2)"),
 C("comments", "Questions about other meal delivery services? Let me know!", "after", E+"/p[38]", amb=True, note="closing prompt 'Questions about other meal delivery services? Let me know!' with no control (as x553 / x559)"),
 C("follow", "Other ways to connect with Amanda Instagram Daily Fun: RunToTheFinish", "after", E+"/p[39]", note="'Other ways to connect with Amanda' (underlined) block closing the text: first of three one-line profile links (Instagram) with no container of their own; labelled on its first line (as 9.1)"),
 C("follow", "Facebook Community Chatter: RunToTheFinish", "after", E+"/p[40]", amb=True, note="'Facebook Community Chatter: RunToTheFinish' line of the same block (and a GIF link)"),
 C("follow", "Get more running tips: Pinterest", "after", E+"/p[41]", amb=True, note="'Get more running tips: Pinterest' line of the same block"),
 C("other", "", "after", E+"/span", amb=True, note="empty ConvertPro 'cp-load-after-post' span closing the text, a mount the popup plugin fills after the post (10.9: amb, kind unknown)"),
 C("follow", "Add RunToTheFinish to your Google News Feed", "after", M+"/article/div[2]/p", note="'Add RunToTheFinish to your Google News Feed' link (to the Google News publication page) between rules under the text"),
 C("follow", "", "after", M+"/article/div[2]/figure", amb=True, note="Google News logo link above it (same ask, its own box: 9.1)"),
 C("follow", "", "after", M+"/article/div[2]/div[3]", amb=True, note="Google 'preferred source' button image (google.com/preferences/source?q=runtothefinish.com) under it"),
 C("other", "", "outside", SB+"/section[4]", note="sidebar image banner (image-ultimate-it-band-solution) linking to the site's 'IT Band Solution' course page (own product promo)"),
 C("newsletter", "5 Secrets to Improve Your Run Start Making Quick Progress on Your Goals", "outside", SB+"/section[5]", note="sidebar '5 Secrets to Improve Your Run' MailerLite e-mail sign-up form"),
 C("follow", "Follow Me on Instagram", "outside", FT+"/div[3]", note="footer 'Follow Me on Instagram' block: Instagram badge link, photo grid and button"),
 C("follow", "Facebook Instagram Pinterest Twitter YouTube", "outside", FT+"/div[6]/div/div[1]/div/ul", note="footer social icons under the meta link columns"),
 C("newsletter", "5 Secrets to Improve Your Run Start Making Quick Progress on Your Goals", "outside", FT+"/div[6]/div/div[2]", note="footer copy of the '5 Secrets to Improve Your Run' e-mail form"),
 C("newsletter", "7 Secrets to Break Through Feeling stuck? Discover which of the 7 most common runner issues is holding you", "outside", "/html/body/div[3]", amb=True, note="ConvertPro modal '7 Secrets to Break Through ... free program / Give Me The Secrets!' (manual trigger, hidden until opened: 9.5, 11.3); a free-program opt-in, newsletter from its ask"),
]
ads=[]
