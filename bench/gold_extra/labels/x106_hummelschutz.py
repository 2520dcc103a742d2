from _dsl import *
FILE="trafilatura-eval/html/aktion-hummelschutz.de.hummeln.html.gz"
# aktion-hummelschutz.de: single-column WordPress page, no sidebar, no ads ('Werbefrei'), no related block.
EC="/html/body/div[1]/div/div/div/main/article/div[2]/div"
related=[]
ctas=[
 C("share", "Möchten Sie den Artikel teilen?", "after", EC+"/div", note="share links (Facebook, Google+, WhatsApp, e-mail) after the literature list"),
 C("other", "War der Artikel nützlich?", "after", EC+"/span[1]", note="WP-PostRatings star rating widget (95 votes)"),
 C("newsletter", "Holen Sie sich meinen kostenlosen Newsletter", "after|outside", "/html/body/div[1]/div/footer/div[1]", note="newsletter sign-up box at the top of the footer, right under the article"),
]
ads=[]
