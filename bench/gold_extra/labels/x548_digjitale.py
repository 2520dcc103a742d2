from _dsl import *
FILE="wcxb/html/0391.html.gz"
# Digjitale Signal (beehiiv newsletter site) post 'Digjitale Signal #18 – The World Without Work?': toaster region; nav bar
# (logo, Search, Login, Sign Up); empty flex div; post header (Home / Posts breadcrumbs, h1, subtitle, author, date,
# reading time); content: 'In partnership with' Roku Ads Manager logo (beehiiv ad network), intro, news sections
# separated by rules (A World without work?, Kosovo CX hub, Coursera and Udemy, OpenAI images, Gemini 3 Flash, ChatGPT
# app store, Oracle and TikTok), between them the sponsored section 'Find customers on Roku this holiday season'
# (heading, image link, two paragraphs and a 'Use code GET5K now' link, all with beehiiv ad-network tracking:
# utm_medium=paid_newsletter, _bhiiv=opp_…), 'Upcoming Events' list, closing 'Collaborate with us' section (sponsorship
# pitch with two e-mail links); 'Keep Reading' (No posts found, View more); footer (Signal by Digjitale blurb and
# Subscribe form, copyright, Report abuse / Privacy / Terms, Powered by beehiiv); fixed bottom post-like form.
# Not labelled: toaster region, breadcrumbs, author/date, 'Upcoming Events' list (body: event links), footer legal
# links and 'Powered by beehiiv' badge.
CD="/html/body/div[3]/div/section/div/div[2]/div"
related=[
 R("/html/body/div[3]/div/section/div/div[3]", "Keep Reading", 0, "after", amb=True, note="'Keep Reading' block under the post: 'No posts found' and a 'View more' link (no items in the HTML)"),
]
ctas=[
 C("share", "", "before", "/html/body/div[3]/div/section/div/div[1]/div/div/div[1]/div[3]/div/div/div[2]", note="react-share row of four share buttons in the post header; added after the reading of S (an omission)"),
 C("newsletter", "Search Login Sign Up", "outside", "/html/body/nav/div/div/div[3]", note="nav bar buttons in one bar: Search, Login and 'Sign Up' (main ask: newsletter sign-up; convention 4)"),
 C("contact", "Ready to get noticed? Explore sponsorship opportunities and join the conversation shaping tomorrow’s", "after", CD+"/div[58]", note="closing 'Collaborate with us' section: sponsorship pitch asking advertisers to send an e-mail (two e-mail links); heading div[56] and pitch div[57] are its siblings (no common container, convention 9.1)"),
 C("contact", "Collaborate with us", "after", CD+"/div[56]", amb=True, note="heading 'Collaborate with us' of the sponsorship section (sibling of the ask div[58])"),
 C("contact", "Get your brand in front of a fast-growing audience of founders, investors, innovators, and tech profess", "after", CD+"/div[57]", amb=True, note="first paragraph of the sponsorship section (sibling of the ask div[58])"),
 C("newsletter", "Signal by Digjitale Digjitale Signal — A weekly briefing curated by entrepreneur Çelik Nimani", "outside", "/html/body/div[4]/div/section/div/div[1]", note="footer blurb 'Signal by Digjitale' with e-mail Subscribe form and consent line"),
 C("other", "0", "outside", "/html/body/div[5]", amb=True, note="fixed bottom bar with the post-like form (post_like, like count 0, script-filled post-actions button)"),
]
ads=[
 A(CD+"/div[1]", "before", "'In partnership with' sponsor logo (Roku Ads Manager, beehiiv ad-network logo and tracked link, utm_medium=paid_newsletter) at the top of the content"),
 A(CD+"/div[25]", "inline", "heading 'Find customers on Roku this holiday season' opening the sponsored section (beehiiv ad network; the section's parts div[25]-div[29] have no container of their own)"),
 A(CD+"/div[26]", "inline", "sponsored section: Roku image linking the advertiser (ad-network tracking link)", amb=True),
 A(CD+"/div[27]", "inline", "sponsored section: paragraph on Roku Ads Manager with tracked advertiser link", amb=True),
 A(CD+"/div[28]", "inline", "sponsored section: 'Bonus: we're gifting you $5K in ad credits …' paragraph", amb=True),
 A(CD+"/div[29]", "inline", "sponsored section: 'Use code GET5K now' advertiser link", amb=True),
]
