from _dsl import *
FILE="wcxb/html/4673.html.gz"
# Midwest Life and Style Blog (WordPress Genesis 'Anchored' theme; AdThrive only preconnected in the head) DIY post 'A
# Beginner's Guide To Refinishing Vintage Furniture': above-header nav (Home / About / Contact / Printables Library and
# a 'Nav Social Menu' of Facebook / Instagram / Pinterest icons); header (logo, site title, category menu incl. 'Shop'
# Amazon Storefront / LTK Boutique); article (h1, categories; Social Warfare 'Share / Pin 221 / Shares' bar; intro;
# Amazon affiliate disclosure; 'Table of Contents'; empty Flodesk form div; 'Supplies' with a supply list of Amazon /
# rstyle affiliate links; 'Directions' steps with in-sentence affiliate links; photos; closing thanks; 'More PROJECTS:'
# heading over a one-link line 'Simple Summer Porch Refresh' and its picture (no link); 'Did You Enjoy this Post? PIN It
# for Later!' heading over a pinnable graphic; entry footer with date and '6 Comments' link); after-entry 'Don't Miss a
# Thing!' Flodesk sign-up form; previous/next post links; comment list (3 shown) and 'Leave a Reply' form; right sidebar
# ('Welcome!' blogger bio with 'Read More...', social icons, search, a 'Blog' header picture without link, three
# single-post picture widgets titled 'How to Style a Garden-Inspired Tablescape', 'How to Age a Terracotta Pot',
# 'No-Bake Lemon Cheesecake Cups'); footer widgets ('As Seen In' logos, 'Get Your FREE Soup Made Simple Digital
# Cookbook' picture linking to a Flodesk sign-up page, search); copyright line with policy links.
# No ad slot: AdThrive appears only as dns-prefetch/preconnect links in the head (no ad element or slot markup).
# Not labelled: menus (incl. the Shop entries), affiliate disclosure, table of contents, in-sentence affiliate links of
# the steps (ordinary sentences), photos, 'Welcome!' blogger bio, search forms, sidebar header picture (no link, the
# 'Blog' title graphic over the post widgets), 'As Seen In' logos, comment list, empty swp-content-locator and the jpibfi
# pin-button input (script markers), copyright and policy links.
AR="/html/body/div/div[1]/div/main/article"
EC=AR+"/div"
MN="/html/body/div/div[1]/div/main"
SB="/html/body/div/div[1]/div/aside"
related=[
 R(EC+"/p[11]", "More PROJECTS:", 1, "after", note="'More PROJECTS:' heading over the one-link line 'Simple Summer Porch Refresh' (its picture below has no link); no common container (9.1: the item's line, titled by the heading)"),
 R(MN+"/div[2]", None, 2, "after", note="previous/next post links: 'The Best Father's Day Gift Guide' / '15 Things To Buy At Vintage Flea Markets'"),
 R(SB+"/section[5]", "How to Style a Garden-Inspired Tablescape", 1, "outside", note="sidebar picture widget titled and linking to the post 'How to Style a Garden-Inspired Tablescape', first of three single-post widgets under the 'Blog' header picture (9.1: sibling boxes with no container but the column, the first box plain)"),
 R(SB+"/section[6]", "How to Age a Terracotta Pot", 1, "outside", amb=True, note="sidebar picture widget 'How to Age a Terracotta Pot', second of the three single-post widgets (9.1: each other box amb)"),
 R(SB+"/section[7]", "No-Bake Lemon Cheesecake Cups", 1, "outside", amb=True, note="sidebar picture widget 'No-Bake Lemon Cheesecake Cups', third of the three single-post widgets (9.1: amb)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div/nav/div/ul/aside/section", note="'Nav Social Menu' icons (Facebook, Instagram, Pinterest) in the above-header nav bar"),
 C("share", "Share Pin 221 221 Shares", "before", EC+"/div[1]", note="Social Warfare share bar (Facebook Share, Pinterest Pin, total shares) at the top of the entry content"),
 C("newsletter", "", "inline", EC+"/div[3]", amb=True, note="empty Flodesk form div (fd-form-...) after the table of contents, filled by script (10.9)"),
 C("other", "Lead Paint Testing Kit Citristrip Chip Brush Chemical Resistant Gloves Plastic Wrap", "inline", EC+"/ul[2]", amb=True, note="'Supplies' list of Amazon / rstyle affiliate product links in the text (affiliate link list, as x695; a reader could call it body)"),
 C("share", "Did You Enjoy this Post? PIN It for Later!", "after", EC+"/h2[2]", note="closing 'Did You Enjoy this Post? PIN It for Later!' heading asking readers to pin the graphic below it (set apart as a heading; the graphic's pin button is script-added)"),
 C("comments", "6 Comments", "after", AR+"/footer/p/span", amb=True, note="'6 Comments' link to the comments in the entry footer beside the date (a bare comment count)"),
 C("newsletter", "Don’t Miss a Thing! Join our growing community to get access to our library of FREE party printables", "after", MN+"/div[1]", note="after-entry 'Don't Miss a Thing!' Flodesk sign-up form (first/last name, e-mail, Subscribe)"),
 C("comments", "Leave a Reply Cancel reply", "after", MN+"/div[4]", note="'Leave a Reply' comment form under the comment list"),
 C("follow", "", "outside", SB+"/section[2]", note="sidebar social icons (Facebook, Instagram, Pinterest, Threads) under the bio"),
 C("newsletter", "Get Your FREE Soup Made Simple Digital Cookbook", "outside", "/html/body/div/div[2]/div/div[2]", note="footer widget 'Get Your FREE Soup Made Simple Digital Cookbook' with a cover picture linking to the Flodesk sign-up page (lead magnet for the e-mail list)"),
]
ads=[]
