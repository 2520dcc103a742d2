from _dsl import *
FILE="wcxb/html/4684.html.gz"
# Game Informer (Drupal 'gi5' theme) list article 'The Best Board Games of 2025': top bar (logo, header social icons, main
# nav incl. 'Read the Magazine', SUBSCRIBE button, search/account/menu icons), search and account dropdowns, slide-in
# hamburger with 'Follow Us' icons; main: empty announcement-subscription block, overlay with mobile 'Share / Follow Us'
# float + hidden share and follow dialogs, full-width row (empty article-video and interstitial ad fields, 'tabletop' bug),
# article (title, byline, empty game-details widget, empty leaderboard ad field; left sticky rail: empty subscribe block +
# Share / Post / Tweet / Email / Comment buttons; text: intro + 10 game entries; author footer with Email / Twitter links;
# right sticky rail: empty MPU ad field), footer row (empty 'get the magazine' block, 'Popular Content' 10 teasers), Disqus
# comments row, leaderboard-b ad field; page footer (social icons, footer menu incl. Subscribe / Advertising, copyright).
# Ad fields are empty 'async-load' containers (filled by script).
# Not labelled: navs, search/account dropdowns, 'tabletop' section bug, empty game-details widget, empty right-rail div,
# in-text 'head here for slightly more' link, footer menu.
M="/html/body/div[2]/div/main/div/div/div[2]"
B=M+"/div[4]"
related=[
 R(B+"/div[3]/div[2]", "Popular Content", 10, "after", note="'Popular Content' list of 10 teasers (features, news, a review) under the article"),
]
ctas=[
 C("follow", "Twitter Facebook Instagram Twitch YouTube TikTok", "outside", "/html/body/div[2]/div/div/header/div/div[2]", note="header social icons"),
 C("subscribe", "SUBSCRIBE", "outside", "/html/body/div[2]/div/div/header/div/div[4]/div[1]", note="header 'SUBSCRIBE' button (header-newsletter-promo, links to /subscribe)"),
 C("follow", "Follow Us Twitter Facebook Instagram Twitch YouTube Tiktok", "outside", "/html/body/div[2]/div/div/div[3]/div/div[1]/div[2]", amb=True, note="'Follow Us' icons in the hidden slide-in hamburger menu"),
 C("subscribe", "", "before|outside", "/html/body/div[2]/div/main/div/div/div[1]/div", amb=True, note="empty announcement-subscription block above the content (async-load)"),
 C("share", "Share Follow Us", "before|outside", M+"/div[2]/div/div[1]/div", note="mobile floating 'Share' / 'Follow Us' buttons"),
 C("share", "Share Close Post Tweet Email", "outside", M+"/div[2]/div/div[2]", amb=True, note="hidden share dialog (Facebook, X, e-mail, copy link)"),
 C("follow", "Follow Us Close Twitter Facebook Instagram Twitch YouTube", "outside", M+"/div[2]/div/div[3]", amb=True, note="hidden 'Follow Us' dialog with social links"),
 C("subscribe", "", "before|outside", B+"/div[2]/div[1]/div[1]", amb=True, note="empty subscribe-sidebar block at the top of the left sticky rail (async-load)"),
 C("share", "Share FacebookPost TwitterTweet EmailEmail CommentComment", "before|outside", B+"/div[2]/div[1]/div[2]", note="left sticky share rail: Facebook, X, e-mail, Comment (jump to comments)"),
 C("follow", "Email Twitter", "after", B+"/div[2]/div[2]/div[5]/div/div/div/div/div/div[3]", amb=True, note="author-footer e-mail and Twitter links (author bio)"),
 C("subscribe", "", "after", B+"/div[3]/div[1]", amb=True, note="empty 'get the magazine' block under the article (async-load)"),
 C("comments", "", "after", B+"/div[4]/div[2]", note="Disqus comments row (empty #disqus_thread)"),
 C("follow", "Twitter Facebook Instagram Twitch YouTube TikTok", "outside", "/html/body/div[2]/footer/div[1]", note="footer social icons"),
]
ads=[
 A(M+"/div[3]/div[1]", "before|outside", "empty ad-content-article-video field (async-load) in the full-width row above the article"),
 A(M+"/div[3]/div[2]", "outside", "empty ad-content-article-interstitial field (async-load)"),
 A(B+"/div[1]/div[4]", "before", "empty ad-content-article-leaderboard field (async-load) under the byline"),
 A(B+"/div[2]/div[3]/div[2]", "outside", "empty ad-content-article-mpu field (async-load) in the right sticky rail"),
 A(B+"/div[5]", "after|outside", "empty ad-content-article-leaderboard-b field (async-load) below the comments"),
]
