from _dsl import *
FILE="wcxb/html/4454.html.gz"
# The Wood Whisperer (WordPress/Elementor) video post '10 Easy Woodworking Projects (Compilation)': header (logo, main
# menu + dropdown copy, search with post-type select, second menu copy); content column (title, date, video embed,
# intro and 10 project sections each with a plan link, previous/next video links, an AdSense ins above the
# 'Discussion' comment area with form); right column 'Advertisers' (4 sponsor image banners + an AdSense ins); footer
# (logo, app/YouTube/Instagram/Facebook/Twitter icons, copyright, footer menu with 'Visit TWW Shop', affiliate
# disclaimer, an empty HTML widget section); cookie bar, cookie settings modal; empty Amazon Associates ad div.
# Not labelled: menus and search, the per-project plan links (body, kept in the wcxb ground truth), footer menu and
# affiliate disclaimer, empty footer HTML widget (no sign of its purpose), cookie bar and modal.
C1="/html/body/div[1]/section/div/div[1]/div"
ADV="/html/body/div[1]/section/div/div[2]/div/div/div/div/div/section/div/div/div"
related=[
 R(C1+"/div[3]", None, 2, "after", note="previous / next video links (Easy Scrap Wood Project…, Small Tweaks, Big Results…)"),
]
ctas=[
 C("comments", "Discussion Leave a comment Cancel reply", "after", C1+"/div[4]/div/div[2]", note="'Discussion' comment section (no comments yet) with the reply form"),
 C("follow", "Mobile-alt Youtube Instagram Facebook-f Twitter", "outside", "/html/body/footer/section[1]/div/div/div/section/div/div[2]", note="footer icons: apps page, YouTube, Instagram, Facebook, Twitter"),
]
ads=[
 A(C1+"/div[4]/div/div[1]", "after", "div.gad-test with an AdSense ins above the comment section"),
 A(ADV+"/div[2]", "outside", "right-column 'Advertisers' sponsor banner: Bell Forest (utm ad link)"),
 A(ADV+"/div[3]", "outside", "right-column 'Advertisers' sponsor banner: Woodcraft"),
 A(ADV+"/div[4]", "outside", "right-column 'Advertisers' sponsor banner: Makrs (ref=TWW)"),
 A(ADV+"/div[5]", "outside", "right-column 'Advertisers' sponsor banner: CR Lumber"),
 A(ADV+"/div[6]", "outside", "right-column AdSense ins under the sponsor banners"),
 A("/html/body/div[7]", "outside", "empty Amazon Associates native ad div (amzn-assoc-ad-…) at the end of body"),
]
