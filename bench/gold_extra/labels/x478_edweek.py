from _dsl import *
FILE="wcxb/html/0279.html.gz"
# Education Week (Brightspot) article 'Why Hasn't Tutoring Been More Effective?': top leaderboard slot and out-of-page
# interstitial slot; header (menu, search, 'Sign In' and 'Subscribe' buttons, a mobile copy of 'Subscribe', sticky article
# title bar, section sub-nav); lead (topic, h1, intro, byline, photo); action bar (Share article drop-down, Save to
# favorites, Print); text with an empty Lytics 'For You' list after the third paragraph and five inline DFP slots (the last
# one after the final paragraph); author bio (Follow button, Twitter/e-mail links); 'Related Tags'; right aside (DFP slot,
# 'Most Popular Stories' 3, 'Related' 1, sponsored 'Resources' 2, DFP slot); below the article: 'Sign Up for The Savvy
# Principal' newsletter form, 'Events' band of 3 webinar cards ('Register', 'See More Events'), 'EdWeek Top School Jobs'
# band (4 job-search promos, 'Create Your Own Job Search'), 'Read Next' band (4 cards, one sponsored whitepaper, 'Load
# More'), 'Sign Up & Sign In' free-account banner; footer (link columns, legal, social icons).
# Not labelled: header menus and sub-nav, mobile copy of the header 'Subscribe' button (o-header__bar__action--mobile-wrap),
# sticky article title bar, byline, 'Related Tags', per-card 'Save to favorites' buttons, footer link columns (incl.
# 'Contact Us') and legal links.
MC="/html/body/div/ps-header/div[2]/div[2]/div/div[2]/main/div"
BD=MC+"/div[2]/div/div"
AS="/html/body/div/ps-header/div[2]/div[2]/aside"
BL="/html/body/div/ps-header/div[3]"
related=[
 R(BD+"/div[1]", None, 0, "inline", amb=True, note="empty Lytics 'For You' recommendation list (data-title 'For You', 1 item) after the third paragraph, filled by script"),
 R(AS+"/ps-list-loadmore[1]", "Most Popular Stories", 3, "outside", note="right aside 'Most Popular Stories' (3 cards)"),
 R(AS+"/ps-list-loadmore[2]", "Related", 1, "outside", note="right aside 'Related' (1 card: Are Students 'Quiet Quitting'?)"),
 R(AS+"/ps-list-loadmore[3]", "Resources", 2, "outside", sponsored=True, note="right aside 'Resources': 2 sponsor-provided items ('Content provided by EPS Learning / ANet')"),
 R(BL+"/ps-list-loadmore[1]", "Events", 3, "after", amb=True, note="'Events' band: 3 webinar cards, each with a title link to the site's own event page (one sponsored), 'Register' buttons and 'See More Events'; an event band is an amb related block (convention 10.6), beside its amb 'other' CTA"),
 R(BL+"/ps-list-loadmore[2]", "Read Next", 4, "after", note="'Read Next' band: 4 cards (2 articles, a Spotlight, a sponsored whitepaper) with 'Load More'"),
]
ctas=[
 C("subscribe", "Sign In Subscribe", "outside", "/html/body/div/ps-header/div[1]/div/div[2]/div[3]", note="header bar buttons 'Sign In' and 'Subscribe' (one bar; main ask: subscription)"),
 C("subscribe", "Subscribe", "outside", "/html/body/div/ps-header/div[1]/div/div[2]/div[6]/div[1]", amb=True, note="mobile copy of the header 'Subscribe' button (o-header__bar__action--mobile-wrap, shown below the desktop breakpoint; convention 9.3)"),
 C("share", "Share article Remove Save to favorites Save to favorites Print Email Facebook LinkedIn Twitter Copy URL", "before", MC+"/div[1]", note="action bar above the text: Share drop-down (e-mail, Facebook, LinkedIn, Twitter, copy URL), save to favorites, print"),
 C("follow", "Follow Unfollow", "after", MC+"/div[3]/div/div[2]/div[2]", amb=True, note="author bio 'Follow' button (follow the author on the site)"),
 C("follow", "twitter email", "after", MC+"/div[3]/div/div[2]/div[5]", amb=True, note="author bio Twitter / e-mail links"),
 C("newsletter", "Sign Up for The Savvy Principal Get our weekly newsletter just for principals.", "after", BL+"/ps-form-newsletter", note="newsletter sign-up form under the article"),
 C("other", "Events Jan 08 Thu., January 08, 2026, 2:00 p.m. - 3:00 p.m. ET Webinar Supporting Older Struggling Readers", "after", BL+"/ps-list-loadmore[1]", amb=True, note="'Events' band: 3 webinar cards (one sponsored) with 'Register' links and 'See More Events' button; event promos, also labelled as an amb related block (convention 10.6)"),
 C("other", "EdWeek Top School Jobs Teacher Jobs Search over ten thousand teaching jobs nationwide", "after", BL+"/div", note="'EdWeek Top School Jobs' band: 4 job-board promos and 'Create Your Own Job Search' button"),
 C("other", "Sign Up & Sign In Create a free account to save your favorite articles, follow important topics", "after", BL+"/section", note="'Sign Up & Sign In' banner with 'Create Account' button (free account)"),
 C("follow", "twitter instagram youtube facebook linkedin", "outside", "/html/body/div/ps-header/footer/div[2]/div[2]", note="footer social icons"),
]
ads=[
 A("/html/body/div/div", "before|outside", "Page-leaderboard with empty DFP slot at the top of the page"),
 A("/html/body/div/ps-dfp-insterstitial", "outside", "out-of-page DFP interstitial slot (overlay)"),
 A(BD+"/div[2]", "inline", "Enhancement with inline DFP slot (300x250/600x250/765x250)"),
 A(BD+"/div[3]", "inline", "Enhancement with inline DFP slot"),
 A(BD+"/div[4]", "inline", "Enhancement with inline DFP slot"),
 A(BD+"/div[5]", "inline", "Enhancement with inline DFP slot"),
 A(BD+"/div[6]", "after", "Enhancement with inline DFP slot after the last paragraph"),
 A(AS+"/div[1]", "outside", "DFP slot at the top of the right aside"),
 A(AS+"/div[2]", "outside", "DFP slot at the bottom of the right aside"),
]
