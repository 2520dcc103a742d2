from _dsl import *
FILE="wcxb/html/2301.html.gz"
H="/html/body/div[2]/main/div[1]/div/div"
AR="/html/body/div[2]/main/div[2]/article/div[2]"
B=AR+"/div[1]/div"
FD="/html/body/div[3]/div/div[1]/footer/div[2]/div"
related=[
 R(B+"/div[7]/p[3]", "Learn more", 1, "inline", note="'Learn more in our guide to project management templates.'"),
 R(B+"/div[7]/p[4]", "Learn more", 1, "inline", note="'Learn more in our guide to writing a project plan.'"),
 R(B+"/div[7]/p[5]", "Learn more", 1, "inline", note="'Learn more in our guide to project charter templates.'"),
 R(B+"/div[10]/p[5]", None, 1, "inline", note="'Check out our complete guide to Waterfall project management here.'"),
 R(B+"/div[10]/p[14]", None, 1, "inline", note="'Read our guide on the Scrum methodology to learn more.'"),
]
ctas=[
 C("other", "Get Started", "before", H+"/div[2]", note="hero sign-up button under the byline"),
 C("share", "Link Copied!", "before", H+"/aside", note="mobile-only share icons in the hero (LinkedIn, Facebook, Twitter, copy link, print)"),
 C("other", "How do you begin a project? Set goals Choose teams", "inline", B+"/div[2]/p[8]", note="reader poll (aside.polls) inside the text"),
 C("other", "Get started", "inline", B+"/div[6]/a", note="in-text sign-up button"),
 C("other", "Get started", "inline", B+"/div[11]/a[1]", note="in-text sign-up button"),
 C("other", "Get started", "inline", B+"/div[11]/a[2]", note="in-text sign-up button"),
 C("other", "Get started", "inline", B+"/div[13]/a", note="in-text sign-up button"),
 C("other", "Get started", "inline", B+"/div[16]/p[3]", note="sign-up button paragraph before the FAQs"),
 C("other", "Curious as to what customers are saying about us? See reviews.", "inline", B+"/div[16]/p[4]", amb=True, note="link paragraph to TrustRadius reviews before the FAQs"),
 C("other", "Try monday.com project management Join the 152K+ teams that use monday.com Get started", "after", AR+"/div[3]", note="signup banner under the author card"),
 C("share", "Send this article to someone who’d like it.", "after", AR+"/div[4]", note="bottom share icons (desktop)"),
 C("other", "Work efficiently & see results Get started", "after|outside", "/html/body/div[2]/main/aside", note="full-width cta-primary band above the footer"),
 C("other", "Get started", "outside", "/html/body/header/div[1]/ul/li[4]", note="header Get started button"),
 C("other", "Get started", "outside", "/html/body/header/div[2]/div/div", amb=True, note="Get started button in the collapsed mobile menu"),
 C("other", "Get started", "outside", "/html/body/div[4]", note="sticky mobile Get started bar"),
 C("follow", "", "outside", FD+"/div[1]/div[2]/div[1]", note="desktop footer social icons (Reddit, LinkedIn, Facebook, YouTube, X, Instagram, TikTok)"),
 C("app", "", "outside", FD+"/div[2]/div[1]", note="footer Google Play / App Store badges"),
 C("follow", "", "outside", "/html/body/div[3]/div/div[2]/footer/div[3]/div[2]", note="mobile footer social icons"),
]
ads=[]
