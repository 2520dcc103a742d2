from _dsl import *
FILE="trafilatura-eval/html/nationnews.com-tridents.html.gz"
# Nation News Barbados (Tecnavia WordPress theme) sports story 'Tridents' challenge': header (ad-script banner row, logo,
# clock, weather iframe, social icons, e-paper cover link), main nav + drop-menu copy, WPAS ad zone under the logo;
# article (category/date line, a2a share counter, title, byline, image, 'Social Share' bar, five paragraphs, then the
# 'Subscribe now to our eNATION edition' teaser-end line and the app-download line); comment form; bottom-of-post
# widgets (empty Taboola container, two WPAS zones); 'RELATED NEWS' and 'LAST NEWS' teaser columns; sidebar
# ('recommended' heading over an empty Froomle widget, three GPT 336x280 slots, e-edition and Workbook cover links,
# Cartoon served through a WPAS zone, Facebook page plugin, Twitter timeline, WPAS zone, a2a share kit); footer (WPAS
# zone, site index, Services contact, Subscribe/follow line, General Info, Legal, WPAS pop-up zone); empty video modal.
# Not labelled: navs (incl. 'Print Subscription' menu link), breadcrumbs, weather iframe, the per-teaser hidden 'Social
# Share' overlays inside the teaser lists (part of the items), the empty #custom_html-20 widget, the chat script, the
# video modal, page-level AdSense auto ads (script only).
M="/html/body/section[2]/div/div/div[1]"
S="/html/body/section[2]/div/div/div[2]"
F="/html/body/section[3]/div/div"
related=[
 R(M+"/div[3]/div/div", "RELATED NEWS", 6, "after", note="'RELATED NEWS' column with 6 teasers (image, category, title, excerpt, date)"),
 R(M+"/div[4]/div/div", "LAST NEWS", 6, "after", note="'LAST NEWS' column with 6 latest teasers (the first is this story itself)"),
 R(S+"/div[2]", "recommended", 0, "outside", amb=True, note="empty Froomle recommendations widget (data-list=recommended, 4 items by script); its 'recommended' heading is the sibling div.title"),
]
ctas=[
 C("follow", "", "outside", "/html/body/section[1]/div[1]/div[2]/div[3]/div/div/table/tr/td[2]", note="header icon links: RSS, Instagram, YouTube, Twitter, Facebook"),
 C("subscribe", "", "outside", "/html/body/section[1]/div[1]/div[2]/div[3]/div/div/table/tr/td[3]", amb=True, note="header e-paper cover image linking to the e-edition landing page"),
 C("share", "", "before", M+"/article/div[2]", note="a2a Facebook share counter at the top right of the article"),
 C("share", "Social Share", "before", M+"/article/div[6]", note="'Social Share' bar (Facebook, Google+, Twitter, LinkedIn, Pinterest, WhatsApp, Reddit, Buffer) under the lead image"),
 C("subscribe", "Subscribe now to our eNATION edition for the full story.", "after", M+"/article/p[7]", note="teaser-end line sending to the e-edition"),
 C("app", "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android .", "after", M+"/article/p[8]", note="app-download line with iOS / Android links"),
 C("comments", "Leave a Comment Cancel reply Your email address will not be published.", "after", M+"/div[1]", note="comment form"),
 C("subscribe", "e-edition", "outside", S+"/section[3]", note="sidebar 'e-edition' widget with the cover of today's e-paper"),
 C("other", "Workbook", "outside", S+"/section[4]", amb=True, note="sidebar 'Workbook' cover image linking to the Workbook special publication"),
 C("follow", "The Nation Barbados", "outside", S+"/section[6]", note="sidebar Facebook page plugin"),
 C("follow", "@Follow me Tweets by @NationBarbados", "outside", S+"/section[7]", note="sidebar '@Follow me' Twitter timeline"),
 C("share", "", "outside", S+"/section[11]", note="sidebar a2a share kit (Facebook, Twitter, Pinterest, Telegram)"),
 C("contact", "Services For information about this website or content published please contact the Webmaster or Online Editor", "outside", F+"/div[3]/div", note="footer 'Services' block with Webmaster / Online Editor / News Room e-mail links"),
 C("follow", "Subscribe Subscribe to NationNews with our Webfeed. Follow us on Facebook and Twitter .", "outside", F+"/div[4]/div[1]", amb=True, note="footer 'Subscribe' line: webfeed plus Facebook / Twitter links in running text"),
]
ads=[
 A("/html/body/section[1]/div[1]/div[1]", "before|outside", "header banner row holding only ad scripts (AdSense auto ads, GPT slot definitions, apstag); no slot element", amb=True),
 A("/html/body/section[1]/div[3]", "before|outside", "WPAS ad zone 5 (ins data-wpas-zoneid) between logo and menu"),
 A(M+"/div[2]/section[1]", "after", "empty Taboola 'mid-article thumbnails' container under the comment form"),
 A(M+"/div[2]/section[2]/div/ins[1]", "after", "WPAS zone 528 (middle_post_content) under the post"),
 A(M+"/div[2]/section[2]/div/ins[2]", "after", "WPAS zone 532 under the post"),
 A(S+"/section[1]", "outside", "sidebar GPT 336x280-2 slot"),
 A(S+"/section[2]", "outside", "sidebar GPT 336x280-1 slot"),
 A(S+"/section[5]", "outside", "sidebar 'Cartoon' widget: heading over WPAS zone 39 (the cartoon comes through the ad server)", amb=True),
 A(S+"/section[8]", "outside", "sidebar WPAS zone 7"),
 A(S+"/section[10]", "outside", "sidebar GPT 336x280-3 slot"),
 A(F+"/div[1]/div[1]", "outside", "footer WPAS zone 457"),
 A(F+"/div[5]/div[2]", "outside", "footer WPAS pop-up zone 160 (data-wpas-is-popup)"),
]
