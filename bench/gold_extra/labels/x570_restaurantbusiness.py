from _dsl import *
FILE="wcxb/html/0153.html.gz"
# Restaurant Business (restaurantbusinessonline.com, Informa/Winsight) premium article 'Paris Baguette wants to be America's
# neighborhood bakery': DFP prestitial overlay ('Continue to Site >>>'); header (empty header-au and winsightHeader,
# menu toggle, logo, header side bar Newsletter / search / Login / Subscribe, hidden Eloqua newsletter iframe, navigation
# with membership links and primary menu incl. a 'FOLLOW US' list in a dropdown); empty Eloqua modal; empty wallpaper and
# videowall containers; adhesion DFP slot; infinite-scroll item: hidden list of 5 next stories, 'lb' DFP slot above the
# header (Premium badge, section, h1, deck, byline); article (share list Facebook/Twitter/LinkedIn, image, sticky 'rec1'
# slot, text with 'rec2' slot after p3, images, tags, author byline); 'Want breaking news at your fingertips?' SMS sign-up
# and 'Newsletter' Sign Up box; 'Multimedia' band of 4 videos; 'mini' slot; sidebar ('The Latest' 3, 'RB Podcasts' feed
# tiles, 'More on this Topic' 6, 'rec3' slot); 'foot' slot; 'Exclusive Content' band of 3 premium stories; 'Trending' 3;
# 'More from our partners' 5 sponsored stories; pre-footer ('Essential Resources' 3, 'Trending' 3); empty gated-content
# container; footer (About / Newsletters / Advertise / Magazine links, social icons, Winsight brands, legal links).
# Not labelled: menus, search, Premium badge, tags, author byline ('View All Articles by This Author'), empty Eloqua modal
# shell (11.3), empty winsightHeader mount, empty gated-content container and gate debug comment, footer site links
# (Newsletters / Advertise among 4 links), Winsight brand list, footer legal links (incl. Contact Us).
IT="/html/body/main/div[4]/div/div"
S=IT+"/section[1]/div[2]"
AR=S+"/div[1]/article"
SB=S+"/div[2]"
HS="/html/body/header[1]/div[3]/div[1]"
related=[
 R(IT+"/ul", None, 5, "outside", amb=True, note="hidden infinite-scroll list of the next 5 stories (li data-uri, no links)"),
 R(S+"/div[1]/section[2]", "Multimedia", 4, "after", note="'Multimedia' band of 4 video stories under the article"),
 R(SB+"/section[1]", "The Latest", 3, "outside", note="sidebar 'The Latest' 3 stories (incl. this one)"),
 R(SB+"/section[3]", "More on this Topic", 6, "outside", note="sidebar 'More on this Topic' 6 stories"),
 R(IT+"/div", "Exclusive Content", 3, "after", note="'Exclusive Content' band of 3 premium stories"),
 R("/html/body/main/div[4]/section/section[1]", "Trending", 3, "after", note="'Trending' 3 stories under the article area"),
 R("/html/body/main/div[4]/section/section[2]", "More from our partners", 5, "after", sponsored=True, note="'More from our partners' 5 sponsored stories (RATIONAL etc.)"),
 R("/html/body/div[4]/section[1]", "Essential Resources", 3, "after|outside", note="pre-footer 'Essential Resources' 3 cards"),
 R("/html/body/div[4]/section[2]", "Trending", 3, "after|outside", note="pre-footer 'Trending' 3 stories"),
]
ctas=[
 C("other", "Newsletter Search Login Subscribe", "outside", HS, note="header side bar: Newsletter, search, Login, Subscribe (two asks, 9.2)"),
 C("newsletter", "Newsletter", "outside", HS+"/a", amb=True, note="header 'Newsletter' link opening the Eloqua form"),
 C("subscribe", "Login Subscribe", "outside", HS+"/div", amb=True, note="header membership pair Login / Subscribe"),
 C("newsletter", "", "outside", "/html/body/header[1]/div[3]/div[2]", amb=True, note="hidden Eloqua newsletter form iframe (display:none, opened by the Newsletter links)"),
 C("other", "Newsletter Login Subscribe", "outside", "/html/body/header[1]/div[3]/div[3]/div/nav[1]", amb=True, note="navigation-container membership links Newsletter / Login / Subscribe (menu copy of the header bar)"),
 C("follow", "FOLLOW US X Facebook Instagram LinkedIn Pinterest TikTok Youtube Threads", "outside", "/html/body/header[1]/div[3]/div[3]/div/nav[2]/ul/li[5]/ul/ul", amb=True, note="'FOLLOW US' social list inside the Events & Communities dropdown"),
 C("share", "Facebook Twitter LinkedIn", "before", AR+"/ul", note="share buttons at the top of the article (affixed share)"),
 C("newsletter", "Want breaking news at your fingertips?", "after", S+"/div[1]/section[1]/div[1]", note="SMS breaking-news sign-up (smsinfo iframe form) under the article"),
 C("newsletter", "Newsletter The latest from Restaurant Business, sent straight to your inbox. Sign Up", "after", S+"/div[1]/section[1]/div[2]", note="'Newsletter' Sign Up box beside the SMS sign-up"),
 C("follow", "Listen to your daily news: RB Podcasts New episodes weekdays", "outside", SB+"/section[2]", amb=True, note="sidebar 'RB Podcasts' tiles linking to the podcasts' RSS feeds"),
 C("follow", "", "outside", "/html/body/footer/div[2]", note="footer social icons (7)"),
]
ads=[
 A("/html/body/div[1]", "outside", "DFP prestitial overlay ('Continue to Site >>>', ads_prestitial)"),
 A("/html/body/header[1]/div[1]", "outside", amb=True, note="empty #header-au container at the top of the header (ad-unit naming of the page's wrapper-au slots, 10.3)"),
 A("/html/body/main/div[1]", "outside", amb=True, note="empty wallpaper-container (page skin slot)"),
 A("/html/body/main/div[2]", "outside", amb=True, note="empty videowall-container (page-level video ad slot)"),
 A("/html/body/main/div[3]", "outside", "adhesion container with DFP 'adhesion' slot"),
 A(IT+"/section[1]/div[1]/div", "before", "DFP 'lb' leaderboard slot above the article header"),
 A(AR+"/div[2]", "before|outside", "desktop-ad-sticky with DFP 'rec1' slot beside the start of the text"),
 A(AR+"/div[3]", "inline", "DFP 'rec2' slot after the third paragraph"),
 A(S+"/div[1]/div", "after", "DFP 'mini' slot under the Multimedia band"),
 A(SB+"/div", "outside", "sidebar DFP 'rec3' slot"),
 A(IT+"/section[2]", "after", "DFP 'foot' slot under the article section"),
]
