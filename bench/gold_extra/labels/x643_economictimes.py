from _dsl import *
FILE="wcxb/html/0475.html.gz"
# The Economic Times (US edition, Times Internet) article 'Coffee lovers rejoice: Nutritionists reveal 4 surprising health
# benefits of your daily cup': three page-skin GPT slots (RHS skin, LHS and RHS backup skins); top GPT leaderboard box;
# market band (Nifty benchmark, 'FEATURED FUNDS' carousel of rel="sponsored" fund links with 'Invest Now'); search
# overlay; header (logo, edition switch, "Today's ePaper" link, 'My Watchlist' / 'Subscribe' / 'Sign In'); top nav and
# sub nav; empty onboarding-trial mount; breadcrumbs; hidden print-edition banner; article: h1, byline with a utility
# bar (hidden Rate Story, Google preferred-source badge, WhatsApp 'Follow us', Share icons, Font Size, Save, Print,
# Comment); Synopsis box; 'Listen to this article' AI briefing player and its 'Subscribe to Unlock AI Briefing' popup;
# image; text with h2 sections in which sit an MGID mount, an eToro mount, an ad box (Colombia, vdo.ai and Taboola
# mid-article mounts), a hidden 'Live Events' custom_ad widget, a vdo.ai mount, an empty Masterclass carousel mount and
# four GPT MID boxes (the last three share one id), then Disclaimer and FAQs and the 'Add ET as a Reliable and Trusted
# News Source' banner; hidden rating box; 'Read More News on' topic links (and an outside copy); Taboola below-article
# mount; MGID script root; hidden 'Prime Exclusives' story slider; right rail (GPT ATF 300, Wealth edition banner, sticky
# GPT BTF 300, 'Top Trending Terms', TOI latest-articles iframe); hidden sticky bottom GPT box; footer ('Hot on Web', 'In
# Case you missed it', 'Top Searched Companies', 'Top Calculators', lazy footer-links mount, 'Latest News' list; 'Follow
# us on', 'Download ET App', ET Prime icon, 'subscribe to our newsletter'; copyright); hidden login wrapper, report-abuse
# form and comment box; exit dialog ('Stories you might be interested in', newsletter form).
# Not labelled: market benchmark figures, search overlay, edition switch, 'My Watchlist' and 'Sign In' as items of their
# own, navs, breadcrumbs, empty breaking-news mount, hidden market widget, Synopsis, AI briefing player (a media
# player), Disclaimer / FAQs, 'Read More News on' topic links (topic list), 'Top Searched Companies' and 'Top
# Calculators' (directories), lazy footer-links mount, copyright, hidden login wrapper and report-abuse form, hidden
# live-TV popup span.
AR="/html/body/main/div[11]/div[1]/div[1]/div[3]/div/article"
TX=AR+"/div[5]"
RL="/html/body/main/div[11]/div[1]/div[1]/div[3]/aside"
FT="/html/body/main/div[11]/div[3]/footer"
FL=FT+"/div[2]/div"
BY="/html/body/main/div[11]/div[1]/div[1]/div[2]/div/div[2]"
related=[
 R(AR+"/div[15]", None, 9, "after", amb=True, note="hidden 'Prime Exclusives' slider (tabs Investment Ideas / Stock Report Plus / ePaper / Wealth Edition) with 9 ET Prime stories and 'View all Stories' (class hide)"),
 R(RL+"/div[4]/div[2]", "Top Trending Terms", 30, "outside", amb=True, note="right-rail 'Top Trending Terms' slider: 8 slides of trending search terms and live pages (tag-like link list)"),
 R(RL+"/div[4]/div[3]", None, 0, "outside", amb=True, note="right-rail latestNews_block: TOI 'et_rhs_articles' iframe (latest-articles widget, filled by the frame)"),
 R(FL+"/div[1]", "Hot on Web", 17, "outside", amb=True, note="footer 'Hot on Web' list of 17 trending links (stories, live blogs and topic pages; an SEO link cloud)"),
 R(FL+"/div[2]", "In Case you missed it", 17, "outside", amb=True, note="footer 'In Case you missed it' list of 17 links (horoscopes, explainers, live updates; SEO link cloud)"),
 R(FL+"/div[6]", "Latest News", 15, "outside", note="footer 'Latest News' list of 15 stories"),
]
ctas=[
 C("subscribe", "Today's ePaper", "outside", "/html/body/main/header/div/div[1]/span[2]/a", amb=True, note="header animated \"Today's ePaper\" link (e-edition) beside the edition switch"),
 C("subscribe", "My Watchlist Subscribe Sign In", "outside", "/html/body/main/header/div/div[2]", note="header bar 'My Watchlist' / 'Subscribe' (ET Prime plan flow) / 'Sign In'; main ask: Subscribe"),
 C("subscribe", "Subscribe", "outside", "/html/body/main/header/div/div[2]/div[1]/a[2]", amb=True, note="the bar's 'Subscribe' link (9.2: a button of the bar)"),
 C("subscribe", "", "outside", "/html/body/main/div[6]", amb=True, note="empty #userOnboardTrial mount (subscription trial onboarding, script-filled, 10.9)"),
 C("subscribe", "The Economic Times daily newspaper is available online now. Read Today's Paper", "outside", "/html/body/main/div[10]", amb=True, note="hidden print-edition banner with 'Read Today's Paper' button (class hide)"),
 C("other", "Rate Story Follow us Share Font Size", "before", BY, note="utility bar beside the byline: hidden Rate Story, Google preferred-source badge, WhatsApp 'Follow us', Share icons, Font Size, Save, Print, Comment (convention 4: mixed asks)"),
 C("follow", "", "before", BY+"/div[2]", amb=True, note="the bar's Google 'preferred source' badge link (9.2)"),
 C("follow", "Follow us", "before", BY+"/div[3]", amb=True, note="the bar's WhatsApp channel 'Follow us' link (9.2)"),
 C("share", "Share", "before", BY+"/div[4]", amb=True, note="the bar's Share icons: Facebook, Twitter, LinkedIn, WhatsApp, e-mail (9.2)"),
 C("comments", "Comment", "before", BY+"/div[8]", amb=True, note="the bar's 'Comment' button (hidden count) (9.2)"),
 C("subscribe", "× Subscribe to Unlock AI Briefing and Premium Content Subscribe Now", "before", AR+"/div[3]", amb=True, note="'Subscribe to Unlock AI Briefing and Premium Content' popup of the AI briefing player (Subscribe Now, what's included), shown on click"),
 C("other", "", "inline", TX+"/div[6]", amb=True, note="empty masterclass_carousel mount in the text (ET Masterclass course promos, script-filled, 10.9)"),
 C("follow", "Add as a Reliable and Trusted News Source Add Now!", "after", TX+"/div[11]", note="red banner closing the text: 'Add [ET] as a Reliable and Trusted News Source' with Google 'Add Now!' preferred-source button"),
 C("subscribe", "", "outside", RL+"/div[2]", note="right-rail 'Wealth edition' ePaper banner image (link to the e-paper Wealth Edition)"),
 C("follow", "Follow us on:", "outside", FT+"/div[3]/div/div[1]", note="footer 'Follow us on:' icons (Facebook, Twitter, LinkedIn, RSS)"),
 C("app", "Download ET App:", "outside", FT+"/div[3]/div/div[2]", note="footer 'Download ET App:' Play Store / App Store badges"),
 C("subscribe", "", "outside", FT+"/div[3]/div/div[3]", note="footer ET Prime icon link (subscription page)"),
 C("newsletter", "subscribe to our newsletter", "outside", FT+"/div[3]/div/div[4]", note="footer 'subscribe to our newsletter' link"),
 C("comments", "To post this comment you must Log In/Connect with", "outside", "/html/body/main/div[11]/div[6]", amb=True, note="hidden comment box (log in / fill in your details, post)"),
 C("newsletter", "Stories you might be interested in Subscribe to our ET Investment Opportunities SUBMIT", "outside", "/html/body/main/div[11]/div[7]", amb=True, note="exit-intent dialog: empty 'Stories you might be interested in' list and 'Subscribe to our ET Investment Opportunities' e-mail form (popup, 9.5)"),
]
ads=[
 A("/html/body/div[1]", "outside", "empty GPT out-of-page skin slot div-gpt-ad-innov (ET_ROS_Skin_RHS_AS_125)"),
 A("/html/body/div[2]", "outside", "empty left skin backup slot (ET_ROS_Skin_LHS_BACKUP_AS_125)"),
 A("/html/body/div[3]", "outside", "empty right skin backup slot (ET_ROS_Skin_RHS_BACKUP_AS_125)"),
 A("/html/body/main/div[1]", "before|outside", "#topAd box with the GPT ATF 728x90 leaderboard slot (ET_ROS_ATF_728) at the top of the page"),
 A("/html/body/main/div[2]/div/div[1]/div/div[2]", "outside", "'FEATURED FUNDS' carousel in the market band: fund cards with 'Invest Now', links marked rel=\"nofollow sponsored\" (paid cpc campaigns; convention 3)"),
 A(TX+"/div[1]", "inline", "empty MGID mid-article mount (div-mgid-mid-newpos) after the first paragraph"),
 A(TX+"/div[2]", "inline", amb=True, note="empty eToro mount #E_3 (650px wide) in the text: no ad word, network or script, and the site config switches it off (etoro:'0'): a widget mount without ad configuration (9.4)"),
 A(TX+"/div[3]/div[1]", "inline", "empty Colombia ad slot (colombiaAd, data-slot 532740) in the text's adBox"),
 A(TX+"/div[3]/div[2]", "inline", "empty vdo.ai video mount (et_vdoai) in the text's adBox"),
 A(TX+"/div[3]/div[3]", "inline", "empty Taboola 'Mid Article Thumbnails' mount (min-height 400px) in the text's adBox"),
 A(TX+"/div[4]", "inline", amb=True, note="hidden 'Live Events' slider with class custom_ad, no items (own events widget in an ad-marked box, 11.8)"),
 A(TX+"/div[5]", "inline", "empty vdo.ai mid-article mount (div-vdoai-mid)"),
 A(TX+"/div[7]", "inline", "empty GPT MID box (ET_News_ROS_MID_INTL_300, 300x250 / 600x250)"),
 A(TX+"/div[8]", "inline", "empty GPT MID1 box (ET_News_ROS_MID1_INTL_300)"),
 A(TX+"/div[9]", "inline", amb=True, note="second copy of the MID1 box with the same id (only one can be filled)"),
 A(TX+"/div[10]", "inline", amb=True, note="third copy of the MID1 box with the same id"),
 A(AR+"/div[8]", "after", amb=True, note="hidden empty 'rating_block hide ftr custom_ad' box under the text (the footer copy of the Rate Story widget in an ad-marked box, 11.8, as the 'Live Events' custom_ad)"),
 A(AR+"/div[10]", "after", "empty Taboola 'Below Article Thumbnails' mount"),
 A(AR+"/div[14]", "after", "empty MGID widget root (M769007ScriptRootC1241081) under the article"),
 A(RL+"/div[1]", "outside", "right-rail GPT ATF 300x250/300x600 slot"),
 A(RL+"/div[4]/div[1]", "outside", "right-rail sticky GPT BTF 300x250 slot"),
 A("/html/body/main/div[11]/div[1]/div[2]", "outside", "hidden sticky bottom 728x90 box with GPT slot ET_AS_EX_IND_Sticky_728"),
]
