from _dsl import *
FILE="wcxb/html/4450.html.gz"
# Jan's Blog (blog.of.jan.bechste.in, WordPress Verbosa theme) front page = the static page 'About Jan's beginner
# woodworking blog and this project journal': left sidebar column holding the header (mobile menu, site title, tagline,
# social links Facebook / Instagram / Twitter / Skype / Mail, header image, widgets 'Newest posts' (5), Categories,
# Archives, primary menu), a 'Posts by tags' tag cloud and the footer credit; main column (thumbnail, h1, text with a
# header image, a gallery of 12 DIY project photos, challenges list, a bold closing line 'And if you have tools or wood ...
# let me know.' with an encoded e-mail link); 'Leave a Reply' comment form; empty colophon widget area; Back to Top;
# cookie-law bar, re-open tab and settings modal; PWA loading placeholders.
# No ad markup: no ads.
# Not labelled: menus, Categories / Archives widgets and tag cloud (archives and tag lists), footer credit, gallery (body),
# empty colophon, Back to Top, cookie-consent bar and modal, PWA loaders.
H="/html/body/div[1]/div/div[1]/div[1]/header/div"
AR="/html/body/div[1]/div/div[1]/main/article"
related=[
 R(H+"/aside/section[1]", "Newest posts", 5, "outside", note="sidebar 'Newest posts' widget: 5 recent posts with dates"),
]
ctas=[
 C("follow", "Facebook Instagram Twitter Skype Mail", "outside", H+"/nav[1]", note="header social links (Facebook, Instagram, Twitter, Skype, mailto)"),
 C("contact", "And if you have tools or wood or other material to give away or know someone who does", "after", AR+"/div[3]/p[13]", amb=True, note="bold closing line of the text asking readers to 'let me know' (encoded e-mail link; 10.1)"),
 C("comments", "Leave a Reply Cancel reply", "after", AR+"/section", note="'Leave a Reply' comment form"),
]
ads=[]
