from _dsl import *
FILE="wcxb/html/0045.html.gz"
# American Marketing Association page 'What is Digital Marketing?' (WordPress block theme). Header with search, Login /
# Join AMA user menu and main nav (incl. 'Join the AMA'), IE11 alert; hero slide with title and dek; body text with an
# in-text 'Refresh Your Digital Marketing Skills' card grid (6 AMA certification / on-demand course cards), a pull
# quote, and an in-text 'Digital Marketing Strategy' card grid (3 Marketing News articles); footer with 'Join AMA'
# button, link menu, social links, copyright; cookie banner; hidden accessibility link. No ads (HubSpot leadin
# script only, no container).
# Not labelled: search, Login link, main nav (incl. 'Join the AMA'), IE11 alert, hero, pull quote, in-text links,
# footer menu (incl. 'Contact Us', 'Media Kit'), security seal, cookie banner, wpadacompliance link.
B="/html/body/div[2]/div/article/div/div[2]/div[2]/div"
related=[
 R(B+"/div[1]", "Refresh Your Digital Marketing Skills", 6, "inline", amb=True, note="in-text card grid of 6 AMA course pages (Digital Marketing Certification, GA4, CRO, SEO, UX, Mobile); product promos more than stories"),
 R(B+"/div[4]", "Digital Marketing Strategy", 3, "inline", note="in-text card grid of 3 Marketing News articles ('Top 7 Benefits of a Digital Marketing Strategy'…)"),
]
ctas=[
 C("subscribe", "Join AMA", "outside", "/html/body/header/div[1]/div[2]/div/ul/li[2]", amb=True, note="header 'Join AMA' membership button in the user menu beside Login"),
 C("subscribe", "Join AMA", "outside", "/html/body/footer/div[1]/div[2]", note="footer red 'Join AMA' membership button"),
 C("follow", "facebook twitter linkedin", "outside", "/html/body/footer/div[2]/ul[2]", note="footer social links"),
]
ads=[]
