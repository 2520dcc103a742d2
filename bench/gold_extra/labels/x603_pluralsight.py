from _dsl import *
FILE="wcxb/html/0059.html.gz"
# Pluralsight resources blog (AEM) article 'AWS vs Azure vs GCP: The big 3 cloud providers compared': unified header
# fragment (Sign in dropdown, desktop nav Explore / Software dev / Cloud / ..., right-hand bar 'Contact sales' + 'View plans'
# with a hidden plans dropdown; mobile copy in a hidden overlay with sign-in modal, nav, 'View plans' / 'Contact sales' and
# plans modal); hero image, breadcrumbs, h1, description, byline, date; body grid (side column with tag list and 'Subscribe
# to the newsletter' link; text column with three in-text house promos each made of an image, title/text boxes and a
# button between separators: 'Your keys to a better career' / 'Start a Free Trial', 'Get the Cloud Dictionary of Pain' /
# 'Get the Goods', 'WATCH: Solving The "No Experience" Cloud Hiring Problem' / 'Watch Now'; closing ask paragraph 'Looking
# for to learn more ...? Start a free trial ... subscribe to A Cloud Guru ... Facebook, Twitter, Discord'); hidden
# 'blog-cta-pop-up' modal 'Advance your tech skills today' with Free individual / team trial buttons; empty content-grid
# module; author bio; footer fragment (BrightEdge 'Related Pages' 3 links; footer columns Support / Community / Company /
# Industries; 'Get tech insights and updates' Sign up now with social icons; legal links).
# Not labelled: Sign in menus, nav menus, breadcrumbs, byline, tag list, the promos' images and their one-line title
# boxes, in-sentence links to other posts, author bio, footer link columns (menus), legal links. No ad slot on the page.
HD="/html/body/div[1]/div/div/div[2]/div/div/div/div/div"
TX="/html/body/div[1]/div/div/main/div/div/div[8]/div/div"
T=TX+"/div[2]/div"
FT="/html/body/div[1]/div/div/div[3]/div/div/div"
related=[
 R("/html/body/div[1]/div/div/main/div/div/div[9]", None, 0, "after", amb=True, note="empty 'content-grid' organism (only its CSS/JS includes) under the article, a content module filled by script"),
 R(FT+"/div[1]", "Related Pages", 3, "after|outside", note="BrightEdge 'Related Pages' link block at the top of the footer fragment: AWS vs Azure vs GCP Storage Services, ... Databases, Const, Readonly and Static Differences"),
]
ctas=[
 C("other", "Contact sales View plans For individuals For businesses For public sector", "outside", HD+"[2]/div[2]", note="desktop header bar 'Contact sales' + 'View plans' (plans dropdown hidden): two asks, convention 4 / 9.2"),
 C("contact", "Contact sales", "outside", HD+"[2]/div[2]/ul/li[1]", amb=True, note="'Contact sales' button of the header bar (9.2)"),
 C("subscribe", "View plans For individuals For businesses For public sector", "outside", HD+"[2]/div[2]/ul/li[2]", amb=True, note="'View plans' button of the header bar (9.2)"),
 C("other", "View plans Contact sales", "outside", HD+"[3]/div[2]/div/div[3]/div[2]", amb=True, note="mobile copy of 'View plans' / 'Contact sales' inside the hidden mobile overlay (9.3)"),
 C("newsletter", "Subscribe to the newsletter", "before|outside", TX+"/div[1]/div/div[3]", note="'Subscribe to the newsletter' link box in the side column under the tag list"),
 C("other", "Start a Free Trial", "inline", T+"/div[6]", note="in-text house promo button 'Start a Free Trial' (after 'Your keys to a better career' / 'Get started with ACG today ...')"),
 C("other", "Get started with ACG today to transform your career with courses and real hands-on labs", "inline", T+"/div[5]", amb=True, note="text box of the same promo, its 'Get started with ACG' link to pricing (the promo has no container of its own)"),
 C("other", "Get the Cloud Dictionary of Pain Speaking cloud doesn’t have to be hard.", "inline", T+"/div[20]", amb=True, note="text box of the 'Cloud Dictionary of Pain' lead-magnet promo (links to get.acloudguru.com)"),
 C("other", "Get the Goods", "inline", T+"/div[21]", note="'Get the Goods' button of the Cloud Dictionary of Pain promo (lead funnel)"),
 C("other", "WATCH: Solving The \"No Experience\" Cloud Hiring Problem", "inline", T+"/div[51]", amb=True, note="text box of the webinar promo 'WATCH: Solving The No Experience Cloud Hiring Problem'"),
 C("other", "Watch Now", "inline", T+"/div[52]", note="'Watch Now' button of the webinar promo"),
 C("other", "Looking for to learn more about cloud and the hottest skills in tech? Start a free trial", "after", T+"/div[62]", amb=True, note="closing paragraph of the text with asks: free trial, free training post, subscribe on YouTube, Facebook / Twitter / Discord (10.1)"),
 C("other", "Advance your tech skills today Access courses on AI, cloud, data, security, and more", "outside", TX+"/div[3]", amb=True, note="'blog-cta-pop-up' modal (#blog-cta-modal, visibility hidden until activated) with Free individual trial / Free team trial buttons (9.5)"),
 C("newsletter", "Get tech insights and updates Don’t miss the latest industry news, career resources, offers, and more. Sign up now", "outside", FT+"/div[2]/div/footer/ul/li[5]", note="footer last column 'Get tech insights and updates' with 'Sign up now' button (the social icons inside it labelled apart, 11.9)"),
 C("follow", "", "outside", FT+"/div[2]/div/footer/ul/li[5]/ul", note="footer social icons (Facebook, LinkedIn, ...)"),
]
ads=[]
