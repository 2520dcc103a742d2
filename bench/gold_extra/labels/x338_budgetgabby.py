from _dsl import *
FILE="wcxb/html/0071.html.gz"
# Budget Travel With Gabby (WordPress.com Atomic, Lovecraft theme) post 'Budget Traveler's Guide To Travel Insurance':
# header (branding, menu, search); article (title, meta, text with captioned images and centred highlighted boxes:
# two 'read my…' story links and two Squaremouth affiliate boxes; closing '☼ ☼ ☼' + 'check out these articles!' line
# followed by 7 single-link story paragraphs; Pinterest pin image; affiliate disclosure; Jetpack share buttons; 'Like
# this:' likes widget); previous/next post nav; 'Leave a Reply' (Jetpack remote comment iframe); sidebar (about-me
# text, 'Follow Me' icons, search, 'Most Popular Posts', Instagram gallery, archives dropdown, e-mail subscribe
# block); footer credit; hidden Jetpack subscription modal; hidden carousel overlay with its own comment form.
# No ads, no ad configuration (only the GetYourGuide partner loader script in head, no widget).
# Not labelled: menu, search, about-me text (wcxb ground truth leaves it out too), archives dropdown, the Pinterest pin
# image, the affiliate disclosure, the hidden carousel overlay's comment form, the in-text links of the body.
E="/html/body/div[1]/div[2]/div[1]/main/article/div/div"
M="/html/body/div[1]/div[2]/div[1]/main"
SB="/html/body/div[1]/div[2]/div[2]"
HD="If you’re looking for any more budget travel tips, check out these articles!"
related=[
 R(E+"/p[13]", None, 1, "inline", note="highlighted box 'Read my top 50 budget travel tips for more ways to save money!'"),
 R(E+"/p[46]", None, 1, "inline", note="highlighted box 'Upgrade your packing list with these travel essentials.'"),
 R(E+"/p[102]", HD, 7, "after", note="first of a run of 7 single-link story paragraphs (p[102]-p[108]) under the 'check out these articles!' line p[101], no container of their own: one block (convention 8 of 2026-12-06), labelled on its first line, the other lines ambiguous (was one block per line)"),
 R(E+"/p[103]", HD, 1, "after", amb=True, note="single-link story paragraph (15 Must-Have Travel Essentials); a line of the run labelled on p[102] (convention 8)"),
 R(E+"/p[104]", HD, 1, "after", amb=True, note="single-link story paragraph (How To Save Money For Travel); a line of the run labelled on p[102] (convention 8)"),
 R(E+"/p[105]", HD, 1, "after", amb=True, note="single-link story paragraph (How To Afford Traveling The World In Your 20's); a line of the run labelled on p[102] (convention 8)"),
 R(E+"/p[106]", HD, 1, "after", amb=True, note="single-link story paragraph (Travel Hacks For Europe); a line of the run labelled on p[102] (convention 8)"),
 R(E+"/p[107]", HD, 1, "after", amb=True, note="single-link story paragraph (How To Stay Healthy While Traveling); a line of the run labelled on p[102] (convention 8)"),
 R(E+"/p[108]", HD, 1, "after", amb=True, note="single-link story paragraph (22 Solo Travel Tips); a line of the run labelled on p[102] (convention 8)"),
 R(M+"/nav", None, 2, "after", note="previous/next post navigation"),
 R(SB+"/aside[4]", "Most Popular Posts", 10, "outside", note="sidebar top-posts widget"),
]
ctas=[
 C("other", "Squaremouth Insurance is amazing for US citizens.", "inline", E+"/p[20]", amb=True, note="highlighted Squaremouth affiliate box (set's convention: affiliate boxes in the text are ambiguous 'other')"),
 C("other", "Browse the Squaremouth Insurance options for your next trip abroad!", "inline", E+"/p[80]", amb=True, note="highlighted Squaremouth affiliate box"),
 C("share", "Share this: Tweet Click to share on WhatsApp (Opens in new window) WhatsApp", "after", E+"/div[10]", note="Jetpack sharing buttons"),
 C("other", "Like this: Like Loading...", "after", E+"/div[11]", amb=True, note="Jetpack likes widget"),
 C("comments", "Leave a Reply Cancel reply", "after", M+"/div", note="comment form (Jetpack remote comment iframe)"),
 C("follow", "Follow Me Facebook Instagram Pinterest", "outside", SB+"/aside[2]", note="sidebar 'Follow Me' social icons"),
 C("follow", "", "outside", SB+"/aside[5]", amb=True, note="sidebar Instagram gallery block (9 image links to Instagram posts)"),
 C("newsletter", "Type your email… Subscribe", "outside", SB+"/aside[7]", note="sidebar Jetpack e-mail subscribe block"),
 C("newsletter", "Discover more from Budget Travel With Gabby Subscribe now to keep reading and get access to the full archive.", "outside", "/html/body/div[2]", amb=True, note="hidden Jetpack subscription modal"),
]
ads=[]
