from _dsl import *
FILE="trafilatura-eval/html/eatwhattonight.com.stir.html.gz"
# eatwhattonight.com (Singapore food blog, WPZOOM Cookely theme) recipe post 'Vegan Styled Char Kway Teow': header with
# social icons and menus; post (intro text, two photos, recipe card), empty Jetpack 'Related' box, share row, prev/next,
# comment form; right sidebar (bio, shop image, Instagram feed, Most Viewed/Most Commented tabber, search, categories,
# archive, social icons, YouTube playlist, shop tile, three empty 'ga_NNNN' ad divs with 300px 'report ad' lines);
# footer (Follow us, Recent Posts, Mailchimp e-mail form, Instagram feed, footer menu); sticky Mailchimp top bar.
# Not labelled: menus, 'Jump to Recipe'/'Print Recipe' buttons, recipe-card Pin/Print, sidebar bio 'Read More',
# search, categories, archive, footer menu, back-to-top.
A_="/html/body/div[1]/div/main/div/article/section"
S="/html/body/div[1]/div/main/section"
F="/html/body/div[1]/footer"
related=[
 R(A_+"/div[1]/div[3]", "Related", 0, "after", amb=True, note="Jetpack related-posts box: heading only, items filled by script"),
 R(A_+"/div[3]", None, 2, "after", note="previous/next post links with thumbnails"),
 R(S+"/div[5]/div[1]/div[1]", "Most Viewed", 5, "outside", note="sidebar tabber, first tab: popular recipes with view counts"),
 R(S+"/div[5]/div[1]/div[2]", "Most Commented", 5, "outside", amb=True, note="sidebar tabber, second (hidden) tab"),
 R(F+"/div[1]/div/div[2]", "Recent Posts", 3, "outside", note="footer column, recent posts with thumbnails"),
]
ctas=[
 C("follow", "facebook instagram mail rss pinterest youtube", "outside", "/html/body/div[1]/header/div[2]/div/div[2]/div[1]", note="header social icons"),
 C("share", "Twitter Facebook Pinterest Print", "after", A_+"/div[2]", note="share row under the post"),
 C("comments", "Leave a Comment", "after", A_+"/div[4]", note="comment form"),
 C("other", "COOKIES ONLINE STORE", "outside", S+"/div[3]", note="sidebar image link to the author's cookie shop"),
 C("follow", "Instagram View on Instagram", "outside", S+"/div[4]", amb=True, note="sidebar Instagram feed with 'View on Instagram' profile link"),
 C("follow", "Connect With Me facebook instagram mail rss pinterest youtube", "outside", S+"/div[10]", note="sidebar social icons"),
 C("follow", "CATCH ON YOUTUBE / IGTV", "outside", S+"/div[11]", amb=True, note="sidebar embedded YouTube channel playlist"),
 C("other", "Shop", "outside", S+"/div[12]", note="sidebar 'Shop' image tile linking to the cookie shop"),
 C("follow", "Follow us facebook instagram mail rss pinterest youtube", "outside", F+"/div[1]/div/div[1]/div[1]", note="footer social icons widget"),
 C("newsletter", "Subscribe to Blog Via Email", "outside", F+"/div[1]/div/div[3]", note="footer Mailchimp e-mail sign-up form"),
 C("follow", "Instagram View on Instagram", "outside", F+"/section", amb=True, note="footer Instagram feed strip"),
 C("newsletter", "Sign-up now - don't miss the fun!", "outside", "/html/body/div[2]", note="sticky Mailchimp top bar (shown by script)"),
]
ads=[
 A(S+"/div[1]", "outside", "empty custom-HTML widget holding div#ga_12262511 (ad tag, script removed)", amb=True),
 A(S+"/div[7]", "outside", "empty custom-HTML widget: div#ga_12262512 + 300px-wide line under it", amb=True),
 A(S+"/div[13]", "outside", "empty custom-HTML widget: div#ga_12262518 + 300px-wide line under it", amb=True),
]
