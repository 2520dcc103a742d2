from _dsl import *
FILE="wcxb/html/4503.html.gz"
# The Motley Fool (fool.com, Next.js streamed page) guide 'How to Invest in Index Funds: A Beginner's Guide': hidden
# root div; mobile accessibility banner; empty supernav pitch containers (mobile and desktop); company search, Accessibility
# / Help links; colour bar; header (logo, mega-menu Our Services / Stock Market News / How to Invest / Retirement /
# Personal Finance / About Us, 'Top 10 Stocks to Buy Now' pitch button in desktop and mobile copies); ticker bar with
# market links; empty promo-banner pitch container; breadcrumbs, h1, bylines, 'Follow us' (Google preferred source) and
# 'Share' buttons; 'Key Points' box ending in an empty pitch container; TOC; article body streamed into 'Loading ...'
# placeholders from hidden S: divs at the end of body (intro, images, sections, 'Related investing topics' heading (S:a)
# with a hub_pages block of 4 cards (S:b), 'Are index funds right for you?', FAQ accordion), with an empty Ascent offers
# container, a 'Passive Indexing' definition card, empty in-line and article pitch containers between the blocks; 'About
# the Author' box (author page and X handle); disclosure line; right rail (sidebar-top pitch skeleton, Dianomi mount,
# two ad-labelled slots siderail_right_article and button_article); 'Our Guides' carousel of 9; Dianomi mount under the
# article; 'Premium Investing Services' band; footer (social icons, About / Our Services / Around the Globe / Free Tools
# columns, legal row); empty popup pitch container.
# Not labelled: menus, search, Accessibility / Help links, ticker bar and market links, breadcrumbs, TOC, the 'Loading
# ...' placeholders, FAQ accordion (body, convention 7), author bio text, disclosure line, footer columns and legal row,
# the empty foolcom_popup_container (11.3: an empty shell).
SEC1="/html/body/main/div/section[1]/div[1]/div"
WC="/html/body/main/div/section[2]/div/div[1]/div[2]/div[1]"
RAIL="/html/body/main/div/section[2]/div/div[1]/div[3]"
NAV="/html/body/div[2]/section/header/div"
related=[
 R(WC+"/div[6]", "Passive Indexing", 1, "inline", amb=True, note="in-text definition card 'Passive Indexing' linking to the glossary term page (an inset card of one item; a reader may take it as body)"),
 R("/html/body/div[17]/div", "Related investing topics", 4, "inline", note="hub_pages block streamed from hidden S:b into the text under the 'Related investing topics' heading (S:a, 9.1: the cards' block titled by the heading): 4 cards (Are Index Funds a Good Investment?, 8 Best Index Funds..., How to Start Investing in Crypto Index Funds, Stock Market Basics for Beginners)"),
 R("/html/body/main/div/section[2]/div/div[2]", "Our Guides", 9, "after", note="'Our Guides' carousel of 9 index-fund guides under the article"),
]
ctas=[
 C("subscribe", "", "outside", "/html/body/div[2]/div[2]", amb=True, note="empty foolcom_supernav_container pitch mount in the mobile top bar (the site's subscription pitches, 10.9)"),
 C("subscribe", "", "outside", "/html/body/div[2]/div[3]/div/div[2]", amb=True, note="empty foolcom_supernav_container pitch mount in the desktop utility bar (10.9)"),
 C("subscribe", "Top 10 Stocks to Buy Now", "outside", NAV+"/div[1]/nav/div[1]/ul/li[7]/div", note="'Top 10 Stocks to Buy Now' pitch button (foolcom_nav_button_container) at the end of the desktop menu"),
 C("subscribe", "Top 10 Stocks to Buy Now", "outside", NAV+"/div[2]/div", amb=True, note="mobile copy of the 'Top 10 Stocks to Buy Now' pitch button (lg:hidden, 9.3)"),
 C("subscribe", "", "outside", "/html/body/div[4]", amb=True, note="empty foolcom_promo_banner_container pitch mount under the ticker bar (10.9)"),
 C("other", "Follow us Share", "before", SEC1+"/div[1]/div[2]", note="byline row: 'Follow us' (Google preferred-source profile) and 'Share' buttons side by side (convention 4 / 9.2: one bar, asks differ)"),
 C("follow", "Follow us", "before", SEC1+"/div[1]/div[2]/a", amb=True, note="the bar's 'Follow us' button (9.2)"),
 C("share", "Share", "before", SEC1+"/div[1]/div[2]/button", amb=True, note="the bar's 'Share' button (9.2)"),
 C("subscribe", "", "before", SEC1+"/div[2]/div/ul/li[4]/div[2]/div", amb=True, note="empty keypoints_pitch_container as the last 'Key Points' entry (10.9)"),
 C("other", "", "inline", WC+"/div[4]", amb=True, note="empty foolcom_body_ascent_offers_container between the first body blocks (The Ascent product offers, script-filled)"),
 C("subscribe", "", "inline", WC+"/div[12]", amb=True, note="empty in_line_article_pitch_container between body blocks (10.9)"),
 C("subscribe", "", "inline", WC+"/div[17]", amb=True, note="empty article_pitch_container before the FAQ block (10.9)"),
 C("follow", "@MattFrankelCFP", "after", "/html/body/main/div/section[2]/div/div[1]/div[2]/section/div/div/div[2]/div", amb=True, note="author's X handle in the 'About the Author' box (author-bio social link)"),
 C("subscribe", "", "outside", RAIL+"/div[1]/div", amb=True, note="foolcom_sidebar_top_container pitch mount with a loading skeleton at the top of the right rail (10.9)"),
 C("subscribe", "Premium Investing Services Invest better with The Motley Fool.", "after|outside", "/html/body/div[5]", note="'Premium Investing Services' band with 'View Premium Services' button above the footer"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div/div[1]/ul", note="footer social icons: Facebook, Twitter, LinkedIn, Pinterest, YouTube, Instagram, TikTok"),
]
ads=[
 A(RAIL+"/div[2]", "outside", "empty dianomi_context mount in the right rail (Dianomi sponsored-content widget, no heading)"),
 A(RAIL+"/div[3]/div[1]", "outside", "show-ad-label box with empty foolcom_siderail_right_article slot in the sticky rail"),
 A(RAIL+"/div[3]/div[2]", "outside", "show-ad-label box with empty foolcom_button_article slot in the sticky rail"),
 A("/html/body/main/div/div", "after|outside", "empty dianomi_context mount under the 'Our Guides' carousel (Dianomi sponsored-content widget, no heading)"),
]
