from _dsl import *
FILE="wcxb/html/0316.html.gz"
# web.dev (Google devsite) course index 'Learn web development': empty cookie bar mount; devsite header (menu button,
# logo, upper tabs Resources (hidden dropdown of sections and courses) / Baseline / How to use / Blog / Case Studies,
# search, appearance and language selectors, 'Sign in'); lower tabs of the 11 courses; hidden book nav (mobile menu incl.
# a 'Developer Newsletter' entry); sidebar with empty TOC and empty devsite-recommendations-sidebar mount; breadcrumbs;
# hidden devsite-actions with the bookmark tooltip 'Stay organized with collections'; hero row (image, h3, intro); card
# row of 11 courses (image, 'Course' label, h3 link, description, 'Start course' button each: the listing is the page's
# body in the wcxb ground truth); empty floating-action-buttons; feedback-options data template; empty footer promos;
# footer linkboxes (web.dev blurb, 'Contribute' File a bug / See open issues, 'Related Content' Chrome for Developers /
# Chromium updates / Case studies / Podcasts & shows, 'Follow' Twitter / YouTube / LinkedIn / RSS); utility links
# (Terms, Privacy, cookies), language selector.
# Not labelled: header tabs and dropdowns, lower course tabs, book nav (its 'Developer Newsletter' is one of 23 menu
# entries), 'Sign in', TOC, breadcrumbs, empty floating-action-buttons, empty footer-promos, the feedback template (JSON
# options for an unrendered rating widget), utility links, language selectors.
AR="/html/body/section/section/main/devsite-content/article"
LB="/html/body/section/section/devsite-footer-linkboxes/nav/ul"
related=[
 R("/html/body/section/section/main/div/div/devsite-recommendations-sidebar", None, 0, "outside", amb=True, note="empty devsite-recommendations-sidebar mount in the right sidebar (script-filled recommendations, 10.9)"),
 R(LB+"/li[3]", "Related Content", 4, "outside", amb=True, note="footer linkbox 'Related Content': Chrome for Developers, Chromium updates, Case studies, Podcasts & shows (sites and sections rather than stories, convention 6 vs its heading)"),
]
ctas=[
 C("other", "Stay organized with collections Save and categorize content based on your preferences.", "before", AR+"/devsite-actions", amb=True, note="hidden devsite-actions: bookmark button with the 'Stay organized with collections' tooltip (save-to-collection feature, needs sign-in)"),
 C("other", "Start course", "inline", AR+"/div[2]/section[2]/div/div", amb=True, note="the same 'Start course' button on each of the 11 course cards (convention 1: one amb CTA on the listing's container; the cards are the body)"),
 C("contact", "Contribute File a bug See open issues", "outside", LB+"/li[2]", amb=True, note="footer linkbox 'Contribute': File a bug, See open issues (issue tracker; a corrections/contact ask as a headed link column, 9.7)"),
 C("follow", "Follow Twitter YouTube LinkedIn RSS", "outside", LB+"/li[4]", note="footer linkbox 'Follow': Twitter, YouTube, LinkedIn, RSS"),
]
ads=[]
