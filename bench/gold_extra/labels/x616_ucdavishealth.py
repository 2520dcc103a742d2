from _dsl import *
FILE="wcxb/html/0368.html.gz"
# UC Davis Health 'Cultivating Health' blog post '7 weight loss tips to shed pounds in the new year and keep them off for
# good': global nav (mobile bottom bar, Main Menu modal, Giving / Careers, search overlays); blog header (title, wordmark);
# blog primary nav (categories, All Articles, 'Subscribe' entry with a bell icon); hero image; article (date, h1, text
# in 7 h2 sections with ten chevron-button story lines 'Find out if ...', 'Learn about ...', standing alone or in runs of
# 2-3; 'Explore related topics' category button; empty info-block); empty Disqus thread; empty placeholder section;
# 'More Stories' trio of 3 cards; 'Subscribe to Cultivating Health' e-mail form; 'Connect with us' social icons; footer
# (disclaimer, wordmark, legal line); reCAPTCHA / bootstrap scripts.
# Not labelled: global nav and search overlays, Giving / Careers links, blog category nav, 'Explore related topics'
# category list (tag list), empty info-block and placeholder sections, in-sentence links (p[6], p[12], p[22]: body), footer
# disclaimer and legal links. No ad slot on the page.
B="/html/body/div/div[3]/div/div/div/article/div/div/div/div[1]"
related=[
 R(B+"/p[5]", None, 1, "inline", note="chevron-button story line 'Find out if weight loss medications can help you lose weight', a paragraph of its own (10.10)"),
 R(B+"/p[7]", None, 2, "inline", note="first of a run of 2 chevron story lines (Mediterranean diet, intermittent fasting) with no container of their own (9.1)"),
 R(B+"/p[8]", None, 1, "inline", amb=True, note="second line of the run starting at p[7] (9.1: each other item's box amb)"),
 R(B+"/p[10]", None, 1, "inline", note="chevron story line 'Check out these top 15 healthy foods you should be eating'"),
 R(B+"/p[13]", None, 3, "inline", note="first of a run of 3 chevron story lines (8-week exercise plan, high-intensity workouts, flexibility) (9.1)"),
 R(B+"/p[14]", None, 1, "inline", amb=True, note="second line of the run starting at p[13] (9.1)"),
 R(B+"/p[15]", None, 1, "inline", amb=True, note="third line of the run starting at p[13] (9.1)"),
 R(B+"/p[18]", None, 2, "inline", note="first of a run of 2 chevron story lines (meal planning tips, paleo diet) (9.1)"),
 R(B+"/p[19]", None, 1, "inline", amb=True, note="second line of the run starting at p[18] (9.1)"),
 R(B+"/p[23]", None, 1, "after", note="closing chevron story line 'Get more healthy weight loss tips for the new year' (last line of the text)"),
 R("/html/body/div/div[5]/div/div/div/div", "More Stories", 3, "after|outside", note="'More Stories' card trio (car seat tips, perimenopause, chronic pain) between the article and the subscribe band"),
]
ctas=[
 C("newsletter", "Subscribe", "outside", "/html/body/div/div[2]/div/div/div/div/div/nav/ul/li[7]", amb=True, note="'Subscribe' entry with bell icon (class subscribe) in the blog category nav: a menu link set apart by style only"),
 C("comments", "", "after", "/html/body/div/div[3]/div/div/div/div[2]", amb=True, note="empty Disqus comment-block (#disqus_thread) under the article, filled by the disqus_config script (10.9)"),
 C("newsletter", "Subscribe to Cultivating Health Subscribe to our blog and receive notifications of new stories by email.", "after|outside", "/html/body/div/div[6]/div/div/div/div/div", note="'Subscribe to Cultivating Health' name/e-mail form with Subscribe button"),
 C("follow", "Connect with us", "after|outside", "/html/body/div/div[7]/div/div/div/div", note="(after|outside as the subscribe band beside it, built the same way) 'Connect with us' social icons Facebook, Twitter, Instagram above the footer"),
]
ads=[]
