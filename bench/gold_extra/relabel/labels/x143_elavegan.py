from _dsl import *
FILE="trafilatura-eval/html/elavegan.com-Peanut.html.gz"
# elavegan.com recipe post (Genesis theme + WP Recipe Maker card, AdThrive site). Second reading.
# The recipe card (wprm-recipe-container) is taken as body: Related Recipes list and the meal-planner
# banner sit before it, so they are inline. AdThrive injects its ads by script (config in <head>),
# no slot elements in the HTML apart from the in-post video player. Not labelled: menu (Cookbook,
# Meal Planner App links), 'Read In: Deutsch' language link, breadcrumbs, search, 'About Me' bio
# widget, Amazon disclosure, footer copyright line, affiliate ingredient links inside the card.
M="/html/body/div[2]/div/div/main"
AC=M+"/article/div"
related=[
 R(AC+"/ul[2]", "Related Recipes", 10, "inline", note="'Related Recipes' h2 + intro paragraph + list of 10 recipe links written into the post, before the recipe card (heading and list are loose siblings)"),
 R(M+"/div[3]", None, 1, "after", note="previous-post link '« Almond Flour Cookies' (next slot empty)"),
]
ctas=[
 C("newsletter", "Never miss a delicious recipe! Sign up", "outside", "/html/body/div[1]", note="top bar above the header with Flodesk sign-up button (plus German site-switcher flag)"),
 C("comments", "18 Comments", "before", M+"/article/header/p/span[2]", amb=True, note="comment-count link in the byline"),
 C("share", "Jump to Recipe Pin Recipe", "before", AC+"/div[1]", amb=True, note="WPRM snippet row at the top of the post: Jump to Recipe anchor + Pin Recipe button (+ rating stars); mixed utility row"),
 C("comments", "If you give this peanut butter truffles recipe a try, I’d love a comment and recipe rating below. Also, don’t", "inline", AC+"/p[38]", amb=True, note="author's closing paragraph asking for a comment/rating and an Instagram tag; written as body text"),
 C("other", "", "inline", AC+"/div[4]", note="'Get My Meal Planner' image banner linking to meals.elavegan.com, just before the recipe card"),
 C("share", "Print Recipe Pin Recipe", "inline", AC+"/div[5]/div/div[9]", amb=True, note="recipe card button row: Print + Pin Recipe"),
 C("other", "Simple and Delicious Vegan Cookbook by ElaVeganCLICK HERE to order!", "inline", AC+"/div[5]/div/div[24]", note="WPRM call-to-action box at the foot of the recipe card: order the cookbook"),
 C("share", "If you are using Pinterest, feel free to pin the following photo:", "after", AC+"/h4", amb=True, note="pin-this-photo prompt after the card (the Pinterest image itself is display:none)"),
 C("share", "Share this post: Share on Pinterest Share on Facebook Share on X (Twitter)", "after", M+"/article/footer/div", note="scriptless social sharing bar in the entry footer"),
 C("newsletter", "", "after", M+"/div[2]", note="after-entry widget: empty Flodesk form container (window.fd('form', ...)), filled by script"),
 C("comments", "Comments Julia 16. March, 2023", "after", M+"/div[4]", note="#comments section with the comment list"),
 C("comments", "Leave a Reply Cancel reply", "after", M+"/div[5]", note="#respond reply form with recipe rating"),
 C("follow", "FacebookInstagramPinterestRSSYouTube", "outside", "/html/body/div[2]/div/div/aside/section[1]", note="sidebar simple-social-icons widget"),
 C("other", "Order My Cookbook", "outside", "/html/body/div[2]/div/div/aside/section[3]", note="sidebar cookbook cover image linking to the cookbook shop page"),
]
ads=[
 A(AC+"/div[5]/div/div[19]/div/div", "inline", amb=True, note="adthrive-video-player in-post (recipe video with AdThrive's monetised player, empty, filled by script)"),
]
