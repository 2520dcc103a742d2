from _dsl import *
FILE="wcxb/html/0196.html.gz"
# Left Brain Buddha (Sarah Rudell Beach, WordPress Divi) post 'How to Start a Meditation Practice: A Guide for Beginners':
# header (logo, menu FOR MOTHERS / BLOG / CONTACT / highlighted ONLINE COURSES, search); hero with h1 and byline;
# content: Heateor share bar (207 Shares), text with h2/h3 parts, apps list, 'Additional Resources' lines ('Want more
# information? Check out the following links:' free class, zenhabits, mindful.org, a book, resources page), StarBox
# author box (Author / Recent Posts tabs, 'Follow Sarah' icons in each); Jetpack 'Like it? Share it!' buttons; empty
# Jetpack related-posts mount; sidebar (logo image, BlogHer 300x250 'main ad' widget, 'I wrote some books!' and three
# more book covers to Amazon, 'Get your mindful groove on' ShareASale banners, 'Top Reads Today' (6), 'LET'S CONNECT
# ONLINE' icons, search, 'Related Mindful Goodies' with an Amazon native-ads script); footer (empty widget, two course
# promo images, EU cookie notice, social icons, privacy link); Gravatar and fb-root mounts; BlogHer header scripts.
# Not labelled: menus (incl. the highlighted ONLINE COURSES item), search, byline, in-text links and the apps list,
# the 'resources page' sentence, author box bio, sidebar logo image, cookie notice, privacy link, Gravatar / fb-root
# mounts, BlogHer / Facebook pixel header scripts (no slot of their own).
C_="/html/body/div[1]/div/div/div[2]/div/div[1]/article/div[2]"
T=C_+"/div[4]/div"
S="/html/body/div[1]/div/div/div[2]/div/div[2]"
FT="/html/body/div[1]/div/footer"
related=[
 R(T+"/p[29]", "Additional Resources", 3, "inline", amb=True, note="'Additional Resources' / 'Want more information? Check out the following links:' then three link lines (MINDFULNESS 101 free class, zenhabits tips, mindful.org basics) with no container (9.1: first line labelled); external resources kept by wcxb as body"),
 R(T+"/div/div/section[2]/div[3]", "Latest posts by Sarah Rudell Beach", 3, "after", amb=True, note="author box 'Recent Posts' tab (hidden until clicked): 3 latest posts of the author"),
 R(C_+"/div[6]", None, 0, "after", amb=True, note="empty Jetpack related-posts mount (#jp-relatedposts), filled by script (10.9)"),
 R(S+"/div[8]", "Top Reads Today", 6, "outside", note="sidebar 'Top Reads Today' list: 6 posts (the first is this one)"),
 R(S+"/div[11]", "Related Mindful Goodies", 0, "outside", sponsored=True, amb=True, note="'Related Mindful Goodies' heading over an Amazon native shopping-ads script (product recommendations; labelled as an ad slot too)"),
]
ctas=[
 C("share", "207 Shares", "before", C_+"/div[2]", note="Heateor share bar above the text: Facebook, LinkedIn, Twitter, Email, Print, Pinterest, Reddit, Mix, share count"),
 C("follow", "Follow Sarah", "after", T+"/div/div/section[1]/div[2]", amb=True, note="author box 'Follow Sarah' Facebook / Twitter icons (author-bio social links)"),
 C("follow", "Follow Sarah", "after", T+"/div/div/section[2]/div[2]", amb=True, note="copy of the 'Follow Sarah' icons in the hidden 'Recent Posts' tab of the author box"),
 C("share", "Like it? Share it! Tweet Click to email a link to a friend", "after", C_+"/div[5]", note="Jetpack 'Like it? Share it!' sharing buttons under the author box"),
 C("other", "I wrote some books!", "outside", S+"/div[3]", note="sidebar 'I wrote some books!' widget: the author's book cover linking to Amazon"),
 C("other", "", "outside", S+"/div[4]", amb=True, note="sidebar book cover image to amzn.to (second of the author's books, own widget without heading)"),
 C("other", "", "outside", S+"/div[5]", amb=True, note="sidebar book cover image to amzn.to (third book)"),
 C("other", "", "outside", S+"/div[6]", amb=True, note="sidebar book cover image to amzn.to (fourth book)"),
 C("other", "Get your mindful groove on", "outside", S+"/div[7]", amb=True, note="'Get your mindful groove on' ShareASale affiliate banners (shop reading; labelled as an ad slot)"),
 C("follow", "LET’S CONNECT ONLINE", "outside", S+"/div[9]", note="sidebar 'LET'S CONNECT ONLINE' icons: Facebook, Pinterest, Instagram, Twitter, e-mail"),
 C("other", "", "outside", FT+"/div[1]/div/div[2]", amb=True, note="footer image linking to the author's online courses (brilliantmindfulness.teachable.com)"),
 C("other", "", "outside", FT+"/div[1]/div/div[3]", amb=True, note="footer image linking to brilliantmindfulness.com"),
 C("follow", "Facebook X", "outside", FT+"/div[2]/div/ul", note="footer social icons (Facebook, X)"),
]
ads=[
 A(S+"/div[2]", "outside", "sidebar BlogHer 300x250 'main ad' widget: empty #skm-mainad-Middle1 with its defineSlot('Middle1') script"),
 A(S+"/div[7]", "outside", "sidebar 'Get your mindful groove on' widget of four ShareASale affiliate banner images (Buddha Groove logo, meditation cushion, ...)"),
 A(S+"/div[11]", "outside", "sidebar 'Related Mindful Goodies' widget holding an Amazon native shopping-ads script (amazon-adsystem onejs), filled by script"),
]
