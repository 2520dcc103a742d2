from _dsl import *
FILE="wcxb/html/4452.html.gz"
# Creative Ramblings (craft blog, WordPress Kadence + Feast, Mediavine) roundup post '10 DIY Woodworking Projects for Your
# Home': header (logo, menu, social icons, search; mobile header); breadcrumbs, h1, meta; 'Share this post' label and
# share buttons; intro, affiliate disclosure line; Mediavine Create list card with the ten projects (image, title, photo
# credit, description, 'Continue Reading'/'Read More' button to each project) and four empty mv-list-adwrap ad slots
# between them; 'If you like these woodwork projects, pin this image …' line and pin image; 'Up Next' heading, 'Follow me
# on Pinterest' line, two captioned image links to own posts; 'Thanks for visiting!' and an image; bottom 'Share this
# post' buttons; 'More Home Decor' prev/next grid (4 posts); comment form; sidebar (Welcome author box with 'More about
# me', 'Cricut' and 'Crafts' lists of 4 posts each); footer menu and copyright; empty Grow data divs; mobile sticky share
# bar; mobile drawer (menu and social icons); search drawer.
# Not labelled: menus, breadcrumbs, search, the ten project cards of the list and their 'Continue Reading'/'Read More'
# buttons (the roundup is the body; the buttons are the items' own links), affiliate disclosure line, sidebar Welcome
# author box, empty #grow-wp-data / #mv-grow-data divs (script data, no slot), 'Thanks for visiting!'.
EC="/html/body/div[1]/main/div/div/div/div/article/div/div"
LL=EC+"/section/div[1]/div"
SB="/html/body/div[1]/main/div/div/aside/div/div"
related=[
 R(EC+"/figure[3]", "Up Next", 2, "after", note="'Up Next' run (heading h2[2] and 'Follow me on Pinterest' line before it): captioned image link 'Succulent Wood Wall Art'; the second item is the next sibling figure[4] (no common container)"),
 R(EC+"/figure[4]", None, 1, "after", amb=True, note="second 'Up Next' image link 'Fall Pinecone Wreath' (part of the block at figure[3], labelled apart, ambiguous)"),
 R(EC+"/div[3]", "More Home Decor", 4, "after", note="feast-modern-prev-next 'More Home Decor' grid of 4 posts"),
 R(SB+"/div[2]", "Cricut", 4, "outside", note="sidebar 'Cricut' list of 4 posts (heading h3[1] is the previous sibling)"),
 R(SB+"/div[3]", "Crafts", 4, "outside", note="sidebar 'Crafts' list of 4 posts (heading h3[2] is the previous sibling)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/header/div[1]/div/div/div/div/div/div/div/div[2]/div[2]", note="header social icons (Facebook, Instagram, Pinterest, YouTube)"),
 C("share", "", "before", EC+"/div[1]", note="top share buttons (Facebook, X, Pinterest, Reddit, e-mail); 'Share this post' label is the previous sibling p[1]"),
 C("share", "If you like these woodwork projects, pin this image and save it for later.", "after", EC+"/p[9]", amb=True, note="closing 'pin this image' prompt (kept in the wcxb ground truth), pin image follows"),
 C("follow", "Want more DIY home decor projects? Follow me on Pinterest to see what I'm pinning and be inspired to create.", "after", EC+"/p[10]", note="'Follow me on Pinterest' line under 'Up Next'"),
 C("share", "", "after", EC+"/div[2]", note="bottom share buttons; 'Share this post' label is the previous sibling p[12]"),
 C("comments", "Leave a Reply Cancel reply Your email address will not be published.", "after", "/html/body/div[1]/main/div/div/div/div/div", note="comments area with the reply form"),
 C("share", "", "outside", "/html/body/div[4]", note="mobile sticky share bar (dpsp-sticky-bar)"),
 C("follow", "", "outside", "/html/body/div[5]/div[2]/div[2]/div[2]", amb=True, note="social icons in the hidden mobile drawer"),
]
ads=[
 A(LL+"/div[3]", "inline", "empty Mediavine mv-list-adwrap slot (mv_slot_target) after project 2"),
 A(LL+"/div[6]", "inline", "empty Mediavine mv-list-adwrap slot after project 4"),
 A(LL+"/div[9]", "inline", "empty Mediavine mv-list-adwrap slot after project 6"),
 A(LL+"/div[12]", "inline", "empty Mediavine mv-list-adwrap slot after project 8"),
]
