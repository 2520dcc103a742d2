from _dsl import *
FILE="trafilatura-eval/html/badische-zeitung.de-Wohnungssuche.html.gz"
# Badische Zeitung (paywalled 'BZ-Plus' article) 'Viele Studierende sind noch verzweifelt auf Wohnungssuche in Freiburg':
# header (top nav Podcasts/Kontakt/Meine BZ/Anmelden, empty left promo area, BZ-eZeitung/BZ-App/BZ-Smart links with an
# 'Abonnieren' button, right promo 'Öffentlicher Dienst Jobs finden!', offcanvas main nav), traffective Billboard slot,
# empty header__blockbuster container, empty cxense #cx-top container, article (kicker, headline, byline with comment-count
# link, empty 'Verlinken' content slider, lede, gallery, share row + 'Verlinken', free preview paragraph), paywall
# (register/offer boxes BZ-Digital Basis / Registrieren kostenlos, login form, traffective Content_1 slot), 'Weitere Artikel'
# with two cxense recommendation widgets (fallback teasers), traffective Skyscraper, footer (#LeLa cxense widget with 3
# teasers, four link columns), traffective OutOfPage slot.
# Not labelled: header/offcanvas navs (incl. BZ-App / Podcasts / Push-Nachrichten links), the empty 'Verlinken' embed-code
# slider, the lone hr box, footer link columns (Kontakt & Hilfe, Leserbrief, BZ.medien-Shop, 'Abonnement hier kündigen').
M="/html/body/div[3]/div/main"
AH=M+"/section[1]/article/div/div"
related=[
 R(M+"/div[2]", None, 0, "before", amb=True, note="empty #cx-top cxense widget container above the article (the page's other cxense containers are recommendation widgets)"),
 R(M+"/section[3]", "Weitere Artikel", 4, "after", note="'Weitere Artikel' with two cxense widgets (redaktion-desktop-obere: 1 teaser; -trend: 3 teasers) under the paywall"),
 R("/html/body/footer/div/div[1]", None, 3, "after|outside", note="#LeLa cxense widget at the top of the footer with 3 story teasers (fallback content, no heading)"),
]
ctas=[
 C("other", "", "outside", "/html/body/header/div/div[2]/div[1]", amb=True, note="empty left header promo area"),
 C("subscribe", "Abonnieren", "outside", "/html/body/header/div/div[2]/div[2]/div/ul/li[4]", note="header 'Abonnieren' button (#aboBtnHeader) beside BZ-eZeitung/BZ-App/BZ-Smart links"),
 C("other", "Öffentlicher Dienst Jobs finden!", "outside", "/html/body/header/div/div[2]/div[3]", amb=True, note="right header promo area linking to the job market (house promo)"),
 C("comments", "3", "before", AH+"/header/section/div[2]/p[3]/a[2]", amb=True, note="byline comment-count link (#kommentare)"),
 C("share", "Verlinken", "inline|before", AH+"/div[2]", note="share row (Facebook, WhatsApp, Twitter, E-Mail icons) + 'Verlinken' between the lede/gallery and the preview text"),
 C("subscribe", "Bereits Abonnent/in? Anmelden Jetzt diesen Artikel lesen! Gleich können Sie weiterlesen!", "after", M+"/section[2]/div/div/div/div/div[1]", note="paywall: BZ-Digital Basis offer, free registration form and login form"),
]
ads=[
 A("/html/body/div[2]", "before|outside", "traffective Billboard slot between the header and the content"),
 A(M+"/div[1]", "before", "empty header__blockbuster container (empty section) at the top of main", amb=True),
 A(M+"/section[2]/div/div/div/div/div[2]", "after", "traffective Content_1 slot in the paywall box (article__ad-holder)"),
 A(M+"/div[4]", "outside", "traffective Skyscraper slot"),
 A("/html/body/div[4]", "outside", "traffective OutOfPage slot at the end of body"),
]
