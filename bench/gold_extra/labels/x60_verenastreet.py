from _dsl import *
FILE="wcxb/html/4045.html.gz"
A="/html/body/main/section[2]/div"
PR=A+"/div[2]/div[1]/div"
related=[
 R(PR+"/ul[1]", "Related Posts:", 3, "after", note="bulleted list of 3 blog posts under the FAQ; its heading 'Related Posts:' is the sibling p[31]"),
]
ctas=[
 C("other", "$10 flat rate shipping FREE Shipping on orders $40+", "outside", "/html/body/aside", note="scrolling shop announcement bar at the top"),
 C("follow", "", "outside", "/html/body/header/navigation-drawer/div/div[1]/div/div[2]/ul", amb=True, note="social icons in the hidden mobile menu drawer"),
 C("newsletter", "", "before", "/html/body/main/section[1]/div/div", amb=True, note="empty Klaviyo e-mail/SMS form embed above the article (script-filled)"),
 C("comments", "0 comments", "before", A+"/div[1]/div/div/a", amb=True, note="comment-count link in the article meta"),
 C("comments", "Leave a comment", "after", A+"/div[2]/div[2]", note="comment form under the article"),
 C("newsletter", "", "after", "/html/body/main/section[3]/div/div[1]", amb=True, note="empty Klaviyo e-mail/SMS form embed below the article"),
 C("other", "Quality & transparency Sustainably Sourced", "after|outside", "/html/body/main/section[4]", amb=True, note="shop value-proposition band (sourcing, roasting, free shipping over $40, guarantee) above the footer"),
 C("contact", "Need help? Email us Call us", "outside", "/html/body/main/footer/div/div/div/div[1]/div[3]", note="footer 'Need help?' contact block (e-mail, phone, chat)"),
 C("newsletter", "", "outside", "/html/body/main/footer/div/div/div/div[1]/div[4]", amb=True, note="footer block with empty Klaviyo sign-up form"),
 C("follow", "", "outside", "/html/body/main/footer/div/div/div/div[2]/div[1]/ul", note="footer social icons (Facebook, Twitter, Instagram, Pinterest, ...)"),
 C("other", "Personalized Picks - Pick Your Vibe", "outside", "/html/body/div[2]", amb=True, note="hidden coffee mood-quiz shopping modal"),
 C("other", "Roast Guide", "outside", "/html/body/div[3]", amb=True, note="hidden roast-guide helper modal (shop aid)"),
]
ads=[]
