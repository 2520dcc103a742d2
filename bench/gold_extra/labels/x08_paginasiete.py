from _dsl import *
FILE="trafilatura-eval/html/paginasiete.bo-carabineros.html.gz"
C_="/html/body/main/div[2]/div"
ART=C_+"/div[2]/div[1]/article/div"
SB=C_+"/div[2]/div[2]/aside/div"
related=[
 R(ART+"/div[2]/div[4]/p[6]", "También puede leer:", 1, "inline", note="'También puede leer: Tras escándalo en la Policía, jefe de bancada del MAS…' in-text link"),
 R(C_+"/div[3]/div[2]", "Otras Noticias", 3, "after|outside", note="three teaser cards + 'Cargar mas noticias' (infinite scroll), full-width band under the article row"),
]
ctas=[
 C("share", "", "before|outside", ART+"/div[1]/div", note="sticky icon share column (fb, tw, whatsapp, telegram) beside the text"),
 C("follow", "", "outside", "/html/body/header/div[1]/div/div/div[2]/div[2]", note="header top-bar social icons (tw, fb, ins, yt)"),
 C("follow", "", "outside", "/html/body/header/div[3]/div/div[1]/div[2]/div", amb=True, note="fb/tw profile icons in the collapsed mobile menu"),
 C("follow", "Síganos", "outside", "/html/body/footer/div/div/div/div[2]/div", note="footer 'Síganos' social icons"),
]
ads=[
 A("/html/body/div[2]", "before|outside", "publicidad-top: GPT div-gpt-ad-top1 leaderboard above the header"),
 A("/html/body/main/div[1]/div/div/div[1]", "outside", "left gutter GPT lateralizq 160x600 (sticky)"),
 A("/html/body/main/div[1]/div/div/div[2]", "outside", "right gutter GPT lateralder 160x600 (sticky)"),
 A(ART+"/div[2]/div[3]", "before", "primer_bnn GPT middle1(1) between byline and body"),
 A(C_+"/div[2]/div[1]/div", "after", "segundo_bnn GPT middle1(2) under the article"),
 A(SB+"/div[1]", "outside", "sidebar clickio (__lxGc__) ad script"),
 A(SB+"/div[2]", "outside", "sidebar GPT derecha(1)"),
 A(SB+"/div[3]", "outside", "sidebar AdSense AnuncioPortada300x250"),
 A(SB+"/div[4]", "outside", "sidebar GPT derecha(3)"),
 A(C_+"/div[3]/div[1]", "after|outside", "clickio (__lxGc__) banner between the article row and 'Otras Noticias'"),
]
