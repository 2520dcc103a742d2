from _dsl import *
FILE="wcxb/html/0291.html.gz"
# Improvado (Webflow, SaaS) blog post 'Analytics for Ecommerce: Complete Guide 2025': sticky navbar (logo, mega menu,
# Login / Contact sales / Get a demo buttons); post header (breadcrumb, h1, date, read time, author); body column: rich
# text with quote-styled paragraphs, dashboard screenshots, two in-text 'Get a demo' product banners ('Seamless Data
# Integration …', 'Instant, Actionable Ecommerce Insights with AI Agent'), a 'Schedule a demo with Improvado …' callout
# line, FAQ; author box; right column (sticky share icons Facebook/LinkedIn/Twitter; sticky demo box 'Take full control of
# all your marketing data … Get a demo' with e-mail form and 'Get up to 368% ROI'; empty table of contents); empty,
# condition-invisible links block under the post (two empty dynamic lists); TOC script; empty invisible
# integrations/templates aside; footer (menu columns, office block with LinkedIn/Facebook/Twitter icons, legal links);
# hidden Webflow templates at the end (pro-tip quote, placeholder 'Learn more' banner, three ebook 'Download' cards, lorem
# ipsum quotes). No ad slots, no ad markup.
# Not labelled: menus, breadcrumb, author boxes, table of contents (incl. its placeholder items), the FAQ, the paragraph
# about Improvado ending 'Schedule a demo to learn more …' (body text), the empty integrations/templates aside, footer menus
# and legal links, hidden pro-tip and lorem ipsum templates, scripts.
BD="/html/body/article/section/div/div/div"
TX=BD+"/div[1]/div/div[1]/div"
SB=BD+"/div[1]/aside"
related=[
 R(BD+"/div[2]", None, 0, "after", amb=True, note="empty condition-invisible div.blog-body-block-links under the post (two empty Webflow dynamic lists)"),
]
ctas=[
 C("other", "Login Contact sales Get a demo", "outside", "/html/body/div[1]/header/div[1]/div/div", note="navbar button group: Login, 'Contact sales', 'Get a demo' (demo/sales funnel)"),
 C("share", "", "before|outside", SB+"/div[1]", note="sticky share icons in the right column (Facebook, LinkedIn, Twitter share links)"),
 C("other", "Seamless Data Integration for Advanced Ecommerce Analytics", "inline", TX+"/div[4]", note="in-text product banner (c-banner-embed) with 'Get a demo' button"),
 C("other", "Schedule a demo with Improvado for a revenue attribution dashboard designed for ecommerce brands", "inline", TX+"/div[5]", amb=True, note="callout-styled line under a dashboard screenshot linking 'Schedule a demo' (kept in the wcxb ground truth)"),
 C("other", "Instant, Actionable Ecommerce Insights with AI Agent", "inline", TX+"/div[8]", note="second in-text product banner with 'Get a demo' button"),
 C("other", "Take full control of all your marketing data 500+ data sources under one roof to drive business growth.", "outside", SB+"/div[2]/div[1]", note="sticky right-column demo box: headings, 'Get a demo' e-mail form, 'Get up to 368% ROI'"),
 C("follow", "", "outside", "/html/body/footer/section[1]/div/div/div[1]/div/div/div[1]", note="footer LinkedIn / Facebook / Twitter icons beside the office address"),
 C("other", "This is some text inside of a div block Description Learn more", "outside", "/html/body/div[3]", amb=True, note="hidden placeholder banner template (c-banner-embed, class hide) with 'Learn more' button"),
 C("other", "UTM Mastery: Advanced UTM Practices for Precise Marketing Attribution Download", "outside", "/html/body/div[4]", amb=True, note="hidden template of three ebook cards with 'Download' buttons (class hide)"),
]
ads=[]
