from _dsl import *
FILE="trafilatura-eval/html/sciencesetavenir.fr.rumeur.html.gz"
# Sciences et Avenir article (Santé). Body = article.container-inside-right/div.corps (tweets embedded in the text).
# Not labelled: main menus, 'Mon compte'/'Connexion' links, the header tools row (Newsletter/Services/Magazine links),
# breadcrumb, the tag paragraph, the 'Personnalités' tag block, 'Notre rubrique Santé' category list,
# the footer index/menu columns (Index des maladies, Services partenaires, legal links incl. "S'abonner").
H="/html/body/header[1]"
SEC="/html/body/div[3]/main/section[2]"
CM=SEC+"/div[3]/div[1]"
AA=CM+"/div[4]/div[1]"
ART=AA+"/article"
BOT=CM+"/div[4]/div[2]"
RC=SEC+"/div[3]/div[2]"
PF="/html/body/div[3]/div[1]/div"
related=[
 R("/html/body/div[3]/main/section[1]", None, 4, "outside", amb=True, note="'temps forts' link row above the article: Covid-19, Prix Nobel (tags) + two magazine features"),
 R(AA+"/aside/div[1]", "Sur le même sujet", 3, "before|outside", note="left aside beside the start of the text"),
 R(RC+"/div[2]", "+ lus + commentés + partagés sur", 8, "outside", note="right-column most read / most commented / most shared tabs (3x5 links, 8 distinct stories)"),
 R(RC+"/div[6]", "Galeries Photo", 1, "outside", note="right-column gallery promo + 'Les dernières galeries photo' (empty thumbnail list)"),
 R(RC+"/div[8]", "Santé", 5, "outside", note="right-column section list with 'Tous les articles Santé'"),
 R(RC+"/div[10]", "Nature & environnement", 5, "outside"),
 R(RC+"/div[12]", "High-tech", 5, "outside"),
 R(RC+"/div[13]", "Vidéos", 10, "outside", note="right-column video promo + 9 thumbnail links 'Dernières vidéos'"),
 R(RC+"/div[14]", "Animaux", 5, "outside"),
 R(RC+"/div[15]", "Fondamental", 5, "outside"),
 R(PF+"/div[1]", "En images", 5, "after|outside", note="pre-footer gallery links"),
 R(PF+"/div[2]", "L'essentiel santé", 5, "after|outside", note="pre-footer health explainer links"),
 R(PF+"/div[3]", "A découvrir sur Challenges", 7, "after|outside", amb=True, note="pre-footer links to sister site Challenges (section pages, not stories)"),
 R("/html/body/footer/div[1]/section", None, 4, "outside", amb=True, note="footer copy of the 'temps forts' link row"),
 R("/html/body/footer/div[2]/div[3]/div[1]", "Infographies", 6, "outside", amb=True, note="footer column of infographic links"),
]
ctas=[
 C("follow", "Facebook Twitter Instagram Linkedin RSS", "outside", H+"/menu/div/div[1]", note="header top social links"),
 C("subscribe", "S’abonner dès 1€", "outside", H+"/menu/div/div[4]/a[2]", note="header subscribe button"),
 C("subscribe", "S’abonner dès 1€", "outside", H+"/nav[1]/div/a[2]", amb=True, note="mobile header bar subscribe button"),
 C("share", "", "outside", H+"/nav[1]/div/a[3]", amb=True, note="mobile header bar share toggle (icon)"),
 C("subscribe", "S’abonner dès 1€", "outside", H+"/div[2]/ul/li/ul/li[5]", amb=True, note="small-screen header subscribe item"),
 C("share", "", "outside", H+"/div[2]/ul/li/ul/li[4]", amb=True, note="small-screen header share toggle (icon)"),
 C("subscribe", "S’abonner dès 1€", "outside", "/html/body/header[2]/nav/ul/li/ul/li[16]", note="sticky header subscribe item"),
 C("share", "", "outside", "/html/body/header[2]/nav/ul/li/ul/li[14]", amb=True, note="sticky header share toggle (icon, sm-visible)"),
 C("share", "Partager -", "before", SEC+"/div[1]", note="article share bar (Facebook count, Twitter, LinkedIn, mail, print, comments anchor)"),
 C("other", "Santé Thématique suivie Ne plus suivre", "before", SEC+"/div[2]/div/div", amb=True, note="'follow this topic' button next to the section name"),
 C("comments", "réagir", "before", CM+"/div[1]/div[2]", note="'réagir' link to the comments under the standfirst"),
 C("comments", "Commenter", "before", CM+"/div[3]", amb=True, note="mobile 'Commenter' button under the image"),
 C("comments", "Commenter", "after", ART+"/a[1]", amb=True, note="mobile 'Commenter' button under the text"),
 C("comments", "Commenter", "after", ART+"/a[2]", note="'Commenter' button under the text"),
 C("comments", "Commenter Réagir Pour réagir, veuillez vous connecter en cliquant ici", "after", BOT+"/div[3]", note="comments section with form and log-in prompt"),
 C("newsletter", "Newsletter Sciences et Avenir", "outside", RC+"/div[3]", note="right-column newsletter form"),
 C("subscribe", "à la une cette semaine Lire S’abonner", "outside", RC+"/div[5]", note="right-column magazine cover: read / subscribe"),
 C("newsletter", "Newsletter Sciences et Avenir Entrez votre email pour recevoir la newsletter", "after|outside", "/html/body/div[3]/div[2]/div[1]", note="pre-footer newsletter form"),
 C("follow", "Suivez-nous Facebook Twitter Linkedin Instagram RSS", "after|outside", "/html/body/div[3]/div[2]/div[2]", note="pre-footer social links"),
 C("subscribe", "", "outside", "/html/body/div[6]", amb=True, note="empty poool_init paywall widget (data-subscription-url, page marked free)"),
]
ads=[
 A("/html/body/div[1]", "outside", "pub_habillage page skin"),
 A(H+"/div[3]/div/div[1]", "outside", "pub_oreille_gauche left gutter slot in the header banner"),
 A(H+"/div[3]/div/div[2]", "outside", "pub_oreille_droite right gutter slot in the header banner"),
 A("/html/body/div[2]", "before|outside", "pub-container-haut / pub_banniere_haute top banner"),
 A(ART+"/div/div[1]", "inline", "pub_inarticle1_ads after the first paragraph"),
 A(ART+"/div/div[2]", "inline", "empty id='native ' slot (user-premium-hide) between body paragraphs"),
 A(ART+"/div/div[3]", "inline", "BeOpWidget data-name=sponsoonly (sponsored widget) between paragraphs"),
 A(ART+"/div/div[4]", "after", "pub_inarticle3_ads after the last paragraph"),
 A(BOT+"/div[1]", "after", "empty moneytag-recos recommendation container under the article"),
 A(BOT+"/div[2]", "after", "ultimedia_chasea Digiteka video slot (user-premium-hide)"),
 A(RC+"/div[1]", "outside", "pub_pave_haut 300x600"),
 A(RC+"/div[4]", "outside", "pub_pave_milieu 300x600"),
 A(RC+"/div[7]", "outside", "pub_pave_bas 300x600"),
 A(RC+"/div[11]", "outside", "pub_pave_bas_2 300x600"),
 A("/html/body/div[4]", "after|outside", "pub-container-bas / pub_banniere_basse bottom banner"),
 A("/html/body/div[5]", "outside", "pub_dhtml out-of-page slot"),
]
