from _dsl import *
FILE="wcxb/html/4074.html.gz"
# HomeAdvisor True Cost Guide 'How Much Does a House Renovation Cost in 2025?' (Next.js): global nav (desktop: logo,
# 'Join as a Pro' link, Log In / Sign Up, category menu; mobile header with 'Join as a Pro', hidden sliding menu card with
# category links, cost-guide cards and 'Post a job'); hero (breadcrumbs, h1, normal range, photo); byline; 'Highlights'
# callout; empty project-costs mount; 'Get quotes from up to 3 pros!' zip-code lead box; automation note; cost sections
# with tables, FAQ; 'Need professional help with your project?' lead box; 'Learn more about our contributors' box; right
# rail (sticky 'In this article' table of contents with 'Find Local Pros' button); 'The homeowners guide to major
# renovation multiple room services' article hub (6 cards, 'See all articles'); 'Related Tasks' SEO link accordion;
# footer (service accordions, 'Sign up for Free Project Cost Information' form, 'Get our Angi-powered app' badges, Most
# Popular Cities, 'Follow Us' social icons, international links, legal). No ad slots (only GTM).
# Not labelled: menus (incl. the hidden mobile card's cost-guide cards and 'Post a job'), Log In / Sign Up, breadcrumbs,
# table of contents, empty project-costs mount (the guide's cost data), contributors box, footer menus and city list.
MC="/html/body/div/main/div/div"
TX=MC+"/section[2]"
related=[
 R(MC+"/section[3]", "The homeowners guide to major renovation multiple room services", 6, "after|outside", note="article hub under the guide: 6 cost-guide cards and 'See all articles' button"),
 R(MC+"/section[4]", "Related Tasks", 12, "after|outside", amb=True, note="'Related Tasks' accordion of 12 cost-guide links (SEO link list, tag-like)"),
]
ctas=[
 C("other", "Join as a Pro", "outside", "/html/body/div/nav/div/div[1]/div[1]/div[1]/div/div/div/div/div[2]/div[1]", amb=True, note="desktop header 'Join as a Pro' link (sign-up funnel for service pros)"),
 C("other", "Join as a Pro", "outside", "/html/body/div/nav/div/div[1]/div[2]/div/div/div/div/div[2]/div[1]", amb=True, note="mobile header copy of 'Join as a Pro'"),
 C("other", "Request Project Quote", "inline|before", "/html/body/div/main/div/div/section[1]/div/div[2]/div[1]/div[2]/div[1]/div[5]", note="hero zip-code form with 'Request Project Quote' button (sticky on mobile), under the normal range and dek"),
 C("other", "Get quotes from up to 3 pros!Enter a zip below and get matched to top-rated pros near you.Find Local Pros", "inline", TX+"/section[4]", note="upper service-request box (zip code, 'Find Local Pros') between the highlights and the text"),
 C("other", "Need professional help with your project?Get quotes from top-rated pros.Find Local Pros", "after", TX+"/section[21]", note="lower service-request box after the FAQ"),
 C("other", "Find Local Pros", "outside", MC+"/aside/div/div/div/div/div[1]/a", note="'Find Local Pros' button under the sticky table of contents in the right rail"),
 C("newsletter", "Sign up", "outside", "/html/body/div/footer/div/div[1]/div[2]/div/div[2]", note="footer e-mail and zip sign-up form under 'Sign up for Free Project Cost Information' (the title is a sibling; their parent also holds the app badges)"),
 C("app", "Get our Angi-powered app Download the app", "outside", "/html/body/div/footer/div/div[1]/div[2]/div/div[3]", note="footer app section with App Store and Google Play badges"),
 C("follow", "Follow Us", "outside", "/html/body/div/footer/div/div[2]/div[1]", note="footer social icons under the 'Follow Us' heading (Facebook, Instagram, LinkedIn, Pinterest, X, YouTube)"),
]
ads=[]
