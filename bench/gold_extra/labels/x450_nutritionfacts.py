from _dsl import *
FILE="wcxb/html/0307.html.gz"
# NutritionFacts.org (nonprofit, WordPress) podcast episode page 'Keeping It Clean and Healthy': top navbar (logo, search,
# EN/ES); main menu (Video Library, Books, Resources, Subscribe, Donate, About drop-downs); page header 'Nutrition Facts
# with Dr. Greger' with iTunes / Android / RSS subscribe icons; podcast lead paragraph; episode (date, h1, summary,
# PowerPress player, 'Podcast: Play in new window | Download | Embed' line, 'Subscribe: Apple Podcasts | Android | Email |
# Google Podcasts | RSS' line, 'Subscribe to Podcast' / 'Discuss' buttons); collapsed 'Podcast Transcript' card (the
# spoken text, ending with the host's share/book/sign-up asks); Previous / Next podcast links; Disqus comments;
# 'Subscribe to the Nutrition Facts with Dr. Greger' modal; WPML language list; footer (headed link columns: videos,
# resources, books, 'Get the App', 'Support Us', 'Get Involved', 'Get Social', 'Subscribe', 'Help', 'Get in Touch';
# Guidestar/charity seal, 'We love our volunteers! Apply Now!'); Monarch share widgets (Pin It modal, floating sidebar,
# mobile button and panel). No ad slots ('no ads' site; GTM/analytics, OptinMonster and OneSignal scripts without
# elements).
# Not labelled: menus (incl. Subscribe/Donate drop-downs), search, language lists, podcast lead paragraph, player and its
# 'Play in new window | Download | Embed' links, the transcript (body, its closing asks are spoken text), footer columns
# for videos, resources, books, 'Get Involved' and 'Help', charity seals, OptinMonster/OneSignal/Zendesk scripts.
MN="/html/body/div[1]/div/main"
AR=MN+"/article"
FC="/html/body/footer/div/div[1]"
related=[
 R(MN+"/div[3]", None, 2, "after", note="Previous Podcast 'An Aspirin a Day?' / Next Podcast 'Fighting Depression' links"),
]
ctas=[
 C("follow", "", "before", MN+"/div[1]/nav", note="page-header podcast subscribe icons (iTunes, Android, RSS)"),
 C("follow", "Subscribe: Apple Podcasts | Android | Email | Google Podcasts | RSS", "inline", AR+"/div[1]/p[4]", note="PowerPress podcast subscribe links under the player, between the episode summary and the transcript"),
 C("other", "Subscribe to Podcast Discuss", "inline", AR+"/div[2]", note="button bar: 'Subscribe to Podcast' (opens the subscribe modal) and 'Discuss' (comments link); asks differ; between the summary and the transcript"),
 C("comments", "", "after", MN+"/div[4]", note="Disqus comments thread (podcast-comments, script-filled)"),
 C("follow", "Subscribe to the Nutrition Facts with Dr. Greger × By subscribing to this podcast, you will automatically receive", "outside", MN+"/div[5]", amb=True, note="hidden podcast subscribe modal (iTunes, Android, RSS, e-mail buttons, feed address, help) opened by the 'Subscribe to Podcast' button"),
 C("comments", "Discuss", "inline", AR+"/div[2]/a", amb=True, note="'Discuss' button of the two-ask bar above (convention 9.2 of 2026-12-06 early morning: a button of a two-ask bar is an ambiguous item of its own)"),
 C("app", "Daily Dozen iOS Daily Dozen Android Daily Dozen Daily Dozen Challenge", "outside", FC+"/div[2]/ul[1]", amb=True, note="footer 'Get the App' column (heading h3 is the previous sibling); 2 of its 4 links go to app stores: a menu holding an ask (convention 9.7)"),
 C("donate", "Donate Our Supporters Donor Rewards & Recognition Merch", "outside", FC+"/div[2]/ul[2]", amb=True, note="footer 'Support Us' link column (Donate first, mixed with supporter pages and merch)"),
 C("follow", "Facebook Twitter Pinterest Instagram YouTube Vimeo NutritionFacts.org 中文", "outside", FC+"/div[3]/ul[1]", note="footer 'Get Social' column of social profile links"),
 C("newsletter", "E-Mail Subscriptions Volunteer Newsletter Video RSS Feed Blog RSS Feed", "outside", FC+"/div[3]/ul[2]", amb=True, note="footer 'Subscribe' link column (e-mail subscriptions, newsletter, RSS feeds)"),
 C("contact", "Contact Us Press Speaking Inquiries Interview Inquiries", "outside", FC+"/div[4]/ul[2]", amb=True, note="footer 'Get in Touch' link column"),
 C("other", "We our volunteers! Apply Now!", "outside", "/html/body/footer/div/div[2]/div/div[2]", note="footer volunteer recruitment line with 'Apply Now!' link"),
 C("share", "Pin It on Pinterest", "outside", "/html/body/div[3]", amb=True, note="hidden Monarch 'Pin It on Pinterest' image-picker modal"),
 C("share", "", "outside", "/html/body/div[4]", note="Monarch floating share sidebar (Facebook, Twitter, …)"),
 C("share", "Share This Facebook Twitter", "outside", "/html/body/div[6]", amb=True, note="Monarch mobile share panel (hidden until its toggle button div[5] is tapped)"),
]
ads=[]
