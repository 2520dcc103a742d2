from _dsl import *
FILE="trafilatura-eval/html/elavegan.com-Peanut.html.gz"
# ElaVegan (WordPress/Genesis, WP Recipe Maker) recipe post 'Peanut Butter Truffles': a pre-header sign-up bar,
# main menu, the post (snippet buttons, text, an in-text 'Related Recipes' heading + list, a rate/tag-me line,
# empty meal-planner banner, the recipe card, a 'pin the following photo' line), share bar, after-entry Flodesk
# form, previous-post link, comments and reply form, right sidebar. AdThrive (Raptive) ads are configured in
# head scripts (enabledLocations Content, Recipe) but injected by script: no slot elements in the HTML except
# the AdThrive video player holding the recipe video (labelled ambiguous).
# Not labelled: menu (incl. 'Cookbook', 'Meal Planner App', 'Contact'), breadcrumbs, 'Read In: Deutsch' language
# link, 'Jump to Recipe' link, recipe card content, 'About Me' and Amazon-disclosure widgets, footer line.
AC="/html/body/div[2]/div/div/main/article/div"
MN="/html/body/div[2]/div/div/main"
SB="/html/body/div[2]/div/div/aside"
related=[
 R(AC+"/ul[2]", "Related Recipes", 10, "inline", note="in-text h2 'Related Recipes' + intro line + list of 10 recipe links (siblings in entry-content; the list is labelled)"),
 R(MN+"/div[3]", None, 1, "after", note="adjacent-entry pagination 'Previous Post: « Almond Flour Cookies'"),
]
ctas=[
 C("newsletter", "Never miss a delicious recipe! Sign up", "before|outside", "/html/body/div[1]", note="before-header sign-up bar (Flodesk page)"),
 C("follow", "", "outside", "/html/body/div[2]/nav/div/ul/li[7]", amb=True, note="social icons item inside the main menu"),
 C("comments", "18 Comments", "before", "/html/body/div[2]/div/div/main/article/header/p/span[2]", amb=True, note="comment count link in the entry meta"),
 C("share", "Pin Recipe", "before", AC+"/div[1]", amb=True, note="recipe snippet bar: Jump to Recipe, Pin Recipe, rating"),
 C("comments", "If you give this peanut butter truffles recipe a try, I’d love a comment and recipe rating", "inline", AC+"/p[38]", note="closing call to comment/rate and tag @elavegan on Instagram or Facebook"),
 C("app", "", "inline", AC+"/div[4]", amb=True, note="empty meal-planner banner linking to meals.elavegan.com (image by CSS)"),
 C("share", "Print Recipe Pin Recipe", "inline", AC+"/div[5]/div/div[9]", amb=True, note="print/pin buttons in the recipe card"),
 C("other", "Simple and Delicious Vegan Cookbook by ElaVegan CLICK HERE to order!", "inline", AC+"/div[5]/div/div[24]", note="cookbook call-to-action at the end of the recipe card"),
 C("share", "If you are using Pinterest, feel free to pin the following photo:", "after", AC+"/h4", amb=True, note="pin-this-photo heading over the Pinterest image (image p[40] follows)"),
 C("share", "Share this post: Share on Pinterest Share on Facebook Share on X (Twitter)", "after", "/html/body/div[2]/div/div/main/article/footer/div", note="scriptless social sharing bar in the entry footer"),
 C("newsletter", "", "after", MN+"/div[2]", note="after-entry widget with a Flodesk form (form script only)"),
 C("comments", "Comments", "after", MN+"/div[4]", note="comment list"),
 C("comments", "Leave a Reply", "after", MN+"/div[5]", note="reply form with recipe rating"),
 C("follow", "", "outside", SB+"/section[1]", note="sidebar social icons (Facebook, Instagram, Pinterest, RSS, YouTube)"),
 C("other", "Order My Cookbook", "outside", SB+"/section[3]", note="sidebar cookbook image link"),
]
ads=[
 A(AC+"/div[5]/div/div[19]", "inline", amb=True, note="recipe video container holding an adthrive-video-player (the recipe's own video in an ad-carrying player)"),
]
