from _dsl import *
FILE="wcxb/html/0186.html.gz"
# The Southerner (Great Neck South High School student news site, SNO FLEX Pro WordPress theme) story 'A Beginner's Guide to
# Skincare': desktop header (Instagram / YouTube / Email Signup / RSS icons, search, site title, primary nav), tablet and
# mobile header copies (hamburger menus, search); left aside 'Trending Stories' 5; story (category, headline, byline, date,
# text with five numbered steps and ten product photos captioned 'Amazon $price' (unlinked), in-text Amazon links), icon
# row (View Story Comments, Like 10, Share on Facebook / X, Email this Story, Print), 'Leave a Comment' button, 'More to
# Discover / More in Entertainment' 6 cards, 'About the Contributor' author box; footer (site name, SNO credit, Log in);
# slide-out comments panel 'Comments (0)' with form; photo modal, empty share modal, empty story-collection modal.
# No ads, no ad configuration.
# Not labelled: navs, search, categories, byline, the 'Amazon $price' captions of the product photos (no link or button,
# read as image captions), the author box (bio only), footer credit / Log in, the photo and story-collection modals.
ST="/html/body/div[1]/main/div[1]/div/div"
related=[
 R("/html/body/div[1]/main/div[1]/aside/div/section", "Trending Stories", 5, "outside", note="left aside 'Trending Stories' numbered list of 5 (the 2nd is this story)"),
 R(ST+"/div[7]", "More to Discover", 6, "after", note="'More to Discover' / 'More in Entertainment' 6 story cards under the story"),
]
ctas=[
 C("follow", "Instagram YouTube Email Signup RSS Feed", "outside", "/html/body/div[1]/header/div[1]/div[1]/div/div[1]", note="desktop header icon row: Instagram, YouTube, 'Email Signup' (Google form), RSS"),
 C("share", "View Story Comments 10 Like This Story Share on Facebook Share on X Email this Story Print this Story", "after", ST+"/div[5]", note="icon row under the story: comments, like (10), Facebook, X, e-mail, print"),
 C("comments", "Leave a Comment", "after", ST+"/button", note="'Leave a Comment' bar opening the comments panel"),
 C("comments", "Comments (0) Share your thoughts...", "outside", "/html/body/div[2]", note="slide-out comments panel: 'Comments (0)', 'Share your thoughts...', pick/sort toggles, comment form"),
 C("share", "", "outside", "/html/body/div[4]", amb=True, note="hidden share modal, empty container (filled by script)"),
]
ads=[]
