from _dsl import *
FILE="wcxb/html/4660.html.gz"
# The Prairie Homestead (homesteading blog, WordPress Genesis, Mediavine content wrapper) post 'Organic Pest Control
# Garden Spray Recipe': skip links; top bar 'Listen to My Latest Podcast Episode:' with the episode title and an empty
# audio playlist player; header (site title, menu); empty hbg-ssm-wrap div; article (meta with '109 Comments' link,
# h1; text: empty share-before buttons, images, story, ingredient notes, recipe, 'Notes:', 'My Other Tricks for
# Naturally Battling Bugs' list of 4 posts, empty share-after buttons; entry footer with '109 Comments' link and
# categories); after-post opt-in box ('Your Garden's Best Kept Secret!' / 'I Want It!' with hidden lightbox);
# 'You may also like these posts...' (nrelate, 4 posts); '109 Comments' list; trackbacks; 'Leave a Comment' form;
# Akismet notice; right sidebar (planner order box, meal-plan 'Learn More' box, book box, free-library opt-in);
# centred 728x90 GPT slot div-gpt-ad-1414885064740-0 after the content area; social icons row; footer (copyright,
# legal links). The Mediavine script is only prefetched (no slot elements).
# Not labelled: skip links, menus (incl. Contact Us / Be a Guest), empty hbg-ssm-wrap div (no sign of its purpose),
# categories, trackbacks list, Akismet notice, hidden jpibfi Pin-it input, affiliate links inside the notes ('like
# this', 'this liquid castile soap', in-sentence), footer legal links.
MN="/html/body/div[2]/div[2]/div[2]/main"
EC=MN+"/article/div"
SB="/html/body/div[2]/div[2]/div[2]/aside"
related=[
 R(EC+"/ul[3]", "My Other Tricks for Naturally Battling Bugs", 4, "after", note="list of 4 own posts under the 'My Other Tricks for Naturally Battling Bugs' h3 (sibling heading, no common container) at the end of the text (kept in the wcxb ground truth)"),
 R(MN+"/div[2]", "You may also like these posts...", 4, "after", note="nrelate 'You may also like these posts...' box with 4 image+title post links"),
]
ctas=[
 C("other", "Listen to My Latest Podcast Episode: Season 18: Episode 9: I'm Not Planting a Garden This Year. Here's Why.", "outside", "/html/body/div[2]/div[1]", amb=True, note="top bar promoting the latest podcast episode (title, empty audio playlist player); a reader could call it a related/promo item"),
 C("comments", "109 Comments", "before", MN+"/article/header/p/span[1]", amb=True, note="'109 Comments' count link in the post meta (bare count)"),
 C("share", "", "before", EC+"/div[1]", amb=True, note="empty share-before buttons (Facebook, Twitter, Pinterest divs filled by script) at the top of the text"),
 C("share", "", "after", EC+"/div[2]", amb=True, note="empty share-after buttons (Facebook, Twitter, Pinterest divs filled by script) at the end of the text"),
 C("comments", "109 Comments", "after", MN+"/article/footer/p/span[1]", amb=True, note="'109 Comments' count link in the entry footer (bare count)"),
 C("newsletter", "Your Garden's Best Kept Secret! Boost your garden soil's health and fertility with my Cover Crop Guide! It's i", "after", MN+"/div[1]", note="after-post opt-in box: Cover Crop Guide in the free digital homestead library, 'I Want It!' button opening a hidden sign-up lightbox"),
 C("comments", "109 Comments", "after", MN+"/div[3]", note="comments section: '109 Comments' heading and threaded comment list with reply links"),
 C("comments", "Leave a Comment Cancel reply Your email address will not be published.", "after", MN+"/div[5]", note="'Leave a Comment' form"),
 C("other", "Order the 2026 Homestead Planner (While Supplies Last!) Order Now!", "outside", SB+"/div[1]", note="sidebar box: order the 2026 Homestead Planner"),
 C("other", "Never Run Out of Meal Ideas Again! Learn More", "outside", SB+"/div[2]", note="sidebar box promoting a meal-planning programme (Learn More to mealcraftmethod.com, hidden lightbox)"),
 C("other", "My Latest Book is HERE! Learn More", "outside", SB+"/div[3]", note="sidebar box promoting her latest book"),
 C("newsletter", "Save time & money as you build your homestead with my FREE library of ebooks & resources! I want access", "outside", SB+"/div[4]", note="sidebar opt-in box for the free resource library ('I want access', hidden sign-up lightbox)"),
 C("follow", "", "outside", "/html/body/div[2]/div[3]", note="social icons row before the footer (Facebook, Twitter, Instagram, YouTube, Goodreads)"),
]
ads=[
 A("/html/body/div[2]/center", "after|outside", "centred empty 728x90 GPT slot div-gpt-ad-1414885064740-0 between the content area and the footer"),
]
