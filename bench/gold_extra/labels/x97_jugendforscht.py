from _dsl import *
FILE="trafilatura-eval/html/jugend-forscht.de-Feuerlöschtechnik.html.gz"
S="/html/body/div/section"
related=[
 R(S+"/aside/div[1]", None, 6, "outside", amb=True, note="sidebar image teasers to site sections (Video: Mehrwert eines Jugend forscht Engagements, Bundeswettbewerb 2021, Plakate, Historie, Statistiken, Projektdatenbank)"),
]
ctas=[
 C("share", "2 Klicks für mehr Datenschutz: Erst wenn Sie den Schalter aktivieren, wird der Button aktiv", "after", S+"/div/div[2]", note="tools bar under the article: two-click share buttons, 'Seite empfehlen', print, bookmark"),
 C("follow", "Folge uns", "outside", S+"/aside/article", note="sidebar 'Folge uns' social links"),
]
ads=[]
