from _dsl import *
FILE="wcxb/html/0324.html.gz"
# Quiet Light (online-business brokerage, WordPress) article 'How to Find the Right Software Business For Sale': header
# (logo; nav Sell / Buy / Learn / About / Success Stories with a 'Free Valuation' button as the menu's last item;
# drop-down lists; search icon; a second 'Free Valuation' button beside it; burger icon); 'Resources for Buying and
# Selling Online Businesses' banner with an empty search form; left sidebar (ActiveCampaign 'Never Miss a Beat - Get
# Updates Direct to Your Inbox' e-mail form, 'Topics:' category list, Fixed-TOC 'Table of Contents', 'Get Social'
# follow list, which a script moves into the TOC box); main column (breadcrumbs, FILTER menu, featured image, h1, 'By
# Quiet Light', reading time, text with pull quotes and three inline-cta boxes: 'Thinking of Selling Your Business? /
# Claim Your Free Valuation' after Documentation, 'Buy a Profitable Online Business / Check our listings' after the
# 'Finding The Right ...' lead paragraph, and the same box again closing the text; 'Share this:' icons; empty
# articles_busines_3; 'Latest Updates' with a podcast, a video and a guide); 'Thinking of Selling Now or Later?' band
# with 'Sell your business with us'; footer ('Reach out to us' e-mail and phone text, 'Industry Insights in your
# Mailbox' ActiveCampaign form, footer menu, social icons, logo). OptinMonster loads a 'Buyer List Scroller Opt-In'
# campaign by script only (no box in the HTML: not labelled, 10.11). No ad slot and no ad configuration (GTM only).
# Not labelled: nav menus and drop-downs, search forms, banner, 'Topics:' category list, table of contents, breadcrumbs,
# FILTER menu, pull quotes, in-sentence links of the text, empty articles_busines_3, footer menu (incl. Sell,
# Referrals), the OptinMonster script.
NV="/html/body/div/header/div/div/div/div[2]"
SB="/html/body/div/section[2]/div/div[1]"
AB="/html/body/div/section[2]/div/div[2]/div[2]"
PC=AB+"/div[2]/div[2]"
FT="/html/body/div/footer/div/div"
related=[
 R(AB+"/div[4]", "Latest Updates", 3, "after", note="'Latest Updates' under the article: podcast '[Best of Quiet Light Podcast] How to Launch 26 Content Sites in 90 Days', video 'How to Maximize the Value of Your Ecommerce Business', guide 'The Ultimate Guide to Buying, Valuing and Selling Amazon Businesses'"),
]
ctas=[
 C("other", "Free Valuation", "outside", NV+"/div[2]", note="header 'Free Valuation' button beside the search icon (a valuation request, a sales funnel like a quote button, 11.7)"),
 C("other", "Free Valuation", "outside", NV+"/nav/ul[1]/li[6]", amb=True, note="second 'Free Valuation' button as the last item of the nav menu list (contact-btn; a copy of the header button, shown by breakpoint in one of the two menus)"),
 C("newsletter", "Never Miss a Beat - Get Updates Direct to Your Inbox", "outside", SB+"/div[1]", note="left sidebar ActiveCampaign e-mail sign-up box"),
 C("follow", "Get Social FOLLOW US ON INSTAGRAM SUBSCRIBE ON YOUTUBE FIND US ON LINKEDIN JOIN US ON FACEBOOK FOLLOW US ON X", "outside", SB+"/div[4]", note="left sidebar 'Get Social' follow list (Instagram, YouTube, LinkedIn, Facebook, X)"),
 C("other", "Thinking of Selling Your Business? Get a free, individually-tailored valuation and business-readiness assessment.", "inline", PC+"/div[1]", note="inline-cta box 'Thinking of Selling Your Business?' with 'Claim Your Free Valuation' button between Documentation paragraphs"),
 C("other", "Buy a Profitable Online Business Outsmart the startup game and check out our listings.", "inline", PC+"/div[2]", note="inline-cta box 'Buy a Profitable Online Business' with 'Check our listings' button after the section's lead paragraph"),
 C("other", "Buy a Profitable Online Business Outsmart the startup game and check out our listings.", "after", PC+"/div[3]", note="second 'Buy a Profitable Online Business / Check our listings' box closing the text"),
 C("share", "Share this:", "after", AB+"/div[2]/div[3]", note="'Share this:' icons (Facebook, Twitter, LinkedIn) under the text"),
 C("other", "Thinking of Selling Now or Later? Get your free valuation & marketplace-readiness assessment.", "after|outside", "/html/body/div/section[3]", note="full-width 'Thinking of Selling Now or Later?' band with 'Sell your business with us' button between the article section and the footer"),
 C("contact", "Reach out to us [email protected] (800) 746-5034", "outside", FT+"[1]/div[1]", amb=True, note="footer 'Reach out to us' block: e-mail link and phone number as text, no button or form (convention 2)"),
 C("newsletter", "Industry Insights in your Mailbox", "outside", FT+"[1]/div[2]", note="footer ActiveCampaign e-mail sign-up 'Industry Insights in your Mailbox'"),
 C("follow", "", "outside", FT+"[2]/div[2]", note="footer social icons (Twitter, YouTube, Apple Podcasts, Facebook, LinkedIn)"),
]
ads=[]
