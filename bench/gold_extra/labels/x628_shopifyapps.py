from _dsl import *
FILE="wcxb/html/4715.html.gz"
# Shopify App Store story 'Get that tech stack: Klatch Coffee' (merchant tech-stack story): sticky App Store navbar (logo,
# search, 'Browse apps' category menu, Log in, 'Start for free' sign-up button); hidden side menu and search dialogs; story
# hero (breadcrumb 'All stories / Merchant tech stacks', h1, date, image, Plan / Industry / Joined facts); intro paragraph;
# three sections ('Perk up sales', 'Brewed just for you', 'Cultivate community'), each with an app card (icon, name, rating,
# 'Free trial available', tagline, 'Install' button: Octane AI, Klaviyo, Judge.me); merchant quote; 'How other merchants
# stack up' band of 3 story cards; 'All app stories' link; footer (App categories, Top categories, Resources, Shopify
# columns, legal links, languages); hidden 'Log in to your Shopify store' modal.
# No ads. Not labelled: navbar menus, search, Log in, breadcrumb, facts list, the 'All app stories' index link, footer
# columns and legal links, the hidden login modal (a log-in form with a 'Sign up' line).
S="/html/body/main/section"
AP=S+"/div[3]/div/section"
related=[
 R(S+"/section", "How other merchants stack up", 3, "after", note="'How other merchants stack up' band of 3 tech-stack story cards (Clay Imports, Flakon, Rest)"),
]
ctas=[
 C("other", "Start for free", "outside", "/html/body/header/nav/div[3]/div[2]", amb=True, note="navbar 'Start for free' sign-up button beside Log in (11.7)"),
 C("other", "Start for free", "outside", "/html/body/div[1]/div/div/div[2]/div[2]/ul/li[1]", amb=True, note="'Start for free' sign-up button in the hidden side-menu dialog, beside Log in"),
 C("other", "Octane AI: Advanced Quiz Maker 4.8 out of 5 stars", "inline", AP+"/article[1]/div[2]", amb=True, note="app card with rating and 'Install' button beside the 'Perk up sales' section (product box in the text, 10.2)"),
 C("other", "Klaviyo: Email Marketing & SMS 4.5 out of 5 stars", "inline", AP+"/article[2]/div[2]", amb=True, note="app card with 'Install' button beside 'Brewed just for you' (10.2)"),
 C("other", "Judge.me Product Reviews App 5.0 out of 5 stars", "inline", AP+"/article[3]/div[2]", amb=True, note="app card with 'Install' button beside 'Cultivate community' (10.2)"),
]
ads=[]
