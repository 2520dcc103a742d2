from _dsl import *
FILE="trafilatura-eval/html/viertausendhertz.de.ddg48.html.gz"
# viertausendhertz.de podcast episode page (WordPress + WPBakery): header podcast menu, episode image, one-paragraph
# description, Podigee player (script), row of podcast-platform subscribe badges, collapsed credits, then an empty
# Essential Grid episode grid (its items and 'Mehr Episoden anzeigen' button come by Ajax); categories/tags; footer menu.
# No ads, no ad configuration. Not labelled: header menu, category/tag lists, footer menu (its Twitter/Facebook
# links are 2 of 10 menu links), empty header widget area.
W="/html/body/div/div[1]/div/div/main/article/div/div/div/div/div/div/div"
related=[
 R(W+"/div[6]", None, 0, "after", amb=True, note="empty Essential Grid of other episodes of the series, filled by Ajax ('Mehr Episoden anzeigen' load-more text only in the script)"),
]
ctas=[
 C("follow", "", "after", W+"/div[4]", note="row of icon links to subscribe to the podcast (iTunes, Spotify, Deezer, Google Podcasts, Pocket Casts, Overcast, Castro, RSS) under the player"),
]
ads=[]
