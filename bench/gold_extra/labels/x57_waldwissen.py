from _dsl import *
FILE="trafilatura-eval/html/waldwiesen.net-holländerholzhandel.html.gz"
ART="/html/body/div[3]/div[3]/main/article"
HR=ART+"/div[1]/div[2]"
related=[
 R(ART+"/div[2]", "Mehr auf waldwissen.net", 1, "after", note="'More on waldwissen.net' card list (one story card) under the body"),
]
ctas=[
 C("share", "Teilen", "before", HR+"/div[1]/div[2]", note="share dropdown in the article action bar (Merken, Drucken, Bewerten, Kommentieren, Teilen, Suchen)"),
 C("comments", "Kommentieren", "before", HR+"/div[1]/a[3]", amb=True, note="'Kommentieren' comment prompt with empty count badge in the action bar"),
 C("contact", "Kontakt Dirk Schmechel", "before", HR+"/div[2]", amb=True, note="editorial contact infobox beside the headline (name, institute, e-mail)"),
 C("contact", "Kontakt Dirk Schmechel", "after", ART+"/div[3]/div/div", amb=True, note="same editorial contact repeated in the document-info box under the article"),
 C("comments", "", "after", ART+"/div[6]", amb=True, note="empty article-bottom-container (script-filled reviews/comments area)"),
 C("newsletter", "Newsletter Unser Newsletter informiert Sie", "outside", "/html/body/div[3]/footer/div/div/div[3]", note="footer newsletter sign-up form"),
]
ads=[
 A(HR+"/div[3]", "before|outside", "empty werbe-banner detail-page sidebar (banner slot beside the article head)"),
 A(ART+"/div[4]", "after", "empty werbe-banner detail-page mobile-bottom"),
]
