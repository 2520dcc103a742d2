from _dsl import *
FILE="trafilatura-eval/html/elespectador.com-orion.html.gz"
ML="/html/body/div/div/div[2]/div[2]"
COL=ML+"/section[1]/div[2]/div[2]/div"
ART=COL+"/div[2]/section[1]/article"
D=ART+"/div[1]"
SEC=D+"/section"
SB=COL+"/div[2]/section[2]/div/div"
related=[
 R(SEC+"/div[4]", None, 0, "inline", amb=True, note="empty Article-Widget_related between paragraphs (lazy-loaded)"),
 R(SEC+"/p[6]", None, 1, "inline", note="'Lea aquí: Operación Orión, una sombra de odio' lone link paragraph"),
 R(SEC+"/p[11]", None, 1, "inline", note="'Le puede interesar: JEP abrirá tres nuevos macrocasos' lone link paragraph"),
 R(D+"/div[7]/div[2]", None, 0, "after", amb=True, note="empty 'Most important section' widget under the article"),
 R(ART+"/div[2]", None, 0, "after", amb=True, note="empty 'Contenido exclusivo' widget under the article"),
 R(SB+"/div[2]", None, 0, "outside", amb=True, note="empty sidebar 'Ultimas Noticias' widget"),
 R(ML+"/section[1]/div[3]", None, 0, "after|outside", amb=True, note="empty isTrending widget below the article row"),
]
ctas=[
 C("subscribe", "Suscríbete", "outside", "/html/body/div/div/header/div/div[1]/header/div[1]/div[2]/div[1]/a[1]", note="header subscribe button (beside 'Iniciar Sesión')"),
 C("share", "Copiar link Twitter Facebook", "before", COL+"/div[1]/div/div[4]", note="share buttons + bookmark under the byline"),
 C("subscribe", "", "before", SEC+"/div[3]", amb=True, note="empty piano-article-subs container above the first paragraph (paywall/subscription widget)"),
 C("subscribe", "", "after", D+"/div[1]", amb=True, note="empty pianoYellowBannerArticle container after the body"),
 C("follow", "Por Felipe Morales Sierra @elmoral_es", "after", D+"/div[3]", amb=True, note="author sign-off with Twitter handle and e-mail"),
 C("follow", "Recibe alertas desde Google News", "after", D+"/a", note="Google News alerts/follow button"),
 C("share", "Copiar link Twitter Facebook", "after", D+"/div[5]", note="share bar at the end of the article"),
]
ads=[
 A("/html/body/div/div/header/div/div[2]", "before|outside", "Ads_megaBannerTopContainer with 'Publicidad' fallback"),
 A(SEC+"/div[5]", "inline", "lazyload-placeholder between paragraphs (lazy ad slot)", amb=True),
 A(SEC+"/div[6]", "inline", "lazyload-placeholder between paragraphs (lazy ad slot)", amb=True),
 A(D+"/div[2]", "after", "lazyload-placeholder after the body", amb=True),
 A(D+"/div[6]", "after", "lazyload-placeholder after the share bar", amb=True),
 A(D+"/div[7]/div[1]", "after", "empty taboola_articulos_desktop container"),
 A(ART+"/div[3]", "after", "lazyload-placeholder at the end of the article", amb=True),
 A(SB+"/div[1]", "outside", "lazyload-placeholder at the top of the Ads-mediaPagina sidebar", amb=True),
 A(SB+"/div[3]", "outside", "Ads-sticky sidebar slot"),
 A(ML+"/section[4]", "after|outside", "lazyload-placeholder in a layout section below the article", amb=True),
 A("/html/body/div/div/footer/div/div[1]", "outside", "StickyAd bottom adhesion bar with close button"),
 A("/html/body/div/div/footer/div/div[2]", "outside", "lazyload-placeholder in the footer", amb=True),
]
