from _dsl import *
FILE="wcxb/html/4642.html.gz"
# Motivate Educate Repeat (WordPress Blossom Travel theme + Jetpack) post 'Top Home Gym Must Haves For Every Budget And
# Fitness Level': header (empty branding, nav, empty social list, search modal), responsive nav copy, page header (title,
# '0 Comment' link), breadcrumb; article (affiliate-disclosure box, text with photos and three tiers of numbered equipment
# lists whose items end in inline Amazon affiliate 'HERE' links, app favourites, closing 'Social Media' section with a
# follow-me paragraph, Jetpack share buttons, Jetpack likes, empty Jetpack 'Related' container), tags, prev/next nav,
# 'Leave A Comment' form; footer credits; hidden Jetpack carousel overlay (with its own comment form), hidden likes
# popover, MonsterInsights badge, WP AutoTerms legal footer. No ads, no ad configuration.
# Not labelled: navs, search, breadcrumb, the affiliate-disclosure box (kept as body by the wcxb ground truth), the inline
# amzn.to 'HERE' links inside the list items (plain text links, not product boxes or buttons), tags, hidden carousel
# overlay and likes popover, MonsterInsights badge, footer credits and legal links.
C_="/html/body/div[1]/div[2]"
E=C_+"/div[2]/div/main/article/div"
related=[
 R(E+"/div[4]", "Related", 0, "after", amb=True, note="Jetpack related-posts container: 'Related' heading only, items filled by script"),
 R(C_+"/div[2]/div/nav", None, 2, "after", note="previous/next post nav (Healthy Gluten-Free Pancakes / Gluten-Free Strawberry Banana Muffins)"),
]
ctas=[
 C("comments", "0 Comment", "before", C_+"/header/div/div", amb=True, note="'0 Comment' comment-count link under the title"),
 C("follow", "Be sure to follow me on social media HERE to stay up to date on all the latest health and wellness tips", "after", E+"/p[26]", note="closing 'Social Media' paragraph linking to the author's Instagram (and to another post); h2 'Social Media' is the sibling before it"),
 C("share", "Share this: Share on X (Opens in new window) X Share on Facebook (Opens in new window) Facebook", "after", E+"/div[2]", note="Jetpack sharedaddy share buttons (X, Facebook)"),
 C("other", "Like this: Like Loading...", "after", E+"/div[3]", amb=True, note="Jetpack like button"),
 C("comments", "Leave A Comment Cancel reply", "after", C_+"/div[2]/div/div", note="'Leave A Comment' form (no comments) with follow-up / new-post e-mail checkboxes"),
]
ads=[]
