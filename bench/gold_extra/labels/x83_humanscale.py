from _dsl import *
FILE="wcxb/html/4523.html.gz"
CC="/html/body/div[3]/div[2]"
FT="/html/body/div[7]/div/div/div"
related=[
 R(CC+"/div[1]", "Related Products", 0, "before", amb=True, note="empty 'Related Products' block above the post (heading visibility:hidden, products script-filled)"),
 R("/html/body/div[3]/section", "Related Articles", 3, "after", note="'Related Articles' row of three blog cards under the post"),
]
ctas=[
 C("other", "Shop Our WFH Guide Free Shipping + 30 Day Risk Free Returns*", "outside", "/html/body/div[2]/div[2]", note="mobile shop promo banner (WFH guide, free shipping, Affirm financing)"),
 C("other", "Shop Our WFH Guide Free Shipping + 30 Day Risk Free Returns*", "outside", "/html/body/div[2]/div[4]/div[1]", note="desktop shop promo banner"),
 C("follow", "Opens to Facebook Opens to Twitter", "outside", "/html/body/div[2]/div[4]/div[2]/div/div/ul/li[5]/ul", amb=True, note="social profile links inside the main navigation menu"),
 C("other", "Dealers Explore Now Architects & Designers Explore Now", "outside", "/html/body/div[2]/div[1]", amb=True, note="hidden partners overlay (dealers/designers/retailers portals)"),
 C("follow", "Subscribe Facebook Twitter Linkedin", "after", CC+"/div[3]/div", amb=True, note="row under the post: Subscribe button, empty copy-link, Facebook/Twitter/LinkedIn profile links"),
 C("newsletter", "Subscribe", "after", CC+"/div[3]/div/button", note="'Subscribe' button opening the blog newsletter form"),
 C("newsletter", "Subscribe to the Humanscale newsletter", "after", CC+"/div[3]/form", amb=True, note="hidden blog newsletter form (e-mail + country) revealed by the Subscribe button"),
 C("newsletter", "Like What You See? Sign up to get Humanscale info, promotions, news and other updates!", "outside", "/html/body/div[4]", amb=True, note="hidden e-mail sign-up modal"),
 C("follow", "Facebook Twitter LinkedIn Instagram", "outside", FT+"/div[1]/div[1]", note="footer social profile links"),
 C("newsletter", "Sign Up for Promos & News Email Sign Up", "outside", FT+"/div[1]/div[2]", note="footer e-mail sign-up"),
]
ads=[]
