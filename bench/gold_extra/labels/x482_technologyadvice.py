from _dsl import *
FILE="wcxb/html/4253.html.gz"
# TechnologyAdvice (WordPress block theme) buyer's guide '5 Best Self-Employed Accounting Software': navbar (logo, menus
# with 'Browse all' links, search, mobile search copy); reading-progress bar; hero (breadcrumbs, h1, excerpt, author,
# empty 'Reviewed by' loop, vendor-payment disclaimer, date); left sidebar column (table of contents, 'Share this article'
# with empty social-share list); text: intro, top-five list (affiliate links), 'Featured Partner' QuickBooks affiliate box
# ('Explore QuickBooks', paid placement), TL;DR, trust note, comparison table with a 'Visit website' button per row,
# 'My methodology' accordion, five product review cards (each with a 'Visit Website' button, scores, pros/cons, text), FAQ
# accordion; author bio; 'Related posts' (2); 'Daily Tech Insider' newsletter banner; footer (Company / Partner With Us /
# Legal menus, logo, social icons, copyright, empty consent message). No ad slots and no ad configuration.
# Not labelled: menus and search, progress bar, breadcrumbs, 'Reviewed by' and disclaimer, table of contents, the affiliate
# links in the top-five list (in-text links), accordions (body), author bio (no links to act on), footer menus (incl.
# 'Contact Us', 'Partner With Us' column), empty consent message.
EC="/html/body/div/div[2]/div/div[2]/div[1]"
related=[
 R("/html/body/div/div[3]", "Related posts", 2, "after", note="'Related posts' (2 cards: 5 Best Free Accounting Software, Gusto vs Quickbooks) under the article"),
]
ctas=[
 C("share", "Share this article", "outside", "/html/body/div/div[2]/div/div[1]/div/div[2]", note="'Share this article' in the left sidebar column under the table of contents (share list filled by script)"),
 C("other", "Upgrade to a Platform That Grows with Your Business — Recieve 50% off QuickBooks for your first 3 months.", "inline", EC+"/div[1]", amb=True, note="'Featured Partner' QuickBooks affiliate box ('Explore QuickBooks', marked as a paid placement) after the top-five list (affiliate-box convention; a reader could also call it an ad)"),
 C("other", "My overall score Monthly price No. of users Bookkeeping assistance Visit website", "inline", EC+"/div[2]", amb=True, note="comparison table with one 'Visit website' affiliate button per product row: one item for the listing (convention 1); the table itself is body"),
 C("other", "Visit Website", "inline", EC+"/div[4]/div[1]/div[2]", amb=True, note="'Visit Website' affiliate button in the QuickBooks Online review card header"),
 C("other", "Visit Website", "inline", EC+"/div[5]/div[1]/div[2]", amb=True, note="'Visit Website' affiliate button in the Zoho Books review card header"),
 C("other", "Visit Website", "inline", EC+"/div[6]/div[1]/div[2]", amb=True, note="'Visit Website' affiliate button in the Wave review card header"),
 C("other", "Visit Website", "inline", EC+"/div[7]/div[1]/div[2]", amb=True, note="'Visit Website' affiliate button in the FreshBooks review card header"),
 C("other", "Visit Website", "inline", EC+"/div[8]/div[1]/div[2]", amb=True, note="'Visit Website' affiliate button in the ZipBooks review card header"),
 C("newsletter", "Join 250,000 Daily Tech Insider readers in getting the latest industry-leading tech news and top resources.", "after", "/html/body/div/div[4]", note="'Daily Tech Insider' newsletter sign-up banner above the footer"),
 C("follow", "", "outside", "/html/body/div/footer/div/div[2]/div[2]/div", note="footer social icons (6)"),
]
ads=[]
