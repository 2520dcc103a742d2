from _dsl import *
FILE="wcxb/html/4084.html.gz"
# Adventures with Pinny (Squarespace travel blog) post 'Japan Travel Guide: Tips and Packing List for First Time
# Visitors': hidden floating cart; header (logo, About / Blog / Destinations / Videos nav, social icons search / YouTube /
# Instagram / TikTok / e-mail, desktop + mobile copies, burger-menu overlay with the same icons); post (h1, categories,
# date, authors); text in Squarespace blocks: intro, empty 'Table of Contents' code block, 'also check out: <link>'
# line, images, three 'Read more: <link>' lines, a SafetyWing affiliate section closing with 'Check out SafetyWing and get
# covered: <link>', closing section with 'Plan your trip to Japan: <link>', a last block 'Read more: <link>' + 'follow us
# on Instagram' + 'share them in the comments below' paragraphs; empty ShareThis inline-buttons code block; 'Pinterest
# image' label + pin image; 'Related Posts' summary block (12 posts); 'Featured Posts' summary block (9 posts); tags;
# author profile; empty comments mount; previous / next post pagination; footer ('Let's be pen pals! Join our newsletter,
# Postcards from Pinny' with an empty Flodesk form mount; 'Directory' links; social icons; 'YouTube' featured video
# thumbnail + title; 'Instagram' one-post gallery block; copyright and legal links); back-to-top button.
# Not labelled: menus, floating cart, empty TOC code block, in-text outbound/affiliate links in ordinary sentences (jrpass,
# amzn.to, pocket wifi), 'Pinterest image' label and pin image (body image), tags, author profile, 'Directory' footer
# links, legal links, back-to-top button. No ad slots: no ad markup or ad scripts.
C_="/html/body/div/main/article/section/div[2]/div/div/article/div/div[2]"
B=C_+"/div[1]/div/div/div"
FS="/html/body/div/footer/section[2]/div[2]/div/div/div"
related=[
 R(B+"/div[3]", None, 1, "inline", note="'If you're still planning your trip ... also check out: One Week in Japan Itinerary' — lead-in ending ':' closed by the link (10.10 / 11.4), own text block after the intro"),
 R(B+"/div[6]", None, 1, "inline", note="'Read more: Visiting Fushimi Inari-taisha' line, own text block"),
 R(B+"/div[13]", None, 1, "inline", note="'Read more: Visiting Kinkakuji Temple' line, own text block"),
 R(B+"/div[30]", None, 1, "inline", note="'Read more: Visiting Fushimi Inari-taisha' line (repeated), own text block"),
 R(B+"/div[45]/div/div/div/p[2]", None, 1, "inline", note="'Plan your trip to Japan: One Week in Japan Itinerary' line closing the last text section (lead-in label + link, 11.4)"),
 R(B+"/div[47]/div/div/div/p[1]", None, 1, "after", note="'Read more: A Day in Nara' line opening the closing block"),
 R(B+"/div[54]", "Related Posts", 12, "after", note="'Related Posts' summary block of 12 Japan posts (incl. this one) under the text"),
 R(B+"/div[55]", "Featured Posts", 9, "after", note="'Featured Posts' summary block of 9 posts"),
 R("/html/body/div/main/section", None, 2, "after", note="previous / next post pagination (One Week in Japan Itinerary; A Day in Nara)"),
 R(FS+"/div[4]", "YouTube", 1, "outside", amb=True, note="footer 'YouTube' featured video: thumbnail linking to the latest video, title 'Greece isn't as relaxing as you'd think' in a sibling block (9.1; a reader may call it a channel promo)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div/header/div[2]/div[3]/div[2]/div[2]/div[1]", note="header social icons (desktop): search, YouTube, Instagram, TikTok, e-mail"),
 C("follow", "", "outside", "/html/body/div/header/div[2]/div[3]/div[3]/div[2]/div[1]", amb=True, note="header social icons, mobile copy (header-display-mobile, 9.3)"),
 C("follow", "", "outside", "/html/body/div/header/div[3]/div[2]/nav/div/div[2]", amb=True, note="social icons in the burger-menu overlay (hidden until opened)"),
 C("other", "Check out SafetyWing and get covered: SafetyWing Nomad Insurance", "inline", B+"/div[38]/div/div/div/p[3]", amb=True, note="affiliate line 'Check out SafetyWing and get covered:' closing the travel-insurance section (affiliate convention: a reader may call it body)"),
 C("follow", "If you found this travel guide useful, pin it using the Pinterest image below", "after", B+"/div[47]/div/div/div/p[3]", amb=True, note="closing sentence: pin it, share it, 'follow us on Instagram' link (ask closing the text, 10.1)"),
 C("comments", "Have you ever been to Japan? Do you have any travel tips that you'd like to add to this guide?", "after", B+"/div[47]/div/div/div/p[4]", amb=True, note="closing prompt 'Please share them in the comments below' (no control; comments mount is empty)"),
 C("share", "", "after", B+"/div[49]", amb=True, note="code block with empty ShareThis inline share-buttons mount (script-filled, 10.9)"),
 C("comments", "", "after", "/html/body/div/main/article/section/div[2]/div/div/article/div/section", amb=True, note="empty blog-item-comments section with the comments mount (script-filled)"),
 C("newsletter", "Let's be pen pals! Join our newsletter, Postcards from Pinny Get travel stories, tips, and occasional chaotic updates from our travels.", "outside", "/html/body/div/footer/section[1]", note="footer newsletter band 'Join our newsletter, Postcards from Pinny' with a Flodesk form mount"),
 C("follow", "", "outside", FS+"/div[2]", note="footer social icons: search, YouTube, Instagram, TikTok, e-mail"),
 C("follow", "Instagram", "outside", FS+"/div[7]", amb=True, note="footer 'Instagram' gallery block (one-post feed, empty video overlay)"),
]
ads=[]
