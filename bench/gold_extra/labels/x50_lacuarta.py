from _dsl import *
FILE="trafilatura-eval/html/lacuarta.com-loretoaravena.html.gz"
M="/html/body/div/main"
ART=M+"/div/article"
related=[
 R(ART+"/section[2]", "MÁS DE ESPECTÁCULOS", 3, "after", note="more-of-section cards after the share bar"),
 R(M+"/aside[1]/section", "LO ÚLTIMO", 5, "outside", note="right rail latest stories, plus 'VER MÁS'"),
 R(M+"/section[4]/section[1]", None, 0, "after|outside", amb=True, note="empty most-read container in the bottom section (script-filled)"),
 R(M+"/section[4]/section[2]", "IMPERDIBLES", 12, "after|outside", note="bottom grid of story cards, plus 'VER MÁS'"),
]
ctas=[
 C("share", "Facebook Twitter Whatsapp", "before|outside", M+"/aside[2]/section", note="left-rail share buttons beside the text"),
 C("share", "COMPARTIR NOTA Facebook Twitter Whatsapp", "after", ART+"/section[1]", note="share bar under the article"),
 C("comments", "", "after", M+"/div/div", note="empty dilogComments container (script-filled)"),
 C("follow", "En las redes", "outside", "/html/body/div/header/div[3]/div[5]", amb=True, note="social icons in the hidden side menu"),
]
ads=[
 A(M+"/section[1]/div[1]", "before|outside", "articulo_970x90 top banner"),
 A(M+"/section[1]/div[2]", "before", "articulo_intext slot in the top section, above the headline"),
 A(M+"/section[2]/div", "before", "articulo_barra banner under the headline"),
 A(M+"/aside[1]/div[1]", "outside", "right rail articulo_300x250-A"),
 A(M+"/aside[1]/div[2]", "outside", "right rail articulo_300x250-B"),
 A(M+"/section[4]/div[1]", "after|outside", "articulo_970x250-A in the bottom section"),
 A(M+"/section[4]/div[2]", "outside", "ads-intersticial articulo_ITT (interstitial)"),
 A(M+"/section[4]/div[3]", "outside", "ads-footerexpan articulo_Infooter (footer sticky)"),
]
