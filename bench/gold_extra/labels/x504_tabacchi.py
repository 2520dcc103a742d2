from _dsl import *
FILE="wcxb/html/4170.html.gz"
# Isabella Tabacchi photography site (Squarespace 7.1) blog post 'Composition techniques in landscape photography':
# header with skip link, desktop display (burger, logo, nav, Instagram/Facebook/Twitter icons, cart) and the same again in
# the mobile display, overlay menu (nav plus mobile social icons); post (h1, 'Learn' category, date, author; text in
# website-component blocks alternating with image blocks; author profile with bio and website link); empty Squarespace
# comments section; Previous/Next post links; footer section (newsletter block 'SUBSCRIBE', copyright, Impressum and
# General Sales Conditions links). No ads.
# Not labelled: skip link, menus, cart icons, category/author links, the in-text 'my gallery' link, author profile
# (bio and own website link), footer copyright and legal links.
AR="/html/body/div/main/article/section/div[2]/div/div/article/div"
HD="/html/body/div/header/div[2]/div[4]"
related=[
 R("/html/body/div/main/section", None, 2, "after", note="item pagination: Previous 'Winter in the Dolomites: my favorite 10 spots' / Next 'Photography. What is for me?'"),
]
ctas=[
 C("follow", "", "outside", HD+"/div[2]/div[3]/div[1]", note="header social icons (Instagram, Facebook, Twitter), desktop display"),
 C("follow", "", "outside", HD+"/div[3]/div[3]/div[1]", amb=True, note="same social icons in the header's mobile display (hidden on desktop, convention 9.3)"),
 C("follow", "", "outside", "/html/body/div/header/div[3]/div[2]/nav/div/div[2]", amb=True, note="social icons of the hidden overlay menu (mobile)"),
 C("comments", "", "after", AR+"/section", amb=True, note="empty Squarespace blog-item-comments section (comments toggle filled by script)"),
 C("newsletter", "SUBSCRIBE Sign up with your email address to receive news and updates.", "outside", "/html/body/div/footer/section/div[2]/div/div/div/div[1]", note="footer newsletter block (heading, prompt, e-mail field, Sign Up, privacy footnote)"),
]
ads=[]
