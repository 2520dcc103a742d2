from _dsl import *
FILE="trafilatura-eval/html/lastampa.it.temperature.html.gz"
M="/html/body/div[8]/main/section/div/div[1]"
AB=M+"/article/div[2]"
SB="/html/body/div[8]/main/section/div/div[2]"
related=[
 R(AB+"/p[4]/aside", "Leggi anche", 1, "inline", note="'Leggi anche: La grande sete: due mesi senza pioggia, mai così dal 1878'"),
 R(AB+"/p[7]/aside", "Leggi anche", 1, "inline", note="'Leggi anche: Storm Ciara leaves one dead in Italy'"),
 R(AB+"/p[8]/aside", "Leggi anche", 1, "inline", note="'Leggi anche: La tempesta Ciara ... è arrivata in Valle...'"),
 R(SB+"/aside[1]", "Articoli Correlati", 3, "outside"),
 R(SB+"/aside[2]", "Topnews - Primo Piano", 3, "outside"),
 R(SB+"/aside[3]", "Tutti i video", 3, "outside", note="sidebar video teasers"),
 R(SB+"/aside[4]", "Ultimi articoli", 3, "outside"),
]
ctas=[
 C("subscribe", "Abbonati", "outside", "/html/body/div[3]/div[1]/div[3]", note="slim header Abbonati button"),
 C("subscribe", "Abbonati", "outside", "/html/body/div[4]/div/div[2]", note="sub-header Abbonati link"),
 C("share", "", "before", M+"/article/header/div/div[2]", amb=True, note="empty gs-social-sharebuttons in the article meta (script-filled)"),
 C("subscribe", "", "after", M+"/article/div[3]", amb=True, note="empty paywall-adagio / ph-paywall container"),
 C("subscribe", "Qui andrà inserito il messaggio del Direttore", "after", M+"/div[2]", note="latest-subscription-message: editor's appeal + 'ABBONATI A LA STAMPA' (placeholder text)"),
 C("comments", "", "after", M+"/div[4]", note="empty gs-social-comments container (after the #commenta anchor)"),
]
ads=[
 A("/html/body/div[1]", "outside", "adv-Position3 (empty)"),
 A("/html/body/div[2]", "before|outside", "adv-Top (empty)"),
 A("/html/body/div[8]/div", "outside", "adv-TopLeft (empty)"),
 A(M+"/article/div[1]", "before", "advHook-Middle1 between the article header and the text (hook for the Middle1 slot)", amb=True),
 A(AB+"/div[2]", "after", "adv-Bottom (MNZ_RICH) after the last paragraph"),
 A(M+"/div[5]", "after", "empty taboola-below-article-thumbnails"),
 A(M+"/div[6]", "after", "empty taboola-below-article-thumbnails-mobile"),
 A(SB+"/div[1]", "outside", "adv-Middle1"),
 A(SB+"/div[2]", "outside", "adv-TabR"),
 A(SB+"/div[3]", "outside", "adv-Middle2"),
 A(SB+"/div[4]", "outside", "adv-x40"),
 A(SB+"/div[5]", "outside", "adv-x39"),
 A(SB+"/div[6]", "outside", "adv-x38"),
 A(SB+"/div[7]", "outside", "adv-x37"),
 A(SB+"/div[8]", "outside", "adv-x36"),
 A(SB+"/div[9]", "outside", "adv-Middle3"),
]
