from _dsl import *
FILE="wcxb/html/0011.html.gz"
# Greenhouse Studio (Squarespace blog) post 'How To Design A Room Like An Interior Designer [Step By Step]': hidden
# floating cart; header (skip link, ABOUT nav, 'JOIN' button to the garden audit, mobile copy, burger menu overlay);
# article (title, categories, date, author; text in spacer-padded Squarespace blocks: affiliate disclosure, in-page
# step list, sections with images, several lines pointing to the author's other posts, two bracketed 'Let's hang out on
# Instagram!' lines, empty anchor code block, Flodesk form code block, 'Enjoy the post? Pin it for later!' with a pin
# image, social account icons; 'Other posts you'll love:' list of 3); author profile; Squarespace comments container
# (53 public comments, script-filled); Previous/Next post links; footer (hidden shape block, copyright with address,
# HOME/BLOG/ABOUT/GARDEN AUDIT and contact/terms/privacy link lines). Ads: only the AdSense page-level auto-ads
# script in the head (no slot element): none labelled.
# Not labelled: skip link, menus (incl. mobile overlay), hidden floating cart, categories, affiliate disclosure line,
# in-page step list (table of contents), in-text affiliate/product links and ordinary in-text links, spacer and
# anchor code blocks, author profile (bio and website link), footer link lines (incl. 'contact') and copyright/address.
CW="/html/body/div/main/article/section/div[2]/div/div/article/div"
TX=CW+"/div[2]/div[1]/div/div[1]/div[2]"
related=[
 R(TX+"/div[7]/div/div/p[2]", None, 1, "inline", amb=True, note="own paragraph 'Here's a full post on funding a home remodel or design project.' pointing to another post"),
 R(TX+"/div[9]/div/div/p[3]", None, 1, "inline", amb=True, note="own paragraph 'Read the full post on how to budget and fund your design or renovation project.'"),
 R(TX+"/div[15]/div/div/p[1]", None, 1, "inline", amb=True, note="'Click here for a complete post on easy ways to create your own mood board.' opening an ordinary paragraph (pointer written into the text, 10.10)"),
 R(TX+"/div[17]/div/div/p[2]", None, 1, "inline", amb=True, note="own paragraph 'Again, here's a link for easy mood board options.'"),
 R(TX+"/div[28]/div/p[2]", None, 1, "inline", amb=True, note="'I have a post reviewing free floor planner apps including video demos.' sentence inside a paragraph (10.10)"),
 R(TX+"/div[47]/div/div/p[2]", None, 1, "inline", amb=True, note="'(Read about my latest paint selection side-show here.)' inside a paragraph (10.10)"),
 R(TX+"/div[54]/div/div/p[2]", None, 1, "inline", amb=True, note="'Again, I recommend reading the full post on paint color selection ...' paragraph (pointer written into an ordinary sentence)"),
 R(TX+"/div[66]/div/div/p[2]", None, 1, "inline", amb=True, note="'(LOVE Cherner chairs! Check out how to get your own Cherner side chairs for less.)' closing a caption paragraph (10.10)"),
 R(TX+"/div[72]/div/div/p[3]", None, 1, "inline", amb=True, note="'Read here for tips on how to decorate with natural and found materials and objects.' opening a paragraph (10.10)"),
 R(CW+"/div[2]/div[1]/div/div[2]/div[2]/div/div[1]", "Other posts you'll love:", 3, "after", note="'Other posts you'll love:' heading and list of 3 post links in the second row of the post content"),
 R("/html/body/div/main/section", None, 2, "after", note="Previous / Next post links (item pagination)"),
]
ctas=[
 C("other", "JOIN", "outside", "/html/body/div/header/div[2]/div[4]/div[2]/div[2]/div[4]", note="desktop header 'JOIN' button (to /garden-audit)"),
 C("follow", "", "outside", "/html/body/div/header/div[2]/div[4]/div[2]/div[2]/div[1]", note="desktop header social icons (Instagram, YouTube, Pinterest, Facebook, LinkedIn profile links); added after the reading of S (an omission)"),
 C("follow", "", "outside", "/html/body/div/header/div[2]/div[4]/div[3]/div[3]/div[1]", amb=True, note="mobile header copy of the social icons (header-display-mobile, 9.3); added after the reading of S"),
 C("follow", "", "outside", "/html/body/div/header/div[3]/div[2]/nav/div/div[2]", amb=True, note="burger-menu overlay copy of the social icons (9.3); added after the reading of S"),
 C("other", "JOIN", "outside", "/html/body/div/header/div[3]/div[2]/nav/div/div[3]/a", amb=True, note="burger-menu overlay copy of the 'JOIN' button (9.3); added after the reading of S"),
 C("follow", "", "outside", "/html/body/div/footer/section[2]/div[2]/div/div/div/div[1]/div/div/div", note="footer social account icons block (Instagram, YouTube, Pinterest, Facebook, LinkedIn); added after the reading of S (an omission)"),
 C("other", "JOIN", "outside", "/html/body/div/header/div[2]/div[4]/div[3]/div[3]/div[4]", amb=True, note="mobile header copy of the 'JOIN' button (header-display-mobile, 9.3)"),
 C("follow", "[Want more design inspo and helpful plant tips? Let's hang out on Instagram!]", "inline", TX+"/div[13]/div/div/p[4]", note="bracketed italic line set apart: 'Let's hang out on Instagram!' link"),
 C("follow", "[Want more design inspo and helpful plant tips? Let's hang out on Instagram!]", "after", TX+"/div[75]/div/div/p[3]", note="same bracketed Instagram line closing the last text block"),
 C("newsletter", "", "after", TX+"/div[76]", amb=True, note="Squarespace code block with an empty Flodesk form container (#fd-form-..., window.fd('form')) filled by script"),
 C("share", "Enjoy the post? Pin it for later!", "after", TX+"/div[77]", note="'Enjoy the post? Pin it for later!' prompt; the pinnable image is the next block (div[78])"),
 C("follow", "", "after", TX+"/div[79]", note="social account icons block (Instagram, YouTube, Pinterest, Facebook, LinkedIn) at the end of the post"),
 C("comments", "", "after", CW+"/section", note="blog-item-comments section with the Squarespace comments container (data-public-comment-count=53, comments open), filled by script"),
]
ads=[]
