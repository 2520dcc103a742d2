from _dsl import *
FILE="wcxb/html/0464.html.gz"
# Dynamic Business (Australian business news, Next.js) AI-tools post 'Lunacal: AI-Powered Appointment Scheduling
# System': skip link; header (logo, Home/READ/Write/Advertise/Tools/LEARN menu, social icons, search and 'Sign in/Join'
# buttons, fixed mobile bottom bar with Home/Search/Bookmark/User buttons); sticky red bar with 'PR & Marketing Call Out
# List' link (beehiiv subscribe page); infinite-scroll article: breadcrumb, hero image, categories, h1, author/date with
# share icons; text column (empty OptinMonster holder, text with feature/pricing lists ending 'Visit lunacal.ai for
# more.', 'What do you think?' comment box, tags, author bio 'Mazi' with 'View all posts'); right column 'DB Brand
# Accounts' (5 brand account post cards); loading spinner of the next infinite-scroll article; footer ('About Us' text,
# link row: DB Contributors Network - Pitch a Story / Advertise / Privacy Policy / Australian Business Grants / List
# your Product on DB LifeStyle, copyright). The head loads the AdSense auto-ads script and defines googletag, but the
# page holds no ad slot element.
# Not labelled: menus (incl. Write/Advertise), mobile bottom bar (navigation buttons), breadcrumb, categories, tags,
# author bio, 'Visit lunacal.ai for more.' line (body), head ad scripts (no element where an ad shows).
AR="/html/body/div/div/div/main/div/div/div[1]/div/article/section/div"
related=[
 R(AR+"/aside/div/div/div", "DB Brand Accounts", 5, "outside", sponsored=True, note="right column 'DB Brand Accounts': 5 cards of brand-account (paid partner) posts with category, title, excerpt, author/date"),
 R("/html/body/div/div/div/main/div/div/div[2]", None, 0, "after", amb=True, note="infinite-scroll loader row (spinner, empty right column) where the next article is appended by script"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div/div/div/header/div[2]/div[2]/div/div[1]", note="header social icons (Facebook, Instagram, LinkedIn, Twitter)"),
 C("other", "Sign in/Join", "outside", "/html/body/div/div/div/header/div[2]/div[2]/div/div[2]/button[2]", amb=True, note="header 'Sign in/Join' account button"),
 C("newsletter", "PR & Marketing Call Out List", "outside", "/html/body/div/div/div/div", note="sticky red bar under the header with the 'PR & Marketing Call Out List' link to a beehiiv subscribe page"),
 C("share", "", "before", "/html/body/div/div/div/main/div/div/div[1]/div/article/header/div[2]/div[3]/div[2]", note="share icons beside the author/date line under the h1 (Facebook, WhatsApp, …)"),
 C("newsletter", "", "before", AR+"/main/div[1]", amb=True, note="empty OptinMonster campaign holder (om-…-holder) above the text, filled by script (inline opt-in form)"),
 C("comments", "What do you think? Be the first to comment Add a new comment Post Comment", "after", AR+"/main/div[3]", note="'What do you think?' comment box with 'Add a new comment' / 'Post Comment'"),
 C("other", "DB Contributors Network - Pitch a Story Advertise Privacy Policy Australian Business Grants List your Product on DB LifeStyle", "outside", "/html/body/div/div/div/footer/div[1]/div", amb=True, note="footer link row, mostly asks (pitch a story, advertise, list your product) mixed with privacy and grants links"),
]
ads=[]
