from _dsl import *
FILE="trafilatura-eval/html/prensalibre.com-tendencia.html.gz"
ART="/html/body/div[2]/div[2]/div/main/div/article"
W=ART+"/div[1]"
SC=W+"/div[2]"
U="/html/body/div[2]/header/div[1]/div[1]"
related=[
 R(SC+"/div[5]/article", "TAMBIÉN LEA", 1, "inline", note="inset 'TAMBIÉN LEA' mini-article card between paragraphs"),
 R(SC+"/div[5]/p[5]", None, 1, "after|inline", note="'También lea: ¿Beneficia a Guatemala una mejor calificación...' lone link paragraph closing the body"),
 R(ART+"/aside[1]", "Notas de interés", 0, "after", amb=True, note="'Notas de interés' box with an empty cXense recommendation container"),
]
ctas=[
 C("follow", "Facebook Twitter Instagram Linkedin", "outside", U+"/div[2]/div[2]", note="header social profile links"),
 C("subscribe", "Suscríbase", "outside", U+"/div[3]/div/div[1]", note="header 'Suscríbase' button"),
 C("subscribe", "Suscríbase", "outside", U+"/div[3]/div/div[2]/div[3]/div[1]/div[3]", amb=True, note="'Suscríbase' button inside the login dropdown"),
 C("subscribe", "Suscríbase", "outside", "/html/body/div[2]/header/div[2]/div[1]/ul/li[3]", note="'Suscríbase' button at the end of the secondary nav bar"),
 C("subscribe", "Suscríbase", "outside", "/html/body/div[2]/header/div[1]/div[2]", amb=True, note="hidden mobile 'Suscríbase' banner button"),
 C("share", "Guardar Compartir", "before", ART+"/header/div[3]/div[2]", note="save/share tools beside the byline (AddToAny)"),
 C("subscribe", "", "inline", SC+"/div[4]", amb=True, note="empty tinypass_handler_banner_single (Piano paywall banner) between the free and the gated body parts"),
 C("subscribe", "Suscríbase", "outside", "/html/body/div[2]/footer/div[1]", note="footer 'Suscríbase' button band"),
]
ads=[
 A("/html/body/div[2]/div[1]", "before|outside", "div-gpt-ad-pl_hd header leaderboard"),
 A(W+"/div[1]/div[1]", "outside", "div-gpt-ad-pl_cp in the floating aside beside the body"),
 A(SC+"/div[2]", "before", "div-gpt-ad-pl_dbx floating-advice between the lead image and the first paragraph"),
 A(SC+"/div[3]/div", "inline", "div-gpt-ad-pl_inl between the first two paragraphs"),
 A(ART+"/div[2]", "after", "div-gpt-ad-pl_bll_1 billboard under the article"),
 A(ART+"/aside[2]", "after", "empty taboola-below-article-thumbnails without heading"),
 A("/html/body/div[2]/div[3]", "after|outside", "div-gpt-ad-pl_ft footer leaderboard above the footer"),
 A("/html/body/div[2]/div[4]", "outside", "div-gpt-ad-pl_rhcm 1x1 slot after the footer"),
]
