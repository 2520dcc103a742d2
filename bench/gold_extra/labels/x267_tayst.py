from _dsl import *
FILE="wcxb/html/4612.html.gz"
# Tayst (Shopify compostable-coffee shop) blog post 'Zero-Waste for Beginners: A Guide to Sustainable Living'. Top
# promo bar 'Get 30% off - $20 off your first 4 deliveries' (with two hidden confirmation variants); header with shop
# mega menu and Corporate Coffee / Gift menus; empty header-tool sections; blog section nav. Article: meta (category,
# '0 comments' Disqus count link), title, byline, share icons; text with a 'References' list and a closing
# compostable-coffee paragraph; empty tag list; share icons. Sidebar: promo image banner (Keurig pods, refcode=20off),
# 'Popular' post list (10). Footer menus, 'Follow Us', disclaimer. Hidden product forms.
# Not labelled: menus, section nav, empty tag list, footer menus, hidden forms. No comments section in the HTML and no
# ad slots.
AR="/html/body/div/main/div/div/div/div[2]/div/div[1]/article"
SB="/html/body/div/main/div/div/div/div[2]/div/div[2]"
related=[
 R(SB+"/div[2]", "Popular", 10, "outside", note="sidebar 'Popular' list of 10 blog posts"),
]
ctas=[
 C("other", "Get 30% off - $20 off your first 4 deliveries", "outside", "/html/body/div/div[1]", note="top promo bar (first-deliveries discount offer)"),
 C("comments", "0 comments", "before", AR+"/div[1]/ul[1]/li[2]", amb=True, note="Disqus '0 comments' count link in the meta row"),
 C("share", "", "before", AR+"/div[1]/div", note="Facebook/Twitter/Pinterest share icons under the byline"),
 C("share", "", "after", AR+"/div[2]/div/div[2]", note="Facebook/Twitter/Pinterest share icons under the text"),
 C("other", "", "outside", SB+"/div[1]", note="sidebar promo image banner for Keurig pods with a 20% off refcode"),
 C("follow", "Follow Us", "outside", "/html/body/div/footer/div/div/div[2]/div/div[2]", note="footer 'Follow Us' social links"),
]
ads=[]
