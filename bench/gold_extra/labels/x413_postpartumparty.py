from _dsl import *
FILE="trafilatura-eval/html/thepostpartumparty.com.nursery.html.gz"
# The Postpartum Party (mom blog, WordPress Genesis, Mediavine script ads) post '20 Clever Small Nursery Ideas When
# You're Tight On Space + Free Printable': top 'About' menu with social icons (e-mail, Facebook, Instagram, Pinterest);
# site header; category menu; breadcrumb; article header (h1, date, author, '5 Comments' link); affiliate disclaimer;
# text: 'Share / Tweet / Pin' buttons, hidden Pinterest images, six idea sections with images (Amazon affiliate links in
# the text), an empty Amazon Associates ad container, YouTube embed, 'Free Printable Artwork' section with a MailerLite
# 'Download your free printable now!' e-mail form, closing paragraph; author box (Author tab with bio and social links,
# hidden 'Recent Posts' tab with 3 posts); Jetpack 'You May Also Like' heading with no items (script-filled); category
# footer; previous/next post links; comment form ('Leave a Reply', follow-up / new-post notification checkboxes);
# sidebar (photo linking 'About Me', 'Hi friend!' intro); footer disclaimers and copyright; Grow (Mediavine) data div;
# floating share sidebar; mobile sticky share bar.
# Not labelled: menus, breadcrumb, affiliate disclaimer, in-text affiliate links and the Amazon-linked product image,
# hidden Pinterest images, author bio (Author tab) and its social links, category footer, sidebar photo and intro,
# footer disclaimers, Grow settings div, MailerLite tracking pixel.
SC="/html/body/div[1]/div[1]/div"
MN=SC+"/main"
EC=MN+"/article/div"
related=[
 R(EC+"/div[34]/div/section[2]", "Latest posts by Amy Motroni", 3, "after", amb=True, note="author box 'Recent Posts' tab (hidden until clicked): 3 latest posts by the author"),
 R(EC+"/div[35]", "You May Also Like", 0, "after", note="Jetpack related posts: 'You May Also Like' heading, items filled by script"),
 R(MN+"/div[2]", None, 2, "after", note="previous / next post links ('25 Ways to Decorate a Sloth Theme Nursery', '40 Matching Mom and Baby Halloween Costumes')"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/nav[1]/div/ul/aside/section", note="top-menu social icons (e-mail, Facebook, Instagram, Pinterest)"),
 C("comments", "5 Comments", "before", MN+"/article/header/p/span[2]", amb=True, note="'5 Comments' link in the post meta (bare comment count)"),
 C("share", "Share Tweet Pin", "before", EC+"/div[1]", note="share buttons at the top of the text (Facebook, Twitter, Pinterest)"),
 C("newsletter", "Download your free printable now! Enter your name and email to get your free printable. Gimme Please", "inline", EC+"/div[32]", note="MailerLite e-mail form for the free printable, between the 'Free Printable Artwork' lines and the closing paragraph"),
 C("comments", "Leave a Reply Cancel reply Your email address will not be published.", "after", MN+"/div[3]", note="comment form with follow-up/new-post notification checkboxes"),
 C("share", "", "before|outside", "/html/body/div[3]", note="floating left share sidebar (Pinterest, Facebook, Twitter)"),
 C("share", "", "outside", "/html/body/div[4]", note="mobile sticky share bar (Facebook, Twitter, Pinterest, e-mail)"),
]
ads=[
 A(EC+"/div[16]", "inline", "empty Amazon Associates ad container (amzn-assoc-ad-...) after the first idea section"),
]
