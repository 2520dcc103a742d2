from _dsl import *
FILE="wcxb/html/4244.html.gz"
# Smart Energy Consumer Collaborative (whatissmartenergy.org) featured article 'Is a Smart Thermostat a Worthwhile
# Investment for Your Home?': primary nav; header (logo, social icons, utility links About/Contact/Privacy/en Español);
# title; share icons above the text; text; sidebar ('SECC on Twitter' Follow Us! button, slider of 25 'Hear the Story'
# article teasers with no heading); 'Stay Updated' e-mail band under the content; footer logo, footer nav/utility links,
# designer credit; CoverPop newsletter splash modal.
# No ads, no ad configuration.
# Not labelled: navs and utility links (incl. 'Contact Us'), footer designer credit.
M="/html/body/div[1]"
related=[
 R(M+"/div[1]/aside/div[2]", None, 25, "outside", note="sidebar flexslider of 25 article teasers ('… Hear the Story'), no heading"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/div/div[1]", note="header social icons (Twitter, Facebook, Pinterest, YouTube)"),
 C("share", "Share This:", "before", M+"/div[1]/div[2]/div", note="'Share This:' Facebook/Twitter/LinkedIn icons above the text"),
 C("follow", "SECC on Twitter Follow Us!", "outside", M+"/div[1]/aside/div[1]", note="sidebar 'SECC on Twitter' block with 'Follow Us!' button"),
 C("newsletter", "Stay Updated E-mail", "after|outside", M+"/div[2]", note="'Stay Updated' e-mail sign-up band between content and footer"),
 C("newsletter", "Want the Latest News on Energy Innovation? Sign up for our monthly e-newsletter", "outside", "/html/body/div[2]", note="CoverPop newsletter splash modal ('or skip')"),
]
ads=[]
