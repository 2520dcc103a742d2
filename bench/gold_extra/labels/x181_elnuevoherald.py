from _dsl import *
FILE="trafilatura-eval/html/elnuevoherald.com-miami.html.gz"
# el Nuevo Herald (McClatchy WPS) business story 'Quiere poner un negocio? Miami le abre sus puertas'. Upper nav of
# sister-site logo tabs, empty script-filled masthead (#mastheadVueContainer); story-body article: header with kicker,
# title, byline and share bar, lead video, text with three in-text one-story 'related-stories' cards, empty in-story
# 'zone' divs (id zone-el-1xx, some with index=N and allowStnPlayer: paragraph-indexed in-story ad/video zones,
# some paired in 'zone grid combo' rows), 'Artículos relacionados' box and author card. Below: empty zone-el-9,
# 'Leer más' read-next card (zone-el-10), 'Tendencias' list with an empty nativo slot, subscription promo
# (zone-el-12), six secondary story cards (zone-el-13), empty zone-el-99, partner product-review links; footer
# with app / newsletter / social links and link columns.
# Not labelled: upper-nav logo tabs, masthead container, empty breaking-news-organism, kicker, lead video player
# (a video, with a pre-roll tag), in-text links, footer link columns (incl. Suscripciones / Contáctenos / Publicidad
# menus), legal links.
AR="/html/body/div[3]/article"
B="/html/body/div[3]"
related=[
 R(AR+"/div[4]", None, 1, "inline", note="in-text related-stories card: 'El tesoro dulce argentino que le cambia la vida a un pequeño negocio…'"),
 R(AR+"/div[6]", None, 1, "inline", note="in-text related-stories card: 'Cómo crear un negocio sin perder tiempo ni dinero…'"),
 R(AR+"/div[9]", None, 1, "inline", note="in-text related-stories card: 'Pionera de Facebook, dejó Silicon Valley por Miami…'"),
 R(AR+"/div[12]/div", "Artículos relacionados el Nuevo Herald", 1, "after", note="'Artículos relacionados' box with one story (La Jamoteca)"),
 R(B+"/section/div[1]", "Leer más", 1, "after|outside", note="read-next card (zone-el-10) with one story, its own share bar and 'SEGUIR LEYENDO'"),
 R(B+"/section/div[2]/div", "Tendencias", 5, "outside", note="trending-stories list beside the read-next card"),
 R(B+"/div[4]", None, 6, "after|outside", note="six secondary story cards (zone-el-13) below the story"),
 R(B+"/div[6]", "Reseñas de productos de nuestros socios", 6, "outside", sponsored=True, amb=True, note="partner product-review guide links (category names, commerce)"),
]
ctas=[
 C("share", "", "before", AR+"/header/div/div[2]", note="share bar under the byline (Twitter, Facebook, e-mail, more / ORDER REPRINT)"),
 C("follow", "twitter facebook email phone 305-376-2217", "after", AR+"/div[13]/article/div/div[2]/div", amb=True, note="author card social/e-mail/phone links"),
 C("subscribe", "Reciba acceso digital ilimitado #TuNoticiaLocal Suscríbase para acceso digital ilimitado – solo $2 por 2 meses. RECLAME SU OFERTA", "after|outside", B+"/div[3]", note="subscription promo card (zone-el-12)"),
 C("app", "El Nuevo Herald App", "outside", "/html/body/footer/section/div[1]/div[1]", note="footer 'Llévanos Contigo' app link"),
 C("newsletter", "Ver boletines informativos", "outside", "/html/body/footer/section/div[1]/div[2]", note="footer newsletter sign-up link"),
 C("follow", "", "outside", "/html/body/footer/section/div[1]/div[3]", note="footer social icons (Facebook, Twitter, YouTube)"),
]
ads=[
 A(AR+"/div[2]", "inline", "empty in-story zone-el-101 (index=3, allowStnPlayer)"),
 A(AR+"/div[3]/div[1]", "inline", "empty zone-el-102 (combo row)", amb=True),
 A(AR+"/div[3]/div[2]", "inline", "empty zone-el-103 (combo row)", amb=True),
 A(AR+"/div[5]/div[1]", "inline", "empty zone-el-104 (combo row)", amb=True),
 A(AR+"/div[5]/div[2]", "inline", "empty zone-el-105 (combo row)", amb=True),
 A(AR+"/div[7]", "inline", "empty in-story zone-el-106 (index=15, allowStnPlayer)"),
 A(AR+"/div[8]", "inline", "empty in-story zone-el-107 (index=20, allowStnPlayer)"),
 A(AR+"/div[10]", "after", "empty in-story zone-el-108 (index=25) after the last paragraph"),
 A(AR+"/div[14]", "after", "empty zone-el-16 at the end of the article", amb=True),
 A(B+"/div[2]", "after|outside", "empty zone-el-9 below the article", amb=True),
 A(B+"/section/div[2]/div/div/div[5]/div[2]", "outside", "empty latest-news-nativo-slot in the trending list", amb=True),
 A(B+"/div[5]", "outside", "empty zone-el-99 below the secondary stories", amb=True),
]
