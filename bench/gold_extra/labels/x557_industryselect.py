from _dsl import *
FILE="wcxb/html/0052.html.gz"
# IndustrySelect (MNI B2B database) blog post 'Top 10 U.S. Manufacturers of Household Appliances': header utility nav
# (Our Data ... Contact Us, Free Demo) and logo; article column (h1, 'Posted by' line, empty ShareThis inline share
# buttons, text: image, bold-italic promo line for the Electronic & Other Electrical Equipment database, '3 MIN. READ',
# sections, 'Related: Key Facts & Trends ...' story line, top-10 table, company paragraphs, article sources);
# 'Related Companies:' line (10 IndustryNet company listings), 'Related Searches:' line (2 supplier categories),
# 'IndustrySelect Insider' newsletter line, BACK link; right panel 'Get 500 FREE Industrial Leads' sign-up form
# ('Create FREE Account'); footer legal nav and social icons. No ads, no ad configuration (only Google Ads/Analytics tags).
# Not labelled: header utility nav (incl. 'Weekly Webinar', 'Contact Us', 'Free Demo' links), '3 MIN. READ', article
# sources, 'Related Searches:' category links, BACK link, footer legal nav.
AC="/html/body/div[4]/div/div[1]/div"
TX=AC+"/div[3]"
related=[
 R(TX+"/p[9]", "Related:", 1, "inline", note="'Related: Key Facts & Trends in the U.S. Electronics Manufacturing Sector' story line on its own paragraph, between the market paragraphs and the top-10 table"),
 R(AC+"/div[4]", "Related Companies:", 10, "after", amb=True, note="'Related Companies:' line of 10 links to the companies' IndustryNet listing pages (entity pages, tag-like rather than stories)"),
]
ctas=[
 C("share", "", "before", AC+"/div[2]", amb=True, note="empty div.sharethis-inline-share-buttons under the 'Posted by' line (filled by the ShareThis script)"),
 C("other", "Looking for sales leads in the U.S. electronics industry? Check out our Electronic & Other Electrical Equipment", "before|inline", TX+"/p[2]", note="bold-italic promo line at the top of the text (after the lead image) for the site's electronics industrial database (wcxb body starts after it)"),
 C("newsletter", "Want to keep up with the latest sales and marketing trends and exclusive industrial statistics from MNI? The", "after", AC+"/div[6]", note="IndustrySelect Insider weekly e-mail line with 'Subscribe here' link, set apart under the article"),
 C("other", "Get 500 FREE Industrial Leads from IndustrySelect! Reach U.S. manufacturers, suppliers, and industrial service", "outside", "/html/body/div[4]/div/div[2]", note="right panel sign-up form 'Get 500 FREE demo leads now!' with 'Create FREE Account' button (free-account/demo funnel)"),
 C("follow", "", "outside", "/html/body/table[2]/tr/td[3]/span", note="footer social icons (Facebook, X, LinkedIn, YouTube)"),
]
ads=[]
