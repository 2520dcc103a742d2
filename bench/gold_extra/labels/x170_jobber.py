from _dsl import *
FILE="wcxb/html/0127.html.gz"
# Jobber Academy article '2025 Cleaning Industry Trends' (WordPress 'jobberblocks' theme). Utility bar (empty
# script-filled promo message, Español, Log In), nav with mega-menu (text links only) and phone + 'Start Free Trial';
# article: hero with title, author and 'Start Trial' button, breadcrumbs, intro, TOC, key statistics, content
# sections with testimonials, four 'READ MORE:' story lines, two one-line product promos (text-cta asides), two
# YouTube embeds; in-text form CTAs: free trial (after key statistics), newsletter (mid-article), free trial
# (bottom); 'Related Reading' (3 posts + Jobber Resources card). Footer: link columns, phone/e-mail, social icons,
# app badges. No ads.
# Not labelled: nav/mega-menu (incl. 'Contact us', 'Start Free Trial' menu copies), Español/Log In links,
# breadcrumbs, TOC, testimonials, in-text links (e.g. 'price increase letter'), video embeds, footer link
# columns and phone/e-mail list.
A="/html/body/main/article"
related=[
 R(A+"/section[10]/div/p[5]", None, 1, "inline", note="'READ MORE: 23 unique and budget-friendly employee benefit ideas'"),
 R(A+"/section[11]/div/p[2]", None, 1, "inline", note="'READ MORE: 8 best janitorial software to boost efficiency'"),
 R(A+"/section[21]/div/p[3]", None, 1, "inline", note="'READ MORE: Should you offer green cleaning services?'"),
 R(A+"/section[24]/div/p[3]", None, 1, "inline", note="'READ MORE: The best cleaning apps to run your business'"),
 R(A+"/aside[6]", "Related Reading", 3, "after", note="'Related Reading' 3 post cards + 'See all Academy Articles' and a Jobber Resources card"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[1]/div/div", amb=True, note="empty #promo-message in the utility bar (script-filled promo)"),
 C("other", "1-888-721-1115 Start Free Trial", "outside", "/html/body/div[2]/div/div[2]", note="nav phone number + 'Start Free Trial' button"),
 C("other", "Start Trial", "before", A+"/section[1]/div/div[2]", note="'Start Trial' button in the post hero"),
 C("other", "Stay ahead of the cleaning trends. Try Jobber for 14 days to see how easy it is to run your cleaning business.", "inline", A+"/aside[1]", note="free-trial sign-up form after the key statistics"),
 C("newsletter", "Get posts like this in your inbox. Keep learning how to run a 5-star business with our monthly email.", "inline", A+"/aside[2]", note="newsletter sign-up form mid-article"),
 C("other", "Win bigger cleaning jobs with quoting software.", "inline", A+"/aside[3]", amb=True, note="one-line product promo (text-cta) linking to the quotes feature; wcxb keeps it in the body"),
 C("other", "Scheduling your cleaning crew in minutes with scheduling software.", "inline", A+"/aside[4]", amb=True, note="one-line product promo (text-cta) for scheduling; wcxb keeps it in the body"),
 C("other", "Get organized, win jobs, and wow customers. Try Jobber for 14 days to see how easy running your cleaning business can be.", "after", A+"/aside[5]", note="free-trial sign-up form at the end of the article"),
 C("follow", "", "outside", "/html/body/main/footer/div[2]/div[4]/ul[3]", note="footer social icons (Facebook, X, Instagram, YouTube, LinkedIn)"),
 C("app", "", "outside", "/html/body/main/footer/div[2]/div[5]", note="footer App Store / Google Play badges"),
]
ads=[]
