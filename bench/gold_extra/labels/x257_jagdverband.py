from _dsl import *
FILE="trafilatura-eval/html/jagdverband.de-erschuettert.html.gz"
# Deutscher Jagdverband (Drupal) press release '"Wir sind tief erschüttert"' (Forum Waffenrecht on a shooting).
# Header: top navigation (Presse, Termine, Downloads, Jobs, Kontakt, Shop, Instagram/Facebook/Twitter/YouTube/RSS icons,
# 'Den DJV unterstützen' donate button), main mega menu, fixed side buttons (search, mail), search form. Article: page
# image, breadcrumbs, title, date, teaser, text with a floated figure; nothing after the text. Footer: five nav columns
# (Spenden, Newsletter among the links), address with phone/fax/e-mail, legal links, newsletter sign-up box, a second
# newsletter webform block. PhotoSwipe lightbox markup at the end. No ads, no ad configuration, no related block.
# Not labelled: menus, Shop/Kontakt/Presse links of the top navigation, breadcrumbs, search, footer nav columns, legal
# links, cookie settings button.
TN="/html/body/div[1]/div/header/nav[1]/div/nav/ul"
FT="/html/body/div[1]/div/footer"
related=[]
ctas=[
 C("follow", "", "outside", TN+"/li[7]", note="top-navigation Instagram icon"),
 C("follow", "", "outside", TN+"/li[8]", note="top-navigation Facebook icon"),
 C("follow", "", "outside", TN+"/li[9]", note="top-navigation Twitter icon"),
 C("follow", "", "outside", TN+"/li[10]", note="top-navigation YouTube icon"),
 C("follow", "", "outside", TN+"/li[11]", amb=True, note="top-navigation RSS icon"),
 C("donate", "Den DJV unterstützen", "outside", TN+"/li[12]", note="donate button at the end of the top navigation"),
 C("contact", "", "outside", "/html/body/div[1]/div/header/div[1]/div/div/a[2]", amb=True, note="fixed side button with a mail icon (beside the search button)"),
 C("contact", "Tel.: 030/ 209 1394 0 Fax: 030 / 209 1394 30 E-Mail: djv@jagdverband.de", "outside", FT+"/div[2]/div/div/div/div[1]/table", amb=True, note="footer phone/fax/e-mail table under the address"),
 C("newsletter", "Immer informiert sein? Kein Problem – einfach hier zum Newsletter anmelden:", "outside", FT+"/div[2]/div/div/div/div[2]", note="footer newsletter sign-up box with e-mail field and 'Abonnieren'"),
 C("newsletter", "E-Mail-Adresse Jetzt anmelden", "outside", FT+"/div[3]", amb=True, note="second newsletter webform block at the end of the footer (probably the form the box posts to)"),
 C("share", "", "outside", "/html/body/div[2]/div[2]/div[2]/div[2]", amb=True, note="hidden PhotoSwipe lightbox share modal"),
]
ads=[]
