from _dsl import *
FILE="wcxb/html/0012.html.gz"
AC="/html/body/div[1]/section/div[2]/div"
L=AC+"/div[3]/div[1]"
MM="/html/body/div[1]/section/div[1]/template/tk-header/div/header/nav/div[3]/tk-mobile-menu/div"
# A flooring maker's UK advice article (Vue app; much of the chrome is custom elements rendered by script): header in
# a <template>, a hidden login modal, a hero with title and share icons, a left column of 16 'article-module' sections
# (text steps and image modules) and a right 'Related Articles' column. The link buttons under images and steps are
# <primary-link-arrow> elements whose label sits in an attribute only (no visible text in the HTML).
# Not labelled: header menus (services nav 'Contact us / Find a Retailer', main nav), the login/create-account modal,
# in-text links, the empty <footer-component> (footer with contact/social links, all in attributes), the empty
# snackbar/compare/overlay/shop-icon/portal components. No ad slots.
related=[
 R(AC+"/div[3]/div[2]", "Related Articles", 5, "outside", note="right column of five related article cards"),
 R(L+"/section[15]/div[2]", None, 1, "inline", amb=True, note="'Learn More About Our Certifications' arrow link under step 10 (label in an attribute)"),
 R("/html/body/div[1]/tk-infinite-scroll", None, 0, "after|outside", amb=True, note="empty tk-infinite-scroll component (script-filled)"),
]
ctas=[
 C("share", "Share", "before", AC+"/div[2]/div/div/div", note="share icons (LinkedIn, Twitter, Facebook) in the hero under the title"),
 C("other", "", "inline", L+"/section[4]/div[2]", amb=True, note="image module with two product links (Inspiration Naturals ...), labels in attributes"),
 C("other", "", "inline", L+"/section[8]/div[2]", amb=True, note="'Find Your Local Tarkett Retailer' arrow link under step 5 (store locator)"),
 C("other", "", "inline", L+"/section[10]/div[2]", amb=True, note="image module with two product links (Noble OAK BROOKLYN, Terrazzo NERO)"),
 C("contact", "Contact us Contact form Call us on +44 (0) 800 328 2115 FAQ", "outside", MM+"/div[3]", amb=True, note="header 'Contact us' dropdown (contact form, phone, FAQ)"),
 C("other", "", "outside", "/html/body/div[2]", amb=True, note="empty Qualtrics site-intercept container (survey pop-up)"),
]
ads=[]
