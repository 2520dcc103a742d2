from _dsl import *
FILE="trafilatura-eval/html/Popkultur.de-Schauspieler.html.gz"
AR="/html/body/div[1]/div[2]/div[1]/main/article/div"
B=AR+"/div[2]"
SB="/html/body/div[1]/div[2]/div[2]/div"
related=[
 R(SB+"/aside[1]", "Neue Beiträge", 3, "outside", note="sidebar new posts"),
 R(SB+"/aside[2]", "Top-Themen", 3, "outside", note="sidebar top topics (posts)"),
]
ctas=[
 C("share", "", "before", AR+"/header/div[3]", note="share icons (facebook, twitter, whatsapp, email) under the byline"),
 C("other", "War dieser Artikel hilfreich? Ja Nein", "after", B+"/div[2]", note="'was this helpful' feedback widget after the last entry"),
 C("follow", "Lisa Borch", "after", B+"/div[3]", amb=True, note="author box (bio, e-mail, 'Mehr über den Autor erfahren', twitter)"),
 C("comments", "Schreibe einen Kommentar", "after", "/html/body/div[1]/div[2]/div[1]/main/div", note="comment form"),
 C("follow", "*= gesponsorter Link | Impressum, Datenschutzerklärung, Über uns, Richtlinien, Folge uns auf: Facebook, Twitter", "outside", "/html/body/div[2]/footer/div/div", amb=True, note="footer copyright line whose end is 'Folge uns auf: Facebook, Twitter' (mixed with legal links)"),
]
ads=[
 A(B+"/div[4]", "after", "Ad Inserter code-block-6: consent-gated taboola-below-article-thumbnails template"),
]
