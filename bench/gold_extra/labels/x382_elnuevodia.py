from _dsl import *
FILE="trafilatura-eval/html/elnuevodia.com-mujeres.html.gz"
# El Nuevo Día (Arc Fusion) subscriber story 'Líder de la organización Mujeres Populares denuncia intentos del PPD de
# silenciarla' (page has no charset declaration: lxml reads the UTF-8 as Latin-1; texts below are as a reader sees them):
# header (business links, social icons, Regístrate/Log in; masthead with date, 'Suscríbete' button, 'Presentado por'
# section sponsor slot; primary menu); hidden leaderboard, sticky bottom ad, skin, 1x1 and 300 slots; article header with
# 'Para suscriptores' lock label, title, dek, date/byline and share row; image; one paragraph, inline 'Relacionados:'
# box of 3 stories, empty inline paywall container; banner wrappers, btf300_2, 'Ver comentarios' button and Spot.IM
# conversation; tags; bottom share row; under the article an empty Cxense widget, Spot.IM 'Popular en la Comunidad',
# empty Outbrain; right rail atf300, BrandStudio native, classifieds widget, Send2News player, 'Más en Noticias' and
# 'Destacados' tab boxes (script-filled listings), btf300; footer ad; footer menus, social icons; push-notification
# pop-up; browser-upgrade notice.
# Not labelled: menus (incl. 'Newsletters', 'ePaper', 'PARA SUSCRIPTORES' links), Regístrate/Log in, the 'Para
# suscriptores' label, tags, empty #divButtons holders, the empty span#comments anchor, footer menus and legal links,
# the browser-detect notice.
AB="/html/body/div[1]/div[7]/div/div[3]/div[1]/div[1]/div"
BP="/html/body/div[1]/div[7]/div/div[3]/div[1]/div[2]"
RR="/html/body/div[1]/div[7]/div/div[3]/div[2]"
related=[
 R(AB+"/div[2]/aside", "Relacionados:", 3, "inline|after", note="'Relacionados:' box of 3 stories after the only free paragraph (before the paywall container)"),
 R(BP+"/div[2]", "Popular en la Comunidad", 0, "after", amb=True, note="Spot.IM 'Popular en la Comunidad' (pitc) module under the article, script-filled"),
 R(RR+"/div[5]", "Más en Noticias", 0, "outside", note="right rail 'Más en Noticias' tab box (+Vistas / +RECIENTES), story listings filled by script"),
 R(RR+"/div[6]", "Destacados", 0, "outside", note="right rail 'Destacados' tab box (PORTADA / video / podcast tabs), story listings filled by script"),
]
ctas=[
 C("follow", "Facebook Btn Twitter Btn Instagram Btn LinkedIn Btn", "outside", "/html/body/div[1]/div[1]/header/div[1]/div/nav/div[1]/ul", note="header social icons"),
 C("subscribe", "Suscríbete", "outside", "/html/body/div[1]/div[1]/header/div[2]/div/div[4]/div[1]", note="masthead 'Suscríbete' button"),
 C("share", "Facebook Twitter Email", "before", "/html/body/div[1]/div[7]/div/div[1]/div/div/div[4]", note="share row (Facebook, Twitter, WhatsApp, e-mail, print) in the byline toolbar"),
 C("subscribe", "", "inline|after", AB+"/div[2]/div", amb=True, note="empty #inline-paywall-container after the free paragraph (paywall prompt filled by script)"),
 C("comments", "Ver comentarios", "after", AB+"/a", note="'Ver comentarios' button"),
 C("comments", "", "after", AB+"/div[5]", note="collapsed Spot.IM conversation container (#commentsDiv)"),
 C("share", "Facebook Twitter Email", "after", AB+"/div[7]", note="share row under the tags"),
 C("follow", "Facebook Twitter Instagram LinkedIn", "outside", "/html/body/div[1]/footer/div[4]/div/ul", note="footer social links"),
 C("other", "Recibe notificaciones de las noticias más importantes del día. NO, GRACIAS RECIBIR", "outside", "/html/body/div[2]", note="push-notification pop-up"),
]
ads=[
 A("/html/body/div[1]/div[1]/header/div[2]/div/div[5]", "outside", "masthead 'Presentado por' section sponsor slot (#sectionad, hidden until filled)"),
 A("/html/body/div[1]/div[2]", "before|outside", "hidden #leaderboard slot under the header"),
 A("/html/body/div[1]/div[3]", "outside", "fixed bottom sticky ad (#floating) with close button"),
 A("/html/body/div[1]/div[4]", "outside", "#background skin slot"),
 A("/html/body/div[1]/div[5]", "outside", "#digo_1x1 out-of-page slot"),
 A("/html/body/div[1]/div[6]", "outside", "#digo300 slot (hidden, outside the article column)"),
 A("/html/body/div[1]/div[7]/div/div[2]", "before", "empty #header-banner-wrapper between the article header and the body", amb=True),
 A(AB+"/div[3]", "after", "empty #footer-banner-wrapper after the body", amb=True),
 A(AB+"/div[4]", "after", "#btf300_2 slot after the body"),
 A(BP+"/div[1]", "after", "empty Cxense widget under the article (recommendation/ad container without heading)", amb=True),
 A(BP+"/div[3]", "after", "empty Outbrain container under the article"),
 A(RR+"/div[1]", "outside", "right rail #atf300"),
 A(RR+"/div[2]", "outside", "right rail #brandshare-native2 (BrandStudio native slot)"),
 A(RR+"/div[3]", "outside", "right rail empty classifieds widget (advertisement/clas-widget: #widget-cls, #widget-holder)", amb=True),
 A(RR+"/div[4]", "outside", "right rail empty Send2News player container (advertisement/ads feature, adId send2News)"),
 A(RR+"/div[7]", "outside", "right rail lazy #btf300"),
 A("/html/body/div[1]/div[8]", "after|outside", "lazy #footer ad slot between the article area and the footer"),
]
