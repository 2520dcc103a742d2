from _dsl import *
FILE="wcxb/html/0231.html.gz"
# Riverside (riverside.com, Webflow) blog post 'Top 10 Live Streaming Platforms (+ How to Choose the Right One)': empty
# announcement-banner list ('No items found.'); header (logo, Product / Solutions / Resources dropdowns, For Business,
# Pricing, language switch; right links: search, language, 'Contact Sales' (book-demo), 'Login', 'Start for Free' button;
# mobile search overlay with a hidden list of 100 blog titles for search suggestions); hero (breadcrumb, h1, intro,
# author, date, reviewer, image); article column: hidden mobile byline row with a share pop-up, 'Key takeaways', text
# with 10 platform sections (YouTube videos, user-review quotes, 'Tip:' boxes, three 'Read: <link>' blockquotes, a Tip
# box ending 'Read our article <link> for a step-by-step tutorial'), Riverside's own section, choosing guide, FAQs;
# 'Never miss another article' newsletter box; author bio; category badge + 'Share this post:' bar; hidden (w-condition-
# invisible) tip, 'Further reading' and text-CTA shells; right sidebar (sticky promo 'Livestream, Record & Repurpose with
# Riverside' + 'Try Riverside for Free', 'Share this post:' icons); hidden (hdn) share block with 'Online podcast & video
# studio / Get Started'; 'Keep reading' band (3 posts); 'Riverside resources' band (2 tool pages); bottom CTA 'Start
# creating with Riverside'; footer (link columns, 'Podcast guides' list of 4 posts, App Store / Google Play badges and
# social icons, desktop + mobile copy).
# Not labelled: menus and dropdowns, language switchers, 'Login' link, hidden search-suggestion list (a search index of
# 100 posts, an archive), breadcrumb, author/reviewer links, author bio, category badge, empty hidden shells ('Further
# reading' with href '#', text-CTA, tip), hidden 'Live streaming' lists, empty footer social mounts, footer link columns,
# Zendesk/Rewardful/analytics scripts. No ad slots: the page carries no ad markup or ad scripts.
B="/html/body/div[4]/div/div/div/div[1]/div/div[3]"
RT=B+"/div[3]"
SB="/html/body/div[4]/div/div/div/div[2]/div"
FT="/html/body/div[5]/div[1]"
related=[
 R(RT+"/blockquote[3]", None, 1, "inline", amb=True, note="'Tip:' box: 'Use Riverside to go live on Facebook ... Read our article How to Live Stream on Facebook for a step-by-step tutorial' (pointer inside a sentence, 10.10; kept in the wcxb ground truth)"),
 R(RT+"/blockquote[4]", None, 1, "inline", note="blockquote 'Read: How to Go Live on Instagram' (lead-in label + link, 11.4; kept in the wcxb ground truth)"),
 R(RT+"/blockquote[5]", None, 1, "inline", note="blockquote 'Read: How to Live Stream on Twitch'"),
 R(RT+"/blockquote[7]", None, 1, "inline", note="blockquote 'Read: How to Successfully Go Live on LinkedIn'"),
 R("/html/body/div[4]/section[2]", "Keep reading", 3, "after|outside", note="'Keep reading' band of 3 post cards (live streaming apps, streaming webcams, streaming software) below the article"),
 R("/html/body/div[4]/section[3]", "Riverside resources", 2, "after|outside", amb=True, note="'Riverside resources' band: 2 cards linking to the site's tool pages (Live Streaming Software, Multistreaming software) — product pages, not articles (10.4)"),
 R(FT+"/div[2]/div/div[2]/div[2]", "Podcast guides", 4, "outside", amb=True, note="footer 'Podcast guides' list of 4 blog guides (footer list: a reader could take it as navigation)"),
]
ctas=[
 C("other", "Contact Sales Login Start for Free", "outside", "/html/body/div[3]/div/div[2]/div[1]/nav/div[2]/div", note="header right links: search, language, 'Contact Sales' (book-demo), 'Login', 'Start for Free' button (bar of mixed asks, convention 4)"),
 C("other", "Contact Sales", "outside", "/html/body/div[3]/div/div[2]/div[1]/nav/div[2]/div/a[1]", amb=True, note="header 'Contact Sales' link to the book-demo page (button of the bar, 9.2)"),
 C("other", "Start for Free", "outside", "/html/body/div[3]/div/div[2]/div[1]/nav/div[2]/div/a[3]", amb=True, note="header 'Start for Free' sign-up button beside 'Login' (11.7; button of the bar, 9.2)"),
 C("share", "Linkedin Twitter Facebook Email Link Copy Link", "before", "/html/body/div[4]/div/div/div/div[1]/div/div[2]/div/div[2]", amb=True, note="share pop-up (display:none) of the byline row, which is itself a hidden mobile copy (mobile is--hidden)"),
 C("newsletter", "Never miss another article Highly curated content, case studies, Riverside updates, and more.", "after", B+"/div[5]", note="'Never miss another article' e-mail box with Subscribe button (HubSpot form) under the text"),
 C("share", "Share this post:", "after", B+"/div[7]/div[4]", note="'Share this post:' LinkedIn / Twitter / Facebook / copy-link bar under the author box"),
 C("other", "Livestream, Record & Repurpose with Riverside Stream your live session in Full HD", "outside", SB+"/div[1]", note="sticky sidebar promo box with 'Try Riverside for Free' button"),
 C("share", "Share this post:", "outside", SB+"/div[2]", note="sidebar 'Share this post:' icons (LinkedIn, Twitter, Facebook, copy link)"),
 C("share", "", "outside", "/html/body/div[4]/div/div/div/div[3]", amb=True, note="hidden (hdn) share block: LinkedIn / Twitter / Facebook / copy icons, holding the sidebar CTA below"),
 C("other", "Online podcast & video studio Get Started", "outside", "/html/body/div[4]/div/div/div/div[3]/div[2]", amb=True, note="'Online podcast & video studio / Get Started' box inside the hidden share block (11.9: two widgets)"),
 C("other", "Start creating with Riverside Turn your best ideas into your best content yet. Get started", "after|outside", "/html/body/section", note="full-width bottom CTA band 'Start creating with Riverside' with 'Get started' button, above the footer"),
 C("follow", "", "outside", FT+"/div[3]/div[4]", note="footer social icons (desktop): Facebook, YouTube, Twitter, LinkedIn, Instagram, TikTok"),
 C("follow", "", "outside", FT+"/div[2]/div/div[2]/div[4]", amb=True, note="footer social icons, mobile copy (c-social-block is--mobile, 9.3)"),
 C("app", "", "outside", FT+"/div[2]/div/div[2]/div[3]/div/div", note="footer App Store / Google Play badges (c-mobile-apps-certificate in the is--desktop column; an omission of the blind labels)"),
 C("app", "", "outside", FT+"/div[2]/div/div[2]/div[1]/div/div", amb=True, note="footer App Store / Google Play badges, mobile copy (c-mobile-apps-certificate in the is--mobile column, 9.3)"),
]
ads=[]
