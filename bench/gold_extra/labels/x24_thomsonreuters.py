from _dsl import *
FILE="wcxb/html/0237.html.gz"
H="/html/body/div[1]/div/header/div[2]/div/div/div/div/div"
M="/html/body/div[1]/div/main"
related=[
 R(M+"/div[3]", "Related content", 3, "after", note="three text cards under the article"),
 R(H+"/div[2]/div/div/div/div", "Success stories", 3, "outside", amb=True, note="side list of the hidden 'Solutions' mega-menu: 3 case studies (+ partner links, contact card)"),
 R(H+"/div[3]/div/div/div/div", "Recommended products", 3, "outside", amb=True, note="side list of the hidden 'Products' mega-menu: 3 product teasers (+ contact card)"),
 R(H+"/div[5]/div/div/div/div", "Highlights", 3, "outside", amb=True, note="side list of the hidden 'Resources' mega-menu: event, article, report"),
]
ctas=[
 C("contact", "Questions? We are here to help. Contact us", "outside", H+"/div[2]/div/div/div/div/div[2]", amb=True, note="contact card in the hidden 'Solutions' mega-menu"),
 C("contact", "Questions? We are here to help. Contact us", "outside", H+"/div[3]/div/div/div/div/div[2]", amb=True, note="contact card in the hidden 'Products' mega-menu"),
 C("contact", "Questions? We are here to help. Contact us", "outside", H+"/div[4]/div/div/div/div", amb=True, note="side list of the hidden 'Purchase' mega-menu"),
 C("other", "How can Practical Law Connect help your department? Check out Practical Law Connect from Thomson Reuters", "after", M+"/div[4]", note="product promo band with 'Learn more' button after Related content"),
 C("follow", "Connect with us Facebook Instagram LinkedIn", "outside", "/html/body/div[1]/div/footer/div[2]/div/div/div/div/div/div/dcl-site-footer/div/nav/div[6]", note="footer 'Connect with us' social column"),
]
ads=[]
