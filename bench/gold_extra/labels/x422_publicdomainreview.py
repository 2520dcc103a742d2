from _dsl import *
FILE="wcxb/html/0463.html.gz"
# The Public Domain Review (Gatsby) collection page 'A Treatise Concerning the Properties and Effects of Coffee (1792)':
# navigation and search overlays (hidden); header (search, menu, masthead, shopping bag; 'Support PDR' button, 6-link
# menu, social icons row with newsletter envelope, shopping bag); collection header (Collections / Books, h1); embedded
# book viewer iframe with caption; essay text in text blocks with images; 'Text by Hunter Dukes'; 'Enjoyed this piece?
# We need your help to keep publishing.' donation box with 'Support PDR' button; taxonomy links and tag cloud; source
# and rights tables ('More US National Library of Medicine content on PDR (18)', PDF download); published date;
# 'If You Liked This…' action bar (newsletter sign-up form, 'Become a Friend of the PDR' promo, prints shop promo); footer
# (registration note, 'We rely on donations from readers...' line, five link columns, 'Subscribe to Our Newsletter'
# button, social icons, partner logos); exit-intent newsletter modal (hidden); Snipcart cart/payment templates.
# No related block (no story lists), no ad slots (the site says: no ads).
# Not labelled: overlays and menus, shopping-bag buttons, taxonomy links and tag cloud, source/rights tables (incl. the
# 'More ... content on PDR' source link and PDF download), footer link columns (incl. Contact, Shop), Snipcart templates.
CV="/html/body/div[1]/div[1]/div[1]/div/div[3]/div"
HD="/html/body/div[1]/div[1]/div[1]/div/header[2]/div[2]"
FT="/html/body/div[1]/div[1]/footer/div"
AB="/html/body/div[1]/div[1]/div[1]/div/div[4]/div"
related=[]
ctas=[
 C("donate", "Support PDR", "outside", HD+"/div[1]/a[2]", note="header 'Support PDR' button (support-button)"),
 C("follow", "X Bluesky", "outside", HD+"/div[2]/ul", note="header social icons (Facebook, X, Instagram, Bluesky, Mastodon) with a 'Subscribe to Newsletter' envelope icon"),
 C("donate", "Enjoyed this piece? We need your help to keep publishing.", "after", CV+"/div[5]", note="donation box under the byline: non-profit appeal and 'Support PDR' button"),
 C("newsletter", "Get Our Newsletter Our latest content, your inbox, every fortnight", "after", AB+"/div[2]", note="'If You Liked This…' action bar: newsletter sign-up form (Sendy)"),
 C("donate", "Become a Friend of the PDR We rely on our annual donors to keep the project alive.", "after", AB+"/div[3]", note="action bar 'Become a Friend of the PDR' membership/donation promo ('Find Out More')"),
 C("other", "Shop Our Range of Prints", "after", AB+"/div[4]", note="action bar prints shop promo"),
 C("donate", "We rely on donations from readers. Please consider supporting the project and becoming a Friend of the PDR", "outside", FT+"/div[1]/p[2]", amb=True, note="footer donation line inside the registration text (two links: supporting the project, Friend of the PDR)"),
 C("newsletter", "Subscribe to Our Newsletter", "outside", FT+"/div[7]/div[1]", note="footer 'Subscribe to Our Newsletter' button"),
 C("follow", "X Bluesky", "outside", FT+"/div[7]/div[2]", note="footer social icons (Facebook, X, Instagram, Bluesky, Mastodon)"),
 C("newsletter", "Sign Up for Our Newsletter!The latest wonders from the site to your inbox.", "outside", "/html/body/div[1]/div[1]/div[2]", amb=True, note="hidden exit-intent modal: newsletter sign-up form (name, e-mail) with social icons"),
]
ads=[]
