from _dsl import *
FILE="wcxb/html/0019.html.gz"
# Embarque (embarque.io, Webflow site of an SEO agency) listicle 'We've Compiled the Top 7 Blockchain SEO Agencies
# Specializing in Crypto and Web3 Projects': navigation (Home / Case studies / Pricing, a tablet copy of the 'book intro
# call' / 'email now' buttons inside the nav, the desktop button pair beside it); hero (breadcrumbs, date, h1, line 'I hope
# you found this post useful ... get started', 'Written By' / 'Fact Checked By' with editor pop-up bio; CTA boxes 'See How
# Leading Brands Win in Search' (Webflow condition-invisible) and 'Want predictable growth from SEO? Book your growth
# session'); left column (Table Of Content, button pair with invisible 'Book intro call' and 'Case studies', 'Our Clients'
# logos); text (summary, why-listen, agency table and seven agency sections, how to choose, pricing table, tool and pointer
# lines, closing 'Ready to take your blockchain project to the next level? Book an intro call with Embarque today.');
# author bio box; right column (hidden 'Weekly newsletter' form, 'Share this post' icons, CTA pair again (first invisible),
# 'Some SEO Wins' 4 case-study stat cards); bottom author bio; 'Related Posts' section of 3; floating video widget with
# 'Book A Call'; footer (newsletter form, link columns Company / Service / Free Tools / AI SEO / Who We Serve, legal lines).
# Not labelled: nav links, breadcrumbs, author / editor boxes and their invisible '#' social links (author bios), table of
# contents, 'Our Clients' logo box, in-sentence links to the site's pages (p[3], p[5], p[28] ...), footer link columns
# (menus incl. Contact Us and Affiliate Program), legal lines, the stray 'blockchain-seo-agency' slug div. No ad slot.
HERO="/html/body/div[1]/div[1]/section/div[2]/div/div[2]"
COL="/html/body/div[1]/section[1]/div/div/div/div[1]"
TX=COL+"/div[2]/div"
related=[
 R(TX+"/p[24]", None, 1, "inline", amb=True, note="line 'Here's how we do GA4 reporting for our clients' alone in its paragraph, the link on the sentence itself (11.4: an ordinary sentence, amb)"),
 R(COL+"/div[4]/div[4]", "Some SEO Wins", 4, "outside", amb=True, note="right-column 'Some SEO Wins' stat cards linking 4 case studies (Picflow, MentorCruise, BlueTally, Instatus): case-study pages rather than articles (10.4)"),
 R("/html/body/div[1]/section[2]", "Related Posts", 3, "after", note="'Related Posts' section of 3 cards (20 Best Organic SEO Agencies, B2B Keyword Research, Top-Rated Digital Marketing SEO Agencies)"),
]
ctas=[
 C("contact", "book intro call email now", "outside", "/html/body/div[1]/div[1]/div/div/div[1]", note="desktop header button pair 'book intro call' (Calendly) / 'email now': same ask, one CTA (10.13)"),
 C("contact", "book intro call", "outside", "/html/body/div[1]/div[1]/div/div/div[1]/a[1]", amb=True, note="'book intro call' button of the header pair (10.13 / 9.2)"),
 C("contact", "email now", "outside", "/html/body/div[1]/div[1]/div/div/div[1]/a[2]", amb=True, note="'email now' button of the header pair (10.13 / 9.2)"),
 C("contact", "book intro call email now", "outside", "/html/body/div[1]/div[1]/div/div/nav/div", amb=True, note="tablet copy of the header button pair inside the nav (button-wrap tablet, hidden on desktop, 9.3)"),
 C("contact", "I hope you found this post useful. If you’d rather have Embarque turn SEO into pipeline and revenue for you", "before", HERO+"/div[1]/p", note="'blog-post-cta-text' line under the h1 with 'get started' link to the intro-call booking"),
 C("other", "See How Leading Brands Win in Search Explore real client case studies proving how SEO drives growth and ROI. View Case Studies", "before", HERO+"/div[2]/div[1]", amb=True, note="hero CTA box 'See How Leading Brands Win in Search' / 'View Case Studies', Webflow w-condition-invisible (not shown)"),
 C("contact", "Want predictable growth from SEO? We help brands turn search into pipeline and revenue.", "before", HERO+"/div[2]/div[2]", note="hero CTA box 'Want predictable growth from SEO?' with 'Book your growth session' (Calendly intro call, a consultation: 9.6)"),
 C("other", "Book intro call Case studies", "outside", COL+"/div[1]/div[2]", amb=True, note="amb: its 'Book intro call' is w-condition-invisible, only 'Case studies' shows; left-column button pair: 'Book intro call' (condition-invisible) and 'Case studies'"),
 C("other", "You can even run a quick scan with our keyword extractor", "inline", TX+"/p[8]", amb=True, note="one-sentence paragraph pointing to the site's free keyword extractor tool (promo in the text)"),
 C("other", "Not sure what kind of ROI to expect? Try our SEO ROI calculator", "inline", TX+"/p[26]", amb=True, note="paragraph asking to try the site's SEO ROI calculator (promo in the text)"),
 C("contact", "Ready to take your blockchain project to the next level? Book an intro call with Embarque today.", "after", TX+"/p[31]", amb=True, note="closing sentence of the text with the 'Book an intro call' link (10.1)"),
 C("newsletter", "Weekly newsletter No spam. Just the latest releases and tips and interesting articles in your inbox every week.", "outside", COL+"/div[4]/div[1]", amb=True, note="right-column 'Weekly newsletter' form box with class 'hide' (not shown)"),
 C("share", "Share this post Copy link", "outside", COL+"/div[4]/div[2]", note="right-column 'Share this post' (Copy link and three icon links)"),
 C("other", "See How Leading Brands Win in Search Explore real client case studies proving how SEO drives growth and ROI. View Case Studies", "outside", COL+"/div[4]/div[3]/div[1]", amb=True, note="right-column copy of the case-studies CTA box, condition-invisible"),
 C("contact", "Want predictable growth from SEO? We help brands turn search into pipeline and revenue.", "outside", COL+"/div[4]/div[3]/div[2]", note="right-column (sticky) 'Want predictable growth from SEO?' box with 'Book your growth session'"),
 C("contact", "Book A Call Replay", "outside", "/html/body/div[1]/div[4]", note="floating video widget (autoplay video) with 'Book A Call' Calendly button"),
 C("newsletter", "Join our newsletter to stay up to date on SEO, agency updates, and our services.", "outside", "/html/body/footer/div/div[1]/div[1]", note="footer newsletter form"),
]
ads=[]
