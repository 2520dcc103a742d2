from _dsl import *
FILE="wcxb/html/0127.html.gz"
# getjobber.com Academy article (SaaS marketing blog): utility bar + mega-menu header with trial button, hero with
# 'Start Trial', body in sections with trial/newsletter forms and text CTAs between them, four 'READ MORE:' lines,
# bottom trial form, 'Related Reading' cards, big footer with social icons and app badges. No ads, no ad config.
# Not labelled: mega menu, breadcrumbs, table of contents, customer testimonial pullquotes and YouTube embeds (body),
# footer link lists, 'See all Academy Articles' button (part of the related block).
A_="/html/body/main/article"
F="/html/body/main/footer/div[2]"
related=[
 R(A_+"/section[10]/div/p[5]", None, 1, "inline", note="'READ MORE: 23 unique and budget-friendly employee benefit ideas' single-link line"),
 R(A_+"/section[11]/div/p[2]", None, 1, "inline", note="'READ MORE: 8 best janitorial software to boost efficiency' single-link line"),
 R(A_+"/section[21]/div/p[3]", None, 1, "inline", note="'READ MORE: Should you offer green cleaning services?' single-link line"),
 R(A_+"/section[24]/div/p[3]", None, 1, "inline", note="'READ MORE: The best cleaning apps to run your business' single-link line"),
 R(A_+"/aside[6]", "Related Reading", 3, "after", note="3 related academy post cards + 'See all Academy Articles' + resources promo card"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[1]/div/div", amb=True, note="empty header promo-message container in the utility bar (filled by script)"),
 C("contact", "1-888-721-1115", "outside", "/html/body/div[2]/div/div[2]/a[1]", amb=True, note="header phone number link"),
 C("other", "Start Free Trial", "outside", "/html/body/div[2]/div/div[2]/a[2]", note="header 'Start Free Trial' button"),
 C("other", "Start Free Trial", "outside", "/html/body/div[2]/div/div[1]/nav/div[3]/div[1]", amb=True, note="'Start Free Trial' button at the foot of the pull-out (mobile) menu"),
 C("contact", "Call us toll free: 1-888-721-1115", "outside", "/html/body/div[2]/div/div[1]/nav/div[3]/p", amb=True, note="phone line at the foot of the pull-out menu"),
 C("other", "Start Trial", "before", A_+"/section[1]/div/div[2]", note="'Start Trial' button in the article hero next to the author"),
 C("other", "Stay ahead of the cleaning trends. Try Jobber for 14 days to see how easy it is to run your cleaning business.", "inline", A_+"/aside[1]", note="mid-page free-trial sign-up form (e-mail field + 'Try Jobber For Free')"),
 C("newsletter", "Get posts like this in your inbox. Keep learning how to run a 5-star business with our monthly email.", "inline", A_+"/aside[2]", note="mid-page newsletter form"),
 C("other", "Win bigger cleaning jobs with quoting software.", "inline", A_+"/aside[3]", amb=True, note="text-CTA aside promoting the quoting feature (kept as body by the wcxb ground truth)"),
 C("other", "Scheduling your cleaning crew in minutes with scheduling software.", "inline", A_+"/aside[4]", amb=True, note="text-CTA aside promoting the scheduling feature (kept as body by the wcxb ground truth)"),
 C("other", "Get organized, win jobs, and wow customers. Try Jobber for 14 days to see how easy running your cleaning business can be.", "after", A_+"/aside[5]", note="bottom free-trial sign-up form"),
 C("other", "Jobber Resources Explore more free tools and templates See all resources", "after", A_+"/aside[6]/div/div[2]/a", amb=True, note="resources promo card inside the Related Reading block"),
 C("contact", "1-888-721-1115", "outside", F+"/div[4]/ul[2]", amb=True, note="footer phone + e-mail list under the Company links"),
 C("follow", "", "outside", F+"/div[4]/ul[3]", note="footer social icons (Facebook, X, Instagram, YouTube, LinkedIn)"),
 C("app", "", "outside", F+"/div[5]/div", note="footer App Store / Google Play badges"),
]
ads=[]
