from _dsl import *
FILE="trafilatura-eval/html/mdr.de.autohaeuser.html.gz"
D="/html/body/div[8]/div/div[1]/div[2]/div/div"
related=[
 R(D+"/div[3]", "Weitere Informationen zum Coronavirus in Thüringen:", 2, "after|inline", note="teaser box under the last paragraph (its h3 heading closes the text block): corona overview + live ticker, linklist repeats the overview; followed only by the 'Quelle' line"),
 R(D+"/div[6]", "Weiterführende Links", 1, "after", note="conRelatedLinks: one dated article link"),
 R("/html/body/div[8]/div/div[2]/div[2]/div/div/div", "Mehr aus Thüringen", 8, "after|outside", note="full-width teaser band below the article section, 'Weitere Inhalte laden'"),
]
ctas=[
 C("share", "", "before", D+"/div[1]/div/div/div/div/div/div[2]", note="empty articleMeta-social container (data-ctrl-socialmedia shareUrl), script-filled share buttons by the date line"),
 C("comments", "1 Kommentar", "after", D+"/div[7]", note="talk_community comments section with 'Kommentare öffnen'"),
 C("other", "Player in neuem Fenster öffnen Streamlinks und Informationen Titelliste", "outside", "/html/body/div[6]/div/div/div[1]/div", amb=True, note="channel-header radio live-stream promo"),
]
ads=[]
