from _dsl import *
FILE="wcxb/html/0390.html.gz"
# LogRocket Blog (WordPress, own theme) post 'I tested 5 AI CLI tools: Here's how they stack up': sticky nav bar (banner
# 'Advisory boards aren't only for executives. Join the LogRocket Content Advisory Board today →', logo, Blog / Features /
# Solutions menu, 'Start Monitoring for Free' nav button and 'Sign In' link); post header (date, read time, h1, author
# with bio); left sticky aside (table of contents, 'Introducing Galileo AI ... LEARN MORE' promo card); content column
# ('See how LogRocket's Galileo AI surfaces the most severe issues for you ... Check it out' card with a hidden video;
# text: intro, lead image, '🚀 Sign up for The Replay newsletter' box with a Ninja Forms form filled by script, five tool
# sections with code and screenshots, an in-text 'Over 200k developers use LogRocket ... Learn more →' card,
# comparison table, conclusion); 'Stop guessing about your digital experience with LogRocket / Get started for free'
# band; 'Recent posts:' with 4 post cards and a 'View all posts' button; comments (empty list, 'Leave a Reply' Jetpack
# comment form iframe); hidden Gravatar maps; 'developer community' popup (Yea / No Thanks, then 'Join LogRocket's Content
# Advisory Board ... Sign up now'); hidden Jetpack carousel overlay with its image-comment form. No ads, no ad
# configuration (the code-block divs hold the site's own product promos).
# Not labelled: nav menus and 'Sign In' link, author bio, table of contents, 'View all posts' button, hidden Gravatar
# maps, empty #popups mount, hidden Jetpack carousel overlay (and its comment form).
CC="/html/body/div[3]/div[1]/div"
TX=CC+"/div[2]"
related=[
 R("/html/body/div[3]/div[3]", "Recent posts:", 4, "after", note="'Recent posts:' with 4 post cards (title, excerpt, author, date) under the article"),
]
ctas=[
 C("other", "Advisory boards aren’t only for executives. Join the LogRocket Content Advisory Board today →", "outside", "/html/body/div[1]/div[1]", note="banner at the top of the sticky nav bar (code-block-5) linking to the Content Advisory Board sign-up"),
 C("other", "Start Monitoring for Free", "outside", "/html/body/div[1]/div[2]/div/div[2]/ul/li[1]", note="nav button 'Start Monitoring for Free' (li.nav-bar-cta, product sign-up); the 'Sign In' link beside it is not an ask"),
 C("other", "Introducing Galileo AI LogRocket’s Galileo AI watches every session, surfacing impactful user struggle and key", "outside", "/html/body/div[3]/div[1]/aside/div/div[2]", note="left sticky aside promo card (plug-gutter) 'Introducing Galileo AI ... LEARN MORE' under the table of contents"),
 C("other", "See how LogRocket's Galileo AI surfaces the most severe issues for you No signup required Check it out", "before", CC+"/div[1]", note="product promo card (plug-dev-top) above the text, with a hidden Wistia video"),
 C("newsletter", "🚀 Sign up for The Replay newsletter The Replay is a weekly newsletter for dev and engineering leaders.", "inline", TX+"/div[2]", note="'Sign up for The Replay newsletter' box after the intro and lead image (Ninja Forms form filled by script)"),
 C("other", "Over 200k developers use LogRocket to create better digital experiences Learn more →", "inline", TX+"/div[3]", note="in-text product promo card between rules (code-block-57) in the Qwen CLI section"),
 C("other", "Stop guessing about your digital experience with LogRocket Get started for free", "after", "/html/body/div[3]/div[2]", note="band under the article (code-block-52, footer-cta) with 'Get started for free' button"),
 C("comments", "Leave a Reply Cancel reply", "after", "/html/body/div[3]/div[5]", note="comments section: empty comment list and 'Leave a Reply' Jetpack comment form (iframe)"),
 C("other", "Would you be interested in joining LogRocket's developer community? Yea No Thanks", "outside", "/html/body/div[5]", amb=True, note="'developer community' popup (Yea / No Thanks, then Content Advisory Board 'Sign up now'), shown by script (convention 9.5)"),
]
ads=[]
