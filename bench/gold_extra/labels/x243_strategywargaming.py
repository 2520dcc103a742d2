from _dsl import *
FILE="wcxb/html/4682.html.gz"
# Strategy and Wargaming (WordPress block theme, Jetpack, WordAds) list article 'The Best Strategy Games Of 2025 So Far'
# (page 1 of 3): header (social icons, logo, primary nav), featured image, content column (title, text with imgur/YouTube
# embeds, 'Pages: 1 2 3', WordAds below-post slot, sharedaddy share box, Jetpack likes, comments with reply form),
# sidebar (author box, 'Recent Posts', five WordAds 'Advertisements' slots), 'Trending' band, footer (Jetpack newsletter
# form, social icons, nav), two hidden Jetpack subscription modals, floating Subscribe button, hidden gravatar maps and likes
# dialog, WordAds dynamic top slot.
# Not labelled: navs, the 'Pages: 1 2 3' pagination, the sidebar author box (bio without links), the hidden wordads-inline
# marker span, the hidden grofile / likes-gravatar containers.
MC="/html/body/div[1]/main/div[2]/div/div[1]"
SB="/html/body/div[1]/main/div[2]/div/div[2]/aside/div"
related=[
 R(SB+"/div[2]", "Recent Posts", 5, "outside", note="sidebar 'Recent Posts' five post cards"),
 R("/html/body/div[1]/div", "Trending", 4, "after|outside", note="'Trending' band of four post cards between the main area and the footer"),
]
ctas=[
 C("follow", "Facebook Twitter YouTube", "outside", "/html/body/div[1]/header/div/div[1]/div[1]/ul", note="header social icons"),
 C("share", "Share this article: Share on Facebook (Opens in new window) Facebook More", "after", MC+"/div[1]/div[2]", note="sharedaddy 'Share this article:' box (Facebook + hidden More list)"),
 C("other", "Like this: Like Loading…", "after", MC+"/div[1]/div[3]", amb=True, note="Jetpack likes widget"),
 C("comments", "2 responses to “The Best Strategy Games Of 2025 So Far”", "after", MC+"/div[2]/div", note="comments block: two comments and the 'Leave a Reply' form"),
 C("newsletter", "Type your email… ➔", "outside", "/html/body/div[1]/footer/div/div[1]/div", note="footer Jetpack subscription form under 'Subscribe to our newsletters. We’ll keep you in the loop.'"),
 C("follow", "Facebook Twitter Instagram YouTube", "outside", "/html/body/div[1]/footer/div/div[1]/ul", note="footer social icons"),
 C("newsletter", "Discover more from Strategy and Wargaming Subscribe now to keep reading and get access to the full archive.", "outside", "/html/body/div[2]", amb=True, note="hidden Jetpack subscription modal"),
 C("newsletter", "Discover more from Strategy and Wargaming Subscribe now to keep reading and get access to the full archive.", "outside", "/html/body/div[3]", amb=True, note="second hidden Jetpack subscribe modal"),
 C("newsletter", "Subscribe", "outside", "/html/body/div[4]", note="floating Jetpack 'Subscribe' button"),
]
ads=[
 A(MC+"/div[1]/div[1]", "after", "WordAds below-post slot (atatags-dynamic-belowpost) after 'Pages: 1 2 3'"),
 *[A(SB+"/div[3]/div[%d]" % i, "outside", "sidebar WordAds 'Advertisements' 300x250 slot %d" % i) for i in range(1, 6)],
 A("/html/body/div[7]", "before|outside", "WordAds dynamic top slot container (atatags-dynamic-top) at the end of the body"),
]
