from _dsl import *
FILE="wcxb/html/0005.html.gz"
# Google Cloud (Wiz/c-wiz app) learn page 'What is Cloud Computing?'. The parser ends the first <html> at the page's
# '</html>' and puts the gbar script and the footer in a second <html> sibling (/html[2]), so paths start /html[1] or
# /html[2]. Page: article c-wiz (empty 'Page Contents' jump menu; hero section with breadcrumb 'Topics', h1, three
# intro paragraphs, a 'Get started for free' button to the free trial, and a 'Learning path / Google Cloud Computing
# Foundations' image card linking to cloudskillsboost.google; sections 'Cloud computing defined', 'Understanding how
# cloud computing works', 'Types of … deployment models', 'What are the types of cloud computing services?', 'What are
# the benefits…' (cards), a 'Solve your business challenges with Google Cloud' band of two cards ('New customers get
# $300 in free credits… Get started' / 'Talk to a Google Cloud sales specialist… Contact us'), 'How cloud computing can
# help your organization', 'Use cases' (cards), 'Related products and services' (two paragraphs and a list of six
# product cards: Compute Engine, Cloud Storage, BigQuery, Cloud SQL, GKE, Cloud CDN); 'Take the next step' band (text,
# 'Get started for free' button; 'Need help getting started? Contact sales' / 'Work with a trusted partner Find a
# partner' / 'Continue browsing See all products' links)); header c-wiz (menu button, logo, nav tabs Overview /
# Solutions / Products / Pricing / Resources / Docs / Support / 'Contact us', search, Docs / Support, Console, 'Sign in',
# 'Start free' button; a second 'Start free / Contact us' button pair (Q5H0Qc); mega-menu panels with promo entries;
# mobile drawer copy of the menus); footer in /html[2] (five headed link columns: Why Google, Products and pricing,
# Solutions, Resources, Engage; utility links About Google / Privacy / terms / cookies / climate link and a 'Sign up for
# the Google Cloud newsletter / Subscribe' item; language selector). No ads, no ad configuration (Google's own site).
# Not labelled: nav tabs and mega-menu panels (incl. their 'Learn more', 'Request a quote', 'Google Cloud Free Program'
# entries) and the mobile drawer menus, search, Docs / Support / Console links, 'Sign in' (a log-in), the empty jump
# menu (table of contents), breadcrumb, links on terms in the body text (types of cloud computing, Google Cloud, public
# / private / hybrid clouds, IaaS / PaaS, advantages…, list of available Google Cloud services), benefit and use-case
# cards (body), footer link columns other than 'Engage' (site directory, 6), legal links, language selector.
S="/html[1]/body/c-wiz[1]/div/div/div[17]/div/div/div[2]"
SC=S+"/div/div"
NS=S+"/section/div/div/div/div"
HB="/html[1]/body/c-wiz[2]/header/div[2]"
FT="/html[2]/footer/section"
related=[
 R(SC+"/section[1]/div/div/div[2]/div[2]", "Learning path", 1, "inline", amb=True, note="'Learning path / Google Cloud Computing Foundations' image card in the hero beside the intro, linking to a course on cloudskillsboost.google (another Google site): a teaser card of one learning item; a reader could call it a course promo (other CTA) instead"),
 R(SC+"/section[10]/div/div/ul", "Related products and services", 6, "after", amb=True, note="list of six product cards (Compute Engine, Cloud Storage, BigQuery, Cloud SQL, Google Kubernetes Engine, Cloud CDN: title + one-line description) under the article's last section 'Related products and services' (10.4: product pages are navigation; amb because the heading offers them as related; 9.1: the list, the section's paragraphs being body)"),
]
ctas=[
 C("other", "Start free", "outside", HB+"/div[1]/div/div[5]", note="header 'Start free' button to the free trial beside 'Sign in' (11.7: a trial button is a plain other CTA whatever stands beside it)"),
 C("contact", "Contact us", "outside", HB+"/div[1]/div/div[2]/div[1]/div/nav/tab[8]", amb=True, note="'Contact us' tab at the end of the header nav (track-type button, but set in the nav row like the other tabs: a menu entry, as x547/x591)"),
 C("other", "Start free Contact us", "outside", HB+"/div[2]", amb=True, note="second header pair of 'Start free' / 'Contact us' buttons (Q5H0Qc) copying the header asks; when it shows (compact or scrolled header) depends on the external stylesheet (9.3 / 9.8)"),
 C("other", "Get started for free", "inline", SC+"/section[1]/div/div/div[2]/div[1]/div[2]", note="hero 'Get started for free' button (console free trial) under the intro paragraphs, before 'Cloud computing defined' (a trial button: other, 11.7)"),
 C("other", "Solve your business challenges with Google Cloud New customers get $300 in free credits to spend on Google Cloud. Get started", "inline", SC+"/section[7]", note="'Solve your business challenges with Google Cloud' band between the benefits and 'How cloud computing can help your organization' sections: two cards, free-trial 'Get started' and sales 'Contact us' (asks differ: other, convention 4)"),
 C("other", "New customers get $300 in free credits to spend on Google Cloud. Get started", "inline", SC+"/section[7]/div/div/div/div/div/div[2]/div[1]", amb=True, note="band card 'New customers get $300 in free credits… Get started' (free trial; 9.2: each ask of a band an amb item)"),
 C("contact", "Talk to a Google Cloud sales specialist to discuss your unique challenge in more detail. Contact us", "inline", SC+"/section[7]/div/div/div/div/div/div[2]/div[2]", amb=True, note="band card 'Talk to a Google Cloud sales specialist… Contact us' (asking to speak to staff: contact, 9.6; 9.2 amb item)"),
 C("other", "Take the next step Start building on Google Cloud with $300 in free credits and 20+ always free products. Get started for free", "after", S+"/section", note="'Take the next step' band closing the article: free-trial text and 'Get started for free' button, plus 'Contact sales' / 'Find a partner' / 'See all products' links (main ask the trial: other)"),
 C("other", "Get started for free", "after", NS+"/div[1]/div", amb=True, note="'Get started for free' button of the 'Take the next step' band (9.2)"),
 C("contact", "Need help getting started? Contact sales", "after", NS+"/div[2]/ul/li[1]", amb=True, note="'Need help getting started? Contact sales' entry of the band's link list (9.2; contact, 9.6)"),
 C("follow", "Engage Contact sales Find a Partner Become a Partner Events Podcasts Developer Center Press Corner", "outside", FT+"/div[1]/nav/ul/li[5]", amb=True, note="footer 'Engage' link column: Contact sales, partner links, events, podcasts, Google Cloud on YouTube, Google Cloud Tech on YouTube, Follow on X, Join User Research, hiring, forums: a half-menu column holding the social profiles (9.7 / x731: amb follow)"),
 C("newsletter", "Sign up for the Google Cloud newsletter Subscribe", "outside", FT+"/div[2]/nav/ul/li[7]", note="footer 'Sign up for the Google Cloud newsletter' line with its own 'Subscribe' button, set apart at the end of the utility links"),
]
ads=[]
