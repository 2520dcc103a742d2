from _dsl import *
FILE="wcxb/html/0281.html.gz"
# Expert Market Research 'Company Spotlight' blog post (top 11 gaming console companies). Hero banner with share
# button, report strip (View Report / View TOC), floating toolbox tabs beside the text, the text, then a
# 'Reach Out To Us' form, 'Recent Blogs' carousel, 'MI 360' dashboard slider, 'How to Purchase a Report' cards,
# a 'Contact us' band, footer (newsletter field, offices, menus, social icons). No ad slot or ad configuration.
# Not labelled: mega-menu header (incl. 'Grow With Us', Login), search section and search overlay, breadcrumbs,
# company website links inside the tables (body), 'View All' link, footer menus, alert modal, cookie banner.
S="/html/body/div/section[2]/div"
AS=S+"/section[1]"
related=[
 R(AS+"/div[4]", "Recent Blogs", 4, "after", note="'Recent Blogs – Latest Updates on Thriving Economically…' carousel of 4 posts with 'View All'"),
]
ctas=[
 C("share", "Share", "before", S+"/div[1]/div[1]/div/div", note="share button in the hero banner (opens the share modal)"),
 C("share", "Share × Cancel", "outside", S+"/div[2]", amb=True, note="hidden AddToAny share modal (Facebook, LinkedIn, WhatsApp, X, e-mail)"),
 C("share", "", "outside", S+"/div[3]", amb=True, note="empty hidden share-over-mail modal"),
 C("other", "Gaming Console Market Size and Share - Outlook, Forecast Trends and Growth Analysis (2026-2035) View Report View TOC", "before", AS+"/div[1]", note="report promo strip above the text"),
 C("other", "Consumer Insights Uncover trends and behaviors shaping consumer choices today", "outside", AS+"/div[2]/div[1]", note="floating toolbox tabs beside the text (search, Consumer Insights, Procurement Insights, Industry Stats)"),
 C("other", "Consumer Insights Uncover trends and behaviors shaping consumer choices today", "outside", AS+"/div[2]/div[2]", amb=True, note="tablet variant of the toolbox (floating action button with pop-ups)"),
 C("contact", "Reach Out To Us Whether you’re seeking further clarification on our services, have specific questions, or need technical assistance", "after", AS+"/div[3]", note="contact form under the text"),
 C("other", "MI 360 A subscription-based dashboard by Expert Market Research, offering all-encompassing market intelligence.", "after|outside", AS+"/div[5]", note="MI 360 dashboard slider with 'Schedule a Demo'"),
 C("other", "How to Purchase a Report", "after|outside", AS+"/div[6]", amb=True, note="ordering cards: website, e-mail, telephone"),
 C("contact", "We’re here to help answer any questions about our products and services. Contact us Get In Touch", "after|outside", S+"/section[2]", note="'Contact us – Get In Touch' band above the footer"),
 C("newsletter", "Subscribe", "outside", S+"/section[3]/div/div[1]/div/div[2]", note="footer newsletter e-mail field"),
 C("contact", "Our Offices", "outside", S+"/section[3]/div/div[3]/div[1]", amb=True, note="footer office addresses and phone numbers (desktop and mobile accordion)"),
 C("follow", "", "outside", S+"/section[4]/div/div/div[1]/div/ul", note="footer social icons: Facebook, Instagram, LinkedIn, YouTube, X"),
]
ads=[]
