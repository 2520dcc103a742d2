from _dsl import *
FILE="wcxb/html/0400.html.gz"
# Gardenista (WordPress) post 'The Year in Gardening: Looking Back With Joy (and Looking Ahead With Hope)': header (logo,
# mega-menu, social icons incl. newsletter link, a copy of the icons inside the nav, search); search overlay with an empty
# SearchAdBlock; post header with a leaderboard slot above the category links, h1, editor and date; sticky share icons
# beside the text; text in four post-rows, each with a side aside (row 1: 'Popular posts:' list of 10 and a side-rail
# slot; rows 2-4: one side-rail slot each), an in-content slot after the poem, expert sections, 'See also:' list of 3
# posts, visit counter, bookmark widget; tags 'Explore Deeper Into These Areas' with previous/next post; media.net 600x250
# ad section; comments section ('Have a Question or Comment About This Post?', 'Join the conversation', Disqus);
# 'Related Stories' (3 cards); 'Read all recent posts' button; Instagram 'join us on' feed with 'Follow on Instagram';
# footer (sister-site blurbs, 'Stay Updated!' newsletter form, Company links, 'Follow Us' links, empty Forums list,
# empty ad container, copyright); sticky 'INSPIRATION IN YOUR INBOX' newsletter bar (empty Klaviyo form); sticky left,
# right and footer ad slots; hidden member/subscribe and archive-limit modals; Memberstack account modals.
# Not labelled: header mega-menu, the icon copy inside the nav (nav/div[2], the menu's copy of the header icons), 'You are
# reading' sticky title, tags, visit counter, footer sister-site blurbs and Company links (incl. 'Contact', 'Have a
# Project for Gardenista?'), empty Forums list, Memberstack log-in/sign-up/password/e-mail/manage-newsletters/
# congratulation/profile modals (account management), GTM noscript iframe.
PC="/html/body/main/div[2]/div/div[2]"
related=[
 R(PC+"/div[1]/aside/div[1]", "Popular posts:", 10, "outside", note="'Popular posts:' list of 10 (top-10 plugin) in the aside beside the first text row"),
 R(PC+"/div[4]/div/ul", "See also:", 3, "after", note="'See also:' list of 3 posts closing the text; the lead-in is the preceding sibling p (no container of their own; kept in the wcxb ground truth)"),
 R("/html/body/main/section[1]/div/div", None, 2, "after", note="Previous Post / Next Post links; their container also holds the 'Explore Deeper Into These Areas' tag list"),
 R("/html/body/main/section[4]", "Related Stories", 3, "after", note="'Related Stories' band of 3 cards under the comments"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/div[2]", note="header social icons (Flipboard, Pinterest, Instagram, Facebook, Twitter, newsletter e-mail link)"),
 C("share", "", "before|outside", "/html/body/main/div[2]/div/div[1]", note="sticky share icons beside the text (Flipboard, Facebook, Pinterest, Twitter, e-mail, bookmark)"),
 C("other", "You need to login or register to view and manage your bookmarks.", "after", PC+"/div[4]/div/div[2]", amb=True, note="bookmark widget under the text ('Add to Collection', log-in prompt): a save tool, not clearly a call to action"),
 C("comments", "Have a Question or Comment About This Post? Join the conversation", "after", "/html/body/main/section[3]", note="comments section: heading, 'Join the conversation' button, empty Disqus thread"),
 C("read_more", "Read all recent posts", "after", "/html/body/main/div[3]", amb=True, note="'Read all recent posts' button to the post archive under Related Stories (navigation or a read-more ask)"),
 C("follow", "join us on", "outside", "/html/body/section", note="Instagram 'join us on' feed of 5 posts with 'Follow on Instagram' button, above the footer"),
 C("newsletter", "Stay Updated! Receive the Gardenista newsletter in your inbox daily.", "outside", "/html/body/footer/div[1]/div[2]/div[2]/div[1]", note="footer newsletter form"),
 C("follow", "Follow Us Pinterest Instagram Facebook Twitter Email", "outside", "/html/body/footer/div[1]/div[2]/div[2]/div[2]/div[2]", note="footer 'Follow Us' column of social links"),
 C("newsletter", "INSPIRATION IN YOUR INBOX Get all our design dispatches, delivered daily.", "outside", "/html/body/footer/div[2]", note="sticky newsletter bar (alert box with close button, Klaviyo form filled by script)"),
 C("subscribe", "× Join the Remodelista Family of Websites Become a Member at no charge", "outside", "/html/body/div[6]", amb=True, note="hidden membership modal: free member sign-up or paid subscription"),
 C("subscribe", "× Subscribe to the Remodelista family of websites", "outside", "/html/body/div[7]", amb=True, note="hidden subscribe modal for logged-in members"),
 C("subscribe", "× Sorry! As a registered member you get 10 free posts from our archive", "outside", "/html/body/div[8]", amb=True, note="hidden archive-limit paywall modal (members) with subscription plans"),
 C("subscribe", "× Sorry! You have reached your limit of three (3) free posts from our archive every 30 days.", "outside", "/html/body/div[9]", amb=True, note="hidden archive-limit paywall modal (visitors): subscribe or become a member"),
]
ads=[
 A("/html/body/div[2]/div/div/div[2]/div[3]", "outside", "empty SearchAdBlock slot (#SEARCHAD) in the search overlay", amb=True),
 A("/html/body/main/div[1]/header/div[1]", "before", "empty htlad large_horizontal leaderboard slot (data-advert LB) in the post header, above the category links"),
 A(PC+"/div[1]/aside/div[2]", "outside", "empty htlad side-rail_4 slot under 'Popular posts:' in the aside beside the text"),
 A(PC+"/div[1]/div/div", "inline", "empty htlad in-content_1 slot after the opening poem"),
 A(PC+"/div[2]/aside", "outside", "aside beside text row 2 holding one side-rail_3 ad slot (data-target INLINE, mangled id)"),
 A(PC+"/div[3]/aside", "outside", "aside beside text row 3 holding one side-rail_3 ad slot"),
 A(PC+"/div[4]/aside", "outside", "aside beside text row 4 holding one side-rail_3 ad slot"),
 A("/html/body/main/section[2]", "after", "ad-section with media.net 600x250 loadTag slot, under the tags"),
 A("/html/body/footer/div[1]/div[1]", "outside", "empty footer ad container (PicoSignal ezTargeting; its FOOT slot is commented out)", amb=True),
 A("/html/body/div[3]", "outside", "sticky left-sidebar skyscraper slot (htlad skyscraper_left_1)"),
 A("/html/body/div[4]", "outside", "sticky right-sidebar skyscraper slot (htlad skyscraper_right_1)"),
 A("/html/body/div[5]", "outside", "sticky footer ad slot (htlad sticky-footer_1)"),
]
