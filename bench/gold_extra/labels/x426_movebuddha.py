from _dsl import *
FILE="wcxb/html/0057.html.gz"
# moveBuddha (WordPress) listing guide '10 Best Moving Companies in New York (2025 Reviews)': header (Advertising
# Disclosure line and link, search toggle and form, logo, mega menu); breadcrumbs; title, author, date; 'Hi, I'm Ryan.
# Let's get moving.' intro box with the best picks and a 'Need more help? Build your move plan. Get Quote' foot;
# partner card row (3 interstate movers, 'Get A Quote' and phone buttons); 'Our track record' box; local movers section
# (rating list, five mover profiles with review analysis and 'Get a Quote'/phone buttons, 'Other local NY movers' list
# of 128 profile links); specialty services drawers (five tables of five movers, each row with a 'Get A Quote' button);
# interstate movers (rating list, five partner cards); containers, rental trucks and labor-only sections (a row of 3
# partner cards each); 'Top-rated movers in nearby cities' expandable list of 663 city pages; methodology; cost table
# and an empty cost-calculator widget mount; factors, tips, FAQs; 'Helpful New York resources' link columns; 'Not what
# you were looking for?' category box; footer (sitemap menu, social icons, copyright). No ad slots (affiliate quote
# buttons only; no ad markup).
# Per the gold_extra convention, per-listing quote buttons and partner cards inside the text are ambiguous 'other'
# CTAs, one per card/listing (table rows: the quote cell).
# Not labelled: Advertising Disclosure line/link, menus, search, breadcrumbs, intro picks, 'Our track record', rating
# lists, mover profile text, 'Other local NY movers' profile list (the page's own directory), comparison cards,
# 'See more' toggles, methodology/cost/FAQ text, footer sitemap menu.
A="/html/body/div/main/article"
related=[
 R(A+"/ul[1]", "Top-rated movers in nearby cities", 663, "inline", amb=True, note="expandable list of 663 links to the site's New York city mover pages under the section heading (kept in the wcxb ground truth; a directory as much as a related list)"),
 R(A+"/div[26]", "Helpful New York resources", 19, "after", note="three link columns under the 'Helpful New York resources' heading: New York moving services, Popular cities, Popular New York moving routes"),
 R(A+"/section[2]", "Not what you were looking for?", 14, "after", amb=True, note="'Not what you were looking for? Check out other categories' box: 14 links to the site's guides (category-like)"),
]
ctas=[
 C("other", "Need more help? Build your move plan. Get Quote", "before|inline", A+"/div[1]/div[4]", note="foot of the intro box: move-plan prompt and 'Get Quote' button to the moving cost calculator"),
 C("other", 'Best Overall Value Safeway Moving rating 4.85 / 5 Licensed I', 'before|inline', A+'/div[2]/div[1]/table/tbody/tr/td[1]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Most Experienced Mover American Van Lines rating 4.5 / 5 Lic', 'before|inline', A+'/div[2]/div[1]/table/tbody/tr/td[2]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best customized Plans North American Van Lines rating 4.5 / ', 'before|inline', A+'/div[2]/div[1]/table/tbody/tr/td[3]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Get a Quote (929) 990-2060', "inline", A+'/div[5]/section[1]/span[2]', amb=True, note="mover profile buttons ('Get a Quote' modal and phone number): Zip to Zip Moving Inc 218 Withers St Apt"),
 C("other", 'Get a Quote (212) 809-6060', "inline", A+'/div[6]/section[1]/span[2]', amb=True, note="mover profile buttons ('Get a Quote' modal and phone number): Lifestyle Moving & Storage 99 Hudson St,"),
 C("other", 'Get a Quote (516) 373-7077', "inline", A+'/div[7]/section[1]/span[2]', amb=True, note="mover profile buttons ('Get a Quote' modal and phone number): Men On The Move 150 Crossways Park Drive"),
 C("other", 'Get a Quote (212) 203-0280', "inline", A+'/div[8]/section[1]/span[2]', amb=True, note="mover profile buttons ('Get a Quote' modal and phone number): Seka Moving 48 Wall St #1100, New York, "),
 C("other", 'Get a Quote (212) 651-7273', "inline", A+'/div[9]/section[1]/span[2]', amb=True, note="mover profile buttons ('Get a Quote' modal and phone number): Piece of Cake Moving & Storage 287 Park "),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[1]/div[2]/table/tbody/tr[1]/td[2]', amb=True, note="'Piano moving' table: 'Get A Quote' cell for Zip to Zip Moving Inc"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[1]/div[2]/table/tbody/tr[2]/td[2]', amb=True, note="'Piano moving' table: 'Get A Quote' cell for Lifestyle Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[1]/div[2]/table/tbody/tr[3]/td[2]', amb=True, note="'Piano moving' table: 'Get A Quote' cell for Men On The Move"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[1]/div[2]/table/tbody/tr[4]/td[2]', amb=True, note="'Piano moving' table: 'Get A Quote' cell for Seka Moving"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[1]/div[2]/table/tbody/tr[5]/td[2]', amb=True, note="'Piano moving' table: 'Get A Quote' cell for Piece of Cake Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[2]/div[2]/table/tbody/tr[1]/td[2]', amb=True, note="'Special handling of antiques' table: 'Get A Quote' cell for Zip to Zip Moving Inc"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[2]/div[2]/table/tbody/tr[2]/td[2]', amb=True, note="'Special handling of antiques' table: 'Get A Quote' cell for Lifestyle Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[2]/div[2]/table/tbody/tr[3]/td[2]', amb=True, note="'Special handling of antiques' table: 'Get A Quote' cell for Men On The Move"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[2]/div[2]/table/tbody/tr[4]/td[2]', amb=True, note="'Special handling of antiques' table: 'Get A Quote' cell for Seka Moving"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[2]/div[2]/table/tbody/tr[5]/td[2]', amb=True, note="'Special handling of antiques' table: 'Get A Quote' cell for Piece of Cake Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[3]/div[2]/table/tbody/tr[1]/td[2]', amb=True, note="'Art packing & loading' table: 'Get A Quote' cell for Zip to Zip Moving Inc"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[3]/div[2]/table/tbody/tr[2]/td[2]', amb=True, note="'Art packing & loading' table: 'Get A Quote' cell for Lifestyle Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[3]/div[2]/table/tbody/tr[3]/td[2]', amb=True, note="'Art packing & loading' table: 'Get A Quote' cell for Men On The Move"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[3]/div[2]/table/tbody/tr[4]/td[2]', amb=True, note="'Art packing & loading' table: 'Get A Quote' cell for Seka Moving"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[3]/div[2]/table/tbody/tr[5]/td[2]', amb=True, note="'Art packing & loading' table: 'Get A Quote' cell for Piece of Cake Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[4]/div[2]/table/tbody/tr[1]/td[2]', amb=True, note="'Climate-controlled storage' table: 'Get A Quote' cell for Lifestyle Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[4]/div[2]/table/tbody/tr[2]/td[2]', amb=True, note="'Climate-controlled storage' table: 'Get A Quote' cell for Men On The Move"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[4]/div[2]/table/tbody/tr[3]/td[2]', amb=True, note="'Climate-controlled storage' table: 'Get A Quote' cell for Piece of Cake Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[4]/div[2]/table/tbody/tr[4]/td[2]', amb=True, note="'Climate-controlled storage' table: 'Get A Quote' cell for Al's Moving and Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[4]/div[2]/table/tbody/tr[5]/td[2]', amb=True, note="'Climate-controlled storage' table: 'Get A Quote' cell for NYC Great Movers"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[5]/div[2]/table/tbody/tr[1]/td[2]', amb=True, note="'Fragile-only packing' table: 'Get A Quote' cell for Seka Moving"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[5]/div[2]/table/tbody/tr[2]/td[2]', amb=True, note="'Fragile-only packing' table: 'Get A Quote' cell for Piece of Cake Moving & Storage"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[5]/div[2]/table/tbody/tr[3]/td[2]', amb=True, note="'Fragile-only packing' table: 'Get A Quote' cell for NYC Great Movers"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[5]/div[2]/table/tbody/tr[4]/td[2]', amb=True, note="'Fragile-only packing' table: 'Get A Quote' cell for Sheridan Brothers Moving"),
 C("other", "Get A Quote", "inline", A+'/div[11]/div[5]/div[2]/table/tbody/tr[5]/td[2]', amb=True, note="'Fragile-only packing' table: 'Get A Quote' cell for Dumbo Moving and Storage"),
 C("other", 'Best Overall Value Licensed Insured Price rating 4.85 / 5 Ge', 'inline', A+'/div[13]', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Most Experienced Mover Licensed Insured Price rating 4.5 / 5', 'inline', A+'/div[14]', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best customized Plans Licensed Insured Price rating 4.5 / 5 ', 'inline', A+'/div[15]', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best for Contents Coverage Licensed Insured Price rating 4.7', 'inline', A+'/div[16]', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best for personalized service Licensed Insured Price rating ', 'inline', A+'/div[17]', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best Nationwide Coverage PODS rating 4.8 / 5 Licensed Insure', 'inline', A+'/div[18]/div[1]/table/tbody/tr/td[1]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best value container U-Pack rating 5 / 5 Licensed Insured Pr', 'inline', A+'/div[18]/div[1]/table/tbody/tr/td[2]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'best for large moves MovingYourself rating 4.5 / 5 Licensed ', 'inline', A+'/div[18]/div[1]/table/tbody/tr/td[3]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best Value Rental Budget Truck Rental rating 4.3 / 5 License', 'inline', A+'/div[19]/div[1]/table/tbody/tr/td[1]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Most Reliable Penske Truck Rental rating 4 / 5 Licensed Insu', 'inline', A+'/div[19]/div[1]/table/tbody/tr/td[2]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Best Availability U-Haul Truck Rental rating 4.15 / 5 Licens', 'inline', A+'/div[19]/div[1]/table/tbody/tr/td[3]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Zip to Zip Moving Inc rating 4.58 / 5 Years in Business: 7 Y', 'inline', A+'/div[20]/div[1]/table/tbody/tr/td[1]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Lifestyle Moving & Storage rating 4.12 / 5 Years in Business', 'inline', A+'/div[20]/div[1]/table/tbody/tr/td[2]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", 'Men On The Move rating 4.76 / 5 Years in Business: 37 Yelp: ', 'inline', A+'/div[20]/div[1]/table/tbody/tr/td[3]/div', amb=True, note="partner card with 'Get A Quote' (or 'Check prices') and phone buttons"),
 C("other", "", "inline", A+"/div[25]", amb=True, note="empty #mb-cost-calc-widget mount under the cost table (script-filled moving cost calculator / quote funnel)"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div[1]/nav", note="footer social icons (Facebook, LinkedIn, X, Pinterest)"),
]
ads=[]
