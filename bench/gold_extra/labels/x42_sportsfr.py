from _dsl import *
FILE="trafilatura-eval/html/sports.fr.lorient.html.gz"
C_="/html/body/div/div"
SB=C_+"/div[3]/aside/div"
MB=C_+"/div[4]/div/aside/div"
related=[
 R(SB+"/aside[2]", "Le scan", 30, "outside", note="sidebar latest-stories feed with sport filter, paginated 10 per page, '+ d'articles'"),
 R(SB+"/aside[5]", None, 3, "outside", amb=True, note="Disqus recent-comments widget: comment excerpts linking to 3 other articles"),
]
ctas=[
 C("follow", "Rejoins-nous sur : fb tw cam", "outside", "/html/body/div/header/div/div[1]/div/div[2]", note="header social links"),
 C("follow", "fb tw cam", "outside", "/html/body/div/footer/div/div/div[3]", note="footer social links"),
]
ads=[
 A(C_+"/div[1]", "outside", "dfp habillage (skin)"),
 A(C_+"/div[2]", "before|outside", "megabanner_top dfp masthead_haut"),
 A(SB+"/aside[1]", "outside", "sidebar dfp mpu_haut (fix_onscroll)"),
 A(SB+"/aside[3]", "outside", "sidebar dfp mpu_milieu"),
 A(SB+"/aside[6]", "outside", "sidebar dfp mpu_bas"),
 A(MB+"/div[1]", "after|outside", "megabanner_bottom dfp masthead_bas"),
 A(MB+"/div[2]", "outside", "dfp interstitiel"),
 A(MB+"/div[3]", "outside", "dfp interstitiel_mobile"),
]
