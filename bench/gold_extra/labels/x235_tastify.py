from _dsl import *
FILE="wcxb/html/0200.html.gz"
# Tastify (Nashville private chef / catering company, Squarespace) blog post 'Top 7 Corporate Catering Trends for 2024'.
# Header: desktop and mobile copies of the bar (Instagram/Facebook icons, logo, nav incl. Shop, Login, 'Book with Us'
# button), hidden overlay menu (nav, login, social icons, 'Book with Us'); hidden floating cart. Article: title,
# date/author, body of text and image blocks (ends with the company's own 'Try Tastify to Elevate Your Corporate Event'
# section and FAQs - kept as body, the ground truth keeps them too), tags, author profile link, empty comments
# section; previous/next post pagination. Footer: FAQs/Newsletter/Careers/Visitor Guide links, social icons, phone,
# address, e-mail, legal links. No ads.
# Not labelled: nav menus (incl. Shop, Contact), Login links, floating cart, tags, author link, footer link list
# (incl. Newsletter), address, legal links, the body's closing promo section (article text).
HD="/html/body/div/header/div[2]/div[3]"
FT="/html/body/div/footer/section/div[2]/div/div/div"
related=[
 R("/html/body/div/main/section", None, 2, "after", note="previous/next post pagination (The Ultimate Wedding Catering Checklist / How to Choose the Right Corporate Caterer ...)"),
]
ctas=[
 C("follow", "", "outside", HD+"/div[2]/div[1]/div", note="header Instagram and Facebook icons"),
 C("other", "Book with Us", "outside", HD+"/div[2]/div[3]/div[4]", note="header 'Book with Us' button (booking/offerings)"),
 C("follow", "", "outside", HD+"/div[3]/div[1]/div", amb=True, note="mobile header copy of the Instagram/Facebook icons"),
 C("other", "Book with Us", "outside", HD+"/div[3]/div[3]/div[4]", amb=True, note="mobile header copy of the 'Book with Us' button"),
 C("follow", "", "outside", "/html/body/div/header/div[3]/div[2]/nav/div/div[2]", amb=True, note="social icons in the hidden overlay menu"),
 C("other", "Book with Us", "outside", "/html/body/div/header/div[3]/div[2]/nav/div/div[3]", amb=True, note="'Book with Us' button in the hidden overlay menu"),
 C("comments", "", "after", "/html/body/div/main/article/section/div[2]/div/div/article/div/section", amb=True, note="empty Squarespace blog comments section (toggle wrapper without content)"),
 C("follow", "", "outside", FT+"/div[2]", note="footer social account links (Instagram, Facebook)"),
 C("contact", "(615) 682 . 1622", "outside", FT+"/div[3]", amb=True, note="footer phone number"),
 C("contact", "info@tastifyfood.com", "outside", FT+"/div[5]", amb=True, note="footer e-mail address"),
]
ads=[]
