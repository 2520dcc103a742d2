from _dsl import *
FILE="wcxb/html/0366.html.gz"
# Block Renovation (home-renovation platform, HubSpot blog) guide 'An Ultimate Guide to Home Renovation Phases and
# Timelines': header (desktop nav with menu, 'Log In' link and 'Get Started' button to the renovation planner; 'Guides'
# sub-menu and search; mobile header with a drawer holding the guides menu, search, a second 'Get Started' button and
# the main menu); post header (breadcrumbs, h1, summary, byline/date, share icon row Facebook / Instagram / LinkedIn /
# Pinterest); hero image; body ('In This Article' table of contents, sections with emoji call-out boxes, three
# 'Learn more: <link>' lines set apart by a blank line, closing 'Kick off your renovation with Block' section whose last
# paragraph holds a 'Get a free consultation' link, boxed 'Learn How Block Works' link); global blog-content-footer line
# 'Renovate confidently with Block. Easily compare quotes…'; tags; 'Written by Block Renovation' box; empty FAQ module;
# right sidebar of three CTA cards ('Get Your Estimates', ratings + 'Read homeowner reviews', 'View project gallery'),
# empty sidebar TOC and empty popular-articles partial; 'Related Articles' slider of 5 cards; 'Renovate confidently'
# banner with 'Get Your Estimates' button and its sticky copy; footer (tagline, logo, menu incl. 'Ask ChatGPT About
# Block', social icons, 'Email sales@…', 'Learn more about renovating' e-mail sign-up, 'Refer a friend and get up to
# $1,200' link; copyright, legal links). No ads, no ad configuration (HubSpot, analytics scripts only).
# Not labelled: menus (desktop, guides, mobile drawer menus, footer menu with its 'Ask ChatGPT About Block' entry),
# 'Log In' link, search, breadcrumbs, the in-text table of contents and the empty sidebar TOC, emoji call-out boxes
# (body), the in-sentence links of the body, tags, the author box (no links), the empty FAQ module and the empty
# popular-articles partial (empty shells), the footer tagline (no link or button), copyright/legal links, HubSpot form
# script of the footer form.
HD="/html/body/div[1]/div[1]/div/header"
PO="/html/body/div[1]/main/div/article/div[1]/section"
BD=PO+"/div[1]/div[3]/div[1]"
TX=BD+"/span"
SB=PO+"/div[2]/div[1]/div"
FT="/html/body/div[1]/div[2]/div/footer/div[1]/div/div[2]/div[2]"
related=[
 R(TX+"/p[10]/a", None, 1, "inline", note="'Learn more: The Key Factors That Influence Renovation Timelines' line set apart by a blank line at the end of the 'Supply chain issues' paragraph (lead-in label + link, 11.4); the link is the smallest element holding the item"),
 R(TX+"/table[2]/tbody/tr/td/div[2]/a[2]", None, 1, "inline", note="'Learn more: Get ideas for where to stay during your renovation' line set apart at the end of the 'Where will you stay' call-out box"),
 R(TX+"/p[57]/a", None, 1, "inline", note="'Learn more: Emotionally Preparing for Your Home Renovation: Know What to Expect' line set apart at the end of phase 15, before the closing section"),
 R("/html/body/div[1]/main/div/article/div[2]/section", "Related Articles", 5, "after", note="'Related Articles' slider of 5 guide cards (tag, title, date) with scroll buttons"),
]
ctas=[
 C("other", "Get Started", "outside", HD+"/div[1]/div[1]/div/a[2]", note="header 'Get Started' button to the renovation planner (quote/estimate funnel) beside a 'Log In' link (11.7: a quote button is plain whatever stands beside it)"),
 C("other", "Get Started", "outside", HD+"/div[2]/div[2]/div[2]/div[3]", amb=True, note="'Get Started' button in the mobile navigation drawer (hidden copy, 9.3)"),
 C("share", "", "before", PO+"/div[1]/div[1]/div[2]/div[2]", note="share icon row beside the byline (Facebook, LinkedIn, Pinterest share; Instagram profile)"),
 C("contact", "You don’t have to begin your next renovation project alone—working with Block’s streamlined renovation platform", "after", TX+"/p[59]", amb=True, note="closing sentence of the text holding a 'Get a free consultation' (Calendly) link (10.1: an ask in the closing sentence is amb, placed after; 9.6: consultation is contact)"),
 C("other", "Learn How Block Works", "after", TX+"/div[4]", note="boxed 'Learn How Block Works' link (tinted table cell) closing the text: a line set apart (10.1)"),
 C("other", "Renovate confidently with Block. Easily compare quotes from top quality contractors, and get peace of mind with warranty & price protections.", "after", BD+"/div[2]", note="global blog-content-footer pitch line under the text (its own box, link to Block), left out by the wcxb ground truth"),
 C("other", "Renovate confidently with Block Easily compare quotes from top quality contractors, and get peace of mind with", "outside", SB+"/div[1]", note="sidebar card 'Renovate confidently with Block' with 'Get Your Estimates' button (quote funnel)"),
 C("other", "Thousands of homeowners have renovated with Block 4.5 Stars (100+) 4.7 Stars (100+) 4.5 Stars (75+) Read homeowner", "outside", SB+"/div[2]", note="sidebar card of Google/Houzz/Yelp ratings with 'Read homeowner reviews' button"),
 C("other", "See what homeowners have built with Block View project gallery", "outside", SB+"/div[3]", note="sidebar card with 'View project gallery' button"),
 C("other", "Renovate confidently Top quality contractors Warranty & price protections Expert resources Get Your Estimates", "after|outside", "/html/body/div[1]/main/div/article/div[3]/section", note="'Renovate confidently' banner (bg-orange) between the related articles and the footer with 'Get Your Estimates' button"),
 C("other", "Get Your Estimates", "outside", "/html/body/div[1]/main/div/article/div[3]/div", amb=True, note="banner-cta-2__sticky: sticky copy of the banner's 'Get Your Estimates' button; when it shows depends on the external stylesheet (9.8)"),
 C("follow", "", "outside", FT+"/ul", note="footer social icons (Facebook, …)"),
 C("contact", "Email sales@blockrenovation.com", "outside", FT+"/div[1]", amb=True, note="footer 'Email sales@…' mailto line, no button or form (convention 2 / 10.5)"),
 C("newsletter", "Learn more about renovating Sign Up", "outside", FT+"/div[2]", note="footer e-mail sign-up form 'Learn more about renovating' with 'Sign Up' button"),
 C("other", "Refer a friend and get up to $1,200", "outside", FT+"/a", note="footer referral link 'Refer a friend and get up to $1,200', set apart under the sign-up form"),
]
ads=[]
