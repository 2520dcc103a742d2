from _dsl import *
FILE="wcxb/html/0116.html.gz"
# SmartAsset Advisor Resources (Next.js) article '5 Platforms to Find a Financial Planning Business for Sale': fixed header
# (logo to SmartAsset AMP, mobile menu copy, mega-menu of section article lists, 'SmartAsset Home' link and orange
# 'Grow Your AUM' button); search form; article header with an empty ad-spacing placeholder, breadcrumb, h1, bylines,
# date, 'Fact Checked'; 'Share' icon list (X, Facebook, Email); text: intro, a whole-paragraph house promo 'Try SmartAsset
# AMP …', five platforms with h3 and bullet lists, a 'Client Acquisition Simplified: For RIAs' testimonial + 'Book Your
# Free Demo' form box, other platforms, a paragraph ending 'Schedule a free demo …', a 'Build a Better RIA … Get Started'
# box, Bottom Line, 'Tips for Growing Your Advisory Business' (first tip asks 'Sign up for a free demo … Get started
# today'), photo credit, 'Article Sources' citations; author bio; 'Was this content helpful? Yes / No'; embedded 'Bank
# Account Comparison Tool' iframe (SmartAsset Captivate deposit-rates widget); 'Loading Related Articles...' placeholder
# (template B:0) whose content streams in from a hidden chunk ('Read More About Advisor Resources', 4 cards); 'Recent
# posts' (3); right rail ('More from SmartAsset' 6 links, 'Subscribe to our Newsletter' form, 'Categories' list); footer
# (Get in touch, SmartAsset, Get Social, Legal Stuff columns, disclosures, copyright). GPT is loaded (disableInitialLoad)
# but no slot div is in the HTML apart from the ad-spacing placeholder.
# Not labelled: menus and mega-menu article lists, search, breadcrumb, bylines, 'Fact Checked', in-text platform links,
# citations and 'Back to top', author bio, right-rail 'Categories' (site directory), footer SmartAsset and Legal Stuff
# menus (incl. AdChoices), disclosures, GPT/Optimizely scripts.
AR="/html/body/div[2]/main/div[2]/article"
MC="/html/body/div[2]/main/div[2]"
RR="/html/body/div[2]/main/aside"
related=[
 R("/html/body/div[3]/aside", "Read More About Advisor Resources", 4, "after", note="hidden streamed chunk (div#S:0) that replaces the 'Loading Related Articles...' placeholder: 'Read More About Advisor Resources' with 4 cards (custodians, recommendations, millennial investors, reputation management)"),
 R(MC+"/aside[3]", "Loading Related Articles...", 0, "after", amb=True, note="related-articles placeholder under the article (4 empty cards), filled by the hidden chunk above"),
 R(MC+"/aside[4]", "Recent posts", 3, "after", note="'Recent posts' list of 3 articles under the article"),
 R(RR+"/ul[1]", "More from SmartAsset", 6, "outside", note="right-rail 'More from SmartAsset' list: 6 links (financial advisor matches, how to choose an advisor, top advisors, retirement savings, mortgage calculator, mortgage rates); the heading p[1] stands before the list"),
]
ctas=[
 C("other", "SmartAsset Home Grow Your AUM", "outside", "/html/body/nav/div[3]", note="header CTA box (Header_falcCta): 'SmartAsset Home' link and orange 'Grow Your AUM' button to SmartAsset AMP"),
 C("share", "Share", "before|outside", "/html/body/div[2]/main/div[1]", note="'Share' icon list (X, Facebook, Email) beside the article"),
 C("other", "Are you looking to expand the marketing of your financial advisor practice? Try SmartAsset AMP", "inline", AR+"/p[2]", amb=True, note="house promo paragraph after the intro, the whole ask a link to SmartAsset AMP (kept in the wcxb ground truth)"),
 C("other", "Client Acquisition Simplified: For RIAs", "inline", AR+"/div[1]", note="'Client Acquisition Simplified: For RIAs' box: testimonial (Joe Anderson) and 'Target New Clients This Year' form with 'Book Your Free Demo' button (demo funnel, 10.7)"),
 C("other", "For example, utilizing an automated lead generation and outreach tool could give your business a boost.", "inline", AR+"/p[18]", amb=True, note="paragraph of the text ending 'Schedule a free demo to learn how it works.' with AMP links (ask in an ordinary sentence)"),
 C("other", "Build a Better RIA Drive growth with automation, not headcount using the all-in-one advisor marketing platform.", "inline", AR+"/div[2]", note="'Build a Better RIA' promo box with 'Get Started' button"),
 C("other", "If digital marketing is a yet-untapped focus for your business", "inline", AR+"/ul[8]/li[1]", amb=True, note="first closing tip: 'Sign up for a free demo … Get started today.' links to SmartAsset AMP (ask written into the tips list; kept in the wcxb ground truth)"),
 C("other", "Was this content helpful? Yes No", "after", MC+"/form", note="'Was this content helpful? Yes / No' feedback form under the author bio"),
 C("other", "", "after", MC+"/aside[2]", amb=True, note="embedded SmartAsset Captivate 'Bank Account Comparison Tool' iframe (deposit-rates offers) under the article"),
 C("newsletter", "Subscribe to our Newsletter Join 200,000+ other subscribers Subscribe", "outside", RR+"/div", note="right-rail 'Subscribe to our Newsletter' e-mail form"),
 C("contact", "Get in touch Contact Careers", "outside", "/html/body/footer/div[1]", amb=True, note="footer 'Get in touch' column: Contact and Careers (half-menu column, 9.7)"),
 C("follow", "Get Social Facebook Like on Facebook Like on X Linkedin Follow on LinkedIn", "outside", "/html/body/footer/div[3]", note="footer 'Get Social' column: Facebook, X, LinkedIn"),
]
ads=[
 A("/html/body/div[2]/main/header/div[1]", "before", amb=True, note="empty 'layout_adSpacingPlaceholder' div at the top of the article header (reserved ad space; GPT loaded with disableInitialLoad)"),
]
