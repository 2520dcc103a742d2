from _dsl import *
FILE="wcxb/html/0222.html.gz"
# UFO Marketing (uforocks.com, WordPress + Bricks) blog post 'Why Cheap SEO Doesn't Work': skip links; sticky header (logo,
# tagline, 'Contact Us' button, main menu); title section (h1, author, category, reading time, date, share icons: e-mail,
# LinkedIn, X, Facebook); content column (text with h2/h3 sections and figures, empty ConvertKit form block, 'Written by'
# author line and 'More from John Crenshaw' with 6 post cards); right column ('Subscribe' button opening an x-modal with
# an empty ConvertKit form, 'Related Articles' with 3 random posts); 'Ready to talk? We're listening.' contact band with
# 'Let's Get Started' button; footer (logo, copyright, menu, offices + phone, 'Contact Us' button, social icons, Google
# reviews / Google Partner badges). No ad slots (only GTM).
# Not labelled: menus (header and footer), author line, in-text links to other posts, footer phone and office list,
# Google badges, GTM noscript iframe.
CT="/html/body/main/section[2]/div"
SB=CT+"/div[3]"
related=[
 R(CT+"/div[2]/div[3]/div[3]", "More from John Crenshaw", 6, "after", note="'More from John Crenshaw' under the text: 6 post cards (title + excerpt)"),
 R(SB+"/div[2]", "Related Articles", 3, "outside", note="right-column 'Related Articles' list of 3 random posts (title, author, category); its h5 heading is the preceding sibling"),
]
ctas=[
 C("contact", "Contact Us", "outside", "/html/body/header/section/div/div[2]/div/a", note="header 'Contact Us' button beside the menu"),
 C("share", "", "before", "/html/body/main/section[1]/div[3]/div[1]/div[2]/ul", note="post-sharing icons (e-mail, LinkedIn, X, Facebook) under the byline"),
 C("newsletter", "", "after", CT+"/div[2]/div[2]", amb=True, note="empty ConvertKit form block right after the last paragraph (form filled by script)"),
 C("newsletter", "Subscribe", "outside", SB+"/a", note="right-column 'Subscribe' button (.subscribe-newsletter) that opens the newsletter modal"),
 C("newsletter", "", "outside", SB+"/div[1]", amb=True, note="hidden x-modal opened by the 'Subscribe' button, holding an empty ConvertKit form"),
 C("contact", "Ready to talk? We’re listening. If you have questions we have answers. And probably some questions for you, too.", "after|outside", "/html/body/main/section[3]", note="'Ready to talk? We're listening.' band between the post and the footer with a 'Let's Get Started' button to /contact/"),
 C("contact", "Contact Us", "outside", "/html/body/footer/section/div/div[3]/a[1]", note="footer 'Contact Us' button"),
 C("follow", "", "outside", "/html/body/footer/section/div/div[3]/ul", note="footer social icons (LinkedIn, Instagram, Facebook)"),
]
ads=[]
