from _dsl import *
FILE="wcxb/html/4366.html.gz"
# SHI blog (WordPress, Jupiter theme) post 'Are you attending 2026's top tech conferences? Let's connect!': header (logo,
# main mega menu, responsive menu copy); page intro (title, breadcrumbs); article (title + subtitle, byline/categories,
# print icon, 'Listen to this article' button, featured image, Easy Social Share row Twitter/LinkedIn/Email, reading time,
# long conference list ending in 'Virtual events' and 'Briefings/trainings', tag list, 'Related Posts' with 3 posts);
# right sidebar (Sort & Filter form, 'Connect with SHI' contact-popup widget, two house promo image banners); footer
# (link columns, social icons, legal links); go-top button. No ads, no ad configuration.
# Not labelled: menus, breadcrumbs, the lone print icon, the text-to-speech button, reading time, tag list, Sort & Filter
# form, footer link columns, the in-body 'Registration is now open' / webinar / podcast links (part of the text).
AR="/html/body/div[2]/div/div/div[2]/div/div[1]/article"
SB="/html/body/div[2]/div/div/div[2]/div/aside/div"
related=[
 R(AR+"/section", "Related Posts", 3, "after", note="Related Posts by Taxonomy: 3 posts with excerpts under the tags"),
 R(AR+"/div[5]/ul[1]", "", 2, "inline", amb=True, note="in-text list of 2 same-site takeaway posts under one event (wcxb keeps it as text; the README's in-text related cards: either reading holds) - added as ambiguous after the x301-x324 reading"),
 R(AR+"/div[5]/ul[2]", "", 3, "inline", amb=True, note="in-text list of 3 same-site takeaway posts under one event (wcxb keeps it as text; the README's in-text related cards: either reading holds) - added as ambiguous after the x301-x324 reading"),
 R(AR+"/div[5]/ul[3]", "", 3, "inline", amb=True, note="in-text list of 3 same-site takeaway posts under one event (wcxb keeps it as text; the README's in-text related cards: either reading holds) - added as ambiguous after the x301-x324 reading"),
]
ctas=[
 C("share", "Twitter LinkedIn Email", "before", AR+"/div[5]/div", note="Easy Social Share buttons at the top of the content"),
 C("contact", "Connect with SHI", "outside", SB+"/section[2]", note="sidebar 'click here to contact us' image opening the hidden 'Connect with SHI' Marketo form popup"),
 C("other", "", "outside", SB+"/section[3]", note="sidebar house promo image to SHI case studies (utm advertisement / cta-on-ad)"),
 C("other", "", "outside", SB+"/section[4]", note="sidebar house promo image to the 'Solve What's Next' experience hub"),
 C("follow", "", "outside", "/html/body/div[2]/div/section[2]/div[1]/div/div[6]/section[1]", note="footer social icons (LinkedIn, Instagram, RSS, Twitter, YouTube)"),
]
ads=[]
