from _dsl import *
FILE="wcxb/html/4116.html.gz"
# MOTTIV (Webflow, training app maker) guide 'Free 10 Week Beginner Marathon Training Plan': cookie banner + preferences;
# navbar (About, Pricing, Why Mottiv?, 'Log in' / 'Sign up for free' buttons); left sidebar 'MARATHON TRAINING PLAN' list
# of 77 sibling plans; hero (title, author); text with app plugs in sentences, empty calculator embeds and the script-
# filled training-plan table; Previous / Next component (two Webflow lists of all 77 plans, filtered by script to the
# neighbours); right sticky rail 'Get a free run training plan / Sign Up for Free' card and author card; full-width
# 'With Mottiv, you're ready ... Try free now' band; footer (Company, guides, training guides/plans columns, legal,
# address). No ads, no ad configuration.
# Not labelled: cookie banner, navbar links, in-sentence links (incl. 'in our app', 'check out our app': body wording),
# calculator embeds and the training-plan table (body tools), author card (no social links), footer columns and legal.
AW="/html/body/div/div[4]/div[1]/div[2]/div[2]/div/div/div/div"
related=[
 R("/html/body/div/div[4]/div[1]/div[1]", "MARATHON TRAINING PLAN", 77, "outside", note="left sidebar list of 77 marathon training plan pages (the series this page belongs to)"),
 R(AW+"/div[1]/div[2]", None, 2, "after", note="Previous / Next plan links under the text (the HTML holds both full lists of 77, script shows the neighbours)"),
]
ctas=[
 C("other", "Log in Sign up for free", "outside", "/html/body/div/div[3]/div/div/nav/div", amb=True, note="navbar 'Log in' / 'Sign up for free' app buttons"),
 C("other", "Get a free run training plan Sign Up for Free", "before|outside", AW+"/div[2]/div[1]", note="sticky right-rail card linking to app sign-up (ref=sidebar-advert-free-run)"),
 C("app", "With Mottiv, you're ready The only app with personalized training plans designed specifically", "after|outside", "/html/body/div/div[4]/div[2]", note="full-width app promo band 'Try free now' between article and footer"),
]
ads=[]
