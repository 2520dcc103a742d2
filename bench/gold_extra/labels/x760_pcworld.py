from _dsl import *
FILE="wcxb/html/4603.html.gz"
# PCWorld (Foundry, WordPress idg-base-theme; scripts stripped, GPT/Taboola/Nativo mounts left empty) best-picks round-up
# 'Tested! The best security cameras for keeping your home safe': sticky top div#gpt-leaderboard-1; hidden mobile menu
# (#mobileNav: copy of the main menu incl. 'Client Content' guides, 'Newsletters', 'Digital Magazine – Subscribe'); header
# (Menu button, logo, main menu News / Best Picks / Reviews / How-To / Deals / ... / 'Client Content' drop-down of BrandPosts
# and eleven sponsored brand buying guides, search; 'Hot Topics' row of best-of article links + 'Newsletters'; social icons
# Facebook / X / YouTube / LinkedIn; affiliate disclaimer); div#gpt-contenthub-article-1; breadcrumbs; article header (h1,
# dek, byline); left column: hero image, empty #post-toc, text: intro, empty #fsb_placeholder, GPT slot mainbod-1, h2 'Best
# home security camera reviews' over a product chart of 12 entries (title, pros/cons, 'Best Prices Today' price box with
# affiliate 'View Deal' / 'Check' buttons, 'Who should buy...' text, 'Read our full X review' line) with a GPT slot after
# each entry (mainbod-2..13); 'Other notable security cameras we've tested' paragraph of review links; GPT mainbod-14;
# 'How we test' box (ending 'To learn more, read our article about how we test...'); 'How to choose' sections with an empty
# JW Player mount, empty #taboola-mid-article-thumbnails, two empty div.hellobar, two empty Miso mounts
# (#miso-smart-answers-faq, #miso-ipp), empty div#nativo1, GPT mainbod-15..19, pointer sentences to TechHive/Macworld
# articles; FAQ block; 'Related content' box of seven links; then empty #newsletter-end and #nativo2; author box with
# 'Recent stories by Michael Ansaldo:' (3); right column: sticky GPT right rail; after main: GPT leaderboardfoot-1 and an
# empty Taboola feed container; footer (tagline, social icons, Policies / About / Categories link columns, 'Subscribe'
# column: Digital Magazine - Subscribe / Digital Magazine - Info / Gift Subscription / Newsletters); footer base (Foundry
# copyright, 'Explore the Foundry Network +' select).
# Not labelled: menus (incl. the 'Newsletters' and 'Digital Magazine – Subscribe' entries among nav links, and 'Newsletters'
# in the Hot Topics row), search, affiliate disclaimer (notice), breadcrumbs, #post-toc (table of contents), the empty
# #fsb_placeholder (no ad word, no repeated slot markup, 10.3), the JW Player mount (body video), pros/cons and
# 'Who should buy' texts (entry content), links on product names inside ordinary sentences (the 'Other notable security
# cameras' paragraph, FAQ answers naming the Arlo / Wyze / Eufy picks, 'plenty of headlines about hackers', 'Nest Cam
# (indoor, wired)', 'Ring Spotlight Cam Pro', 'Arlo SecureLink technology'), the author bio and byline links, footer Policies /
# About / Categories columns, Foundry network select, the empty primaryNav-actions list, lightbox containers.
LW="/html/body/div[4]/main/article/section/div/div[1]/div[2]/div[2]"
ED="/html/body/div[4]/main/article/section/div/div[1]/div[2]"
PC=LW+"/div[3]"
related=[
 R(PC+"/div[2]/p", None, 1, "inline", note="entry 1 'Arlo Pro 5S 2K – Best home security camera overall': line set apart (p.product-chart-review-link) 'Read our full Arlo Pro 5S 2K (model number VMC4060P) review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[5]/p", None, 1, "inline", note="entry 2 'Nest Cam (battery, 2021) – Best security camera for Google Nest smart homes': line set apart (p.product-chart-review-link) 'Read our full Nest Cam (Battery) review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[8]/p", None, 1, "inline", note="entry 3 'Ring Stickup Cam Pro – Best indoor/outdoor home security camera for Ring/Alexa smart homes': line set apart (p.product-chart-review-link) 'Read our full Ring Stick Up Cam Pro review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[11]/p", None, 1, "inline", note="entry 4 'Eufy Security Indoor Cam (model C220) – Best value in indoor pan/tilt security cameras': line set apart (p.product-chart-review-link) 'Read our full Eufy Security Indoor Cam (model C220) review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[14]/p", None, 1, "inline", note="entry 5 'Eufy SoloCam S340 – Best outdoor pan/tilt security camera': line set apart (p.product-chart-review-link) 'Read our full Eufy Security SoloCam S340 review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[17]/p", None, 1, "inline", note="entry 6 'Wyze Cam v4 – Best budget indoor security camera': line set apart (p.product-chart-review-link) 'Read our full Wyze Cam v4 review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[20]/p", None, 1, "inline", note="entry 7 'Blink Mini 2 – Best budget-priced indoor security camera runner-up': line set apart (p.product-chart-review-link) 'Read our full Blink Mini 2 review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[23]/p", None, 1, "inline", note="entry 8 'Eufy Floodlight Camera E340 – Best security cam/floodlight combo': line set apart (p.product-chart-review-link) 'Read our full Eufy Floodlight Cam E340 review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[26]/p", None, 1, "inline", note="entry 9 'Ring Floodlight Cam Pro – Best security cam/floodlight combo runner-up': line set apart (p.product-chart-review-link) 'Read our full Ring Floodlight Cam Wired Pro review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[29]/p", None, 1, "inline", note="entry 10 'Blink Wired Floodlight Camera – Best budget-priced security camera/floodlight combo': line set apart (p.product-chart-review-link) 'Read our full Blink Wired Floodlight Cam review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[32]/p", None, 1, "inline", note="entry 11 'Safemo Set P1 – Best solar-powered security camera kit': line set apart (p.product-chart-review-link) 'Read our full Safemo Set P1 review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"),
 R(PC+"/div[35]/p", None, 1, "inline", note="entry 12 'Baseus S1 Pro – Best solar-powered security camera kit runner-up': line set apart (p.product-chart-review-link) 'Read our full Baseus S1 Pro review' linking the full review (10.10 / 11.4, as x653's per-entry review links)"), R(LW+"/div[5]/p[3]", None, 1, "inline", amb=True, note="'How we test home security cameras' box: 'To learn more, read our article about how we test home security cameras at TechHive.' (pointer written into an ordinary sentence, 10.10/11.4)"),
 R(LW+"/p[10]", None, 1, "inline", amb=True, note="HomeKit Secure Video paragraph closing 'You can read more about HomeKit Secure Video on our sister site, Macworld.' (pointer sentence inside a paragraph, to a sister site's article)"),
 R(LW+"/p[15]", None, 1, "inline", amb=True, note="'You'll find an in-depth explanation of how motion detection works in this article.' alone in its paragraph (ordinary sentence, 11.4; TechHive article)"),
 R(LW+"/div[18]/div[4]/div/div/p", None, 1, "inline", amb=True, note="FAQ answer 'What is cloud video storage...' closing 'For more, check out our comparison of all the major security camera subscription plans.' (pointer sentence inside an answer, 10.10)"),
 R(LW+"/div[19]", "Related content", 7, "after", note="'Related content' box at the end of the text: four best-of guides (video doorbells, DIY home security systems, smart locks, smart home systems) and three section pages (reviews, how-tos, news)"),
 R(ED+"/div[5]/div/div[2]", "Recent stories by Michael Ansaldo:", 3, "after", note="author box 'Recent stories by Michael Ansaldo:' list of three stories (video doorbells, Desloc smart locks, Chamberlain smart lock)"),
 R("/html/body/div[4]/header/div[2]/div/div[1]/div", "Hot Topics", 7, "outside", amb=True, note="header 'Hot Topics' row: links to seven best-of/deals articles (Best laptops, Best VPN, Best antivirus, Best SSDs, Best monitors, Laptop deals, Desktop PC deals) plus 'AI PCs' microsite and 'Newsletters' page; a nav row a reader may take as menu (as x722's menu drop-downs of posts)"),
 R("/html/body/div[4]/header/div[1]/div[1]/div[2]/ul/li[15]", "Client Content", 11, "outside", sponsored=True, amb=True, note="main-menu drop-down 'Client Content': BrandPosts hub and eleven sponsored brand buying guides (1Password, Avast, Dell, ECOVACS, GIGABYTE, MSI, Norton x2, ROG, T-Mobile, ZOTAC); a hidden menu drop-down of paid posts (as x722; x720 read a sponsor's menu entry as an amb ad)"),
 R("/html/body/div[2]/div[2]/ul/li[15]", "Client Content", 11, "outside", sponsored=True, amb=True, note="hidden mobile-menu copy (#mobileNav) of the 'Client Content' drop-down of sponsored buying guides (9.3)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[4]/header/div[2]/div/div[2]", note="header social icons 'Follow us on' Facebook / X / YouTube / LinkedIn at the right of the Hot Topics row"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[2]/div[3]", amb=True, note="entry 1 'Arlo Pro 5S 2K – Best home security camera overall': 'Best Prices Today' price-comparison box ($119.99 View Deal (Best Buy); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[5]/div[3]", amb=True, note="entry 2 'Nest Cam (battery, 2021) – Best security camera for Google Nest smart homes': 'Best Prices Today' price-comparison box (Google Nest $179.99 View Deal; affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[8]/div[3]", amb=True, note="entry 3 'Ring Stickup Cam Pro – Best indoor/outdoor home security camera for Ring/Alexa smart homes': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[11]/div[3]", amb=True, note="entry 4 'Eufy Security Indoor Cam (model C220) – Best value in indoor pan/tilt security cameras': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[14]/div[3]", amb=True, note="entry 5 'Eufy SoloCam S340 – Best outdoor pan/tilt security camera': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[17]/div[3]", amb=True, note="entry 6 'Wyze Cam v4 – Best budget indoor security camera': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[20]/div[3]", amb=True, note="entry 7 'Blink Mini 2 – Best budget-priced indoor security camera runner-up': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[23]/div[3]", amb=True, note="entry 8 'Eufy Floodlight Camera E340 – Best security cam/floodlight combo': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[26]/div[3]", amb=True, note="entry 9 'Ring Floodlight Cam Pro – Best security cam/floodlight combo runner-up': 'Best Prices Today' price-comparison box ($249.99 View Deal; affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[29]/div[3]", amb=True, note="entry 10 'Blink Wired Floodlight Camera – Best budget-priced security camera/floodlight combo': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[32]/div[3]", amb=True, note="entry 11 'Safemo Set P1 – Best solar-powered security camera kit': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"),
 C("other", "Best Prices Today: Retailer Price", "inline", PC+"/div[35]/div[3]", amb=True, note="entry 12 'Baseus S1 Pro – Best solar-powered security camera kit runner-up': 'Best Prices Today' price-comparison box (Check (Amazon); affiliate ncls1/skimresources links): per-entry buy box in a round-up, 10.2"), C("other", "", "inline", LW+"/div[8]", amb=True, note="empty div.hellobar#hello-bar-1 after the 'Alerts' paragraph: a promo/notice bar mount a script fills (10.9; kind guessed from the name)"),
 C("other", "", "inline", LW+"/div[12]", amb=True, note="empty div.hellobar#hello-bar-2 before 'Local storage' (10.9)"),
 C("other", "", "inline", LW+"/div[10]", amb=True, note="empty div#miso-smart-answers-faq before 'Integrated spotlight': mount of the site's Miso 'Smart Answers' AI Q&A widget (menu 'Smart Answers'), filled by script (10.9; kind open: a Q&A promo, not a newsletter or related list)"),
 C("other", "", "inline", LW+"/div[13]", amb=True, note="empty div#miso-ipp in the 'Motion detection' section: second Miso widget mount with no purpose in its name (10.9)"),
 C("newsletter", "", "after", ED+"/div[3]", amb=True, note="empty div.newsletter#newsletter-end right after the text: an end-of-article newsletter sign-up mount a script fills (10.9)"),
 C("follow", "", "outside", "/html/body/div[4]/footer/div[1]/div[3]", note="footer social icons 'Follow us on' Facebook / X / YouTube / LinkedIn beside the tagline"),
 C("subscribe", "Subscribe Digital Magazine - Subscribe Digital Magazine - Info Gift Subscription Newsletters", "outside", "/html/body/div[4]/footer/div[2]/div[4]", note="footer 'Subscribe' column: Digital Magazine - Subscribe (simplecirc), Digital Magazine - Info, Gift Subscription, Newsletters; most links serve the subscription ask (9.7)"),
]
ads=[
 A("/html/body/div[1]", "before|outside", note="empty sticky GPT div#gpt-leaderboard-1 (ad page-ad ad-banner is-sticky) first in the body, above the header"),
 A("/html/body/div[4]/div[1]", "before|outside", note="empty GPT div#gpt-contenthub-article-1 (ad-contenthubartbanner) between the header and the breadcrumbs"),
 A(LW+"/div[2]", "inline", note="empty GPT div#gpt-leaderboardmainbod-1 after the second intro paragraph"),
 A(PC+"/div[3]", "inline", note="empty GPT div#gpt-leaderboardmainbod-2 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[6]", "inline", note="empty GPT div#gpt-leaderboardmainbod-3 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[9]", "inline", note="empty GPT div#gpt-leaderboardmainbod-4 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[12]", "inline", note="empty GPT div#gpt-leaderboardmainbod-5 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[15]", "inline", note="empty GPT div#gpt-leaderboardmainbod-6 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[18]", "inline", note="empty GPT div#gpt-leaderboardmainbod-7 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[21]", "inline", note="empty GPT div#gpt-leaderboardmainbod-8 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[24]", "inline", note="empty GPT div#gpt-leaderboardmainbod-9 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[27]", "inline", note="empty GPT div#gpt-leaderboardmainbod-10 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[30]", "inline", note="empty GPT div#gpt-leaderboardmainbod-11 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[33]", "inline", note="empty GPT div#gpt-leaderboardmainbod-12 (ad page-ad ad-article) between two product entries of the chart"),
 A(PC+"/div[36]", "inline", note="empty GPT div#gpt-leaderboardmainbod-13 (ad page-ad ad-article) between two product entries of the chart"), A(LW+"/div[4]", "inline", note="empty GPT div#gpt-leaderboardmainbod-14 after the 'Other notable security cameras' paragraph"),
 A(LW+"/div[7]", "inline", note="empty div#taboola-mid-article-thumbnails after the 'Alerts' paragraph: Taboola mid-article container with no heading (empty third-party recommendation container = ad slot)"),
 A(LW+"/div[9]", "inline", note="empty GPT div#gpt-leaderboardmainbod-15 in 'Environmental monitoring'"),
 A(LW+"/div[11]", "inline", note="empty GPT div#gpt-leaderboardmainbod-16 after 'Integrated spotlight'"),
 A(LW+"/div[14]", "inline", note="empty GPT div#gpt-leaderboardmainbod-17 in 'Motion detection'"),
 A(LW+"/div[15]", "inline", note="empty div.nativo#nativo1 in 'Night vision': Nativo native-ad placement (ad network mount, as teads/yieldmo mounts)"),
 A(LW+"/div[16]", "inline", note="empty GPT div#gpt-leaderboardmainbod-18 after 'Pan/Tilt/Swivel'"),
 A(LW+"/div[17]", "inline", note="empty GPT div#gpt-leaderboardmainbod-19 after 'Two-way audio'"),
 A(ED+"/div[4]", "after", note="empty div.nativo#nativo2 after the text and the newsletter mount, above the author box (Nativo native-ad placement)"),
 A("/html/body/div[4]/main/article/section/div/div[2]", "outside", note="right column holding only the sticky GPT div#gpt-rightrail-1 (ad-right-rail is-sticky)"),
 A("/html/body/div[4]/div[2]", "after|outside", note="empty GPT div#gpt-leaderboardfoot-1 (ad-footer) after <main>"),
 A("/html/body/div[4]/div[3]", "after|outside", note="empty div.taboola_container > #taboola-feed-below-article-thumbnails below the article, above the footer (empty Taboola feed with no heading = ad slot)"),
]
