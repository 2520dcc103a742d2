from _dsl import *
FILE="trafilatura-eval/html/netzpolitik.org.abmahnungen.html.gz"
M="/html/body/div/div/div/main"
A_="/html/body/div/div/div/main/article"
related=[
 R(M+"/nav", "Beitrags-Navigation", 2, "after", note="previous/next post links under the article"),
 R(M+"/div[1]", "Unsere Lesetipps", 3, "after", note="three teaser cards between post navigation and comments"),
]
ctas=[
 C("comments", "91 Ergänzungen", "before", A_+"/header/div[2]/a", amb=True, note="comment-count link in the byline line"),
 C("follow", "Über den Autor/ die Autorin Markus Reuter", "after", A_+"/footer/div[1]", amb=True, note="author box with OpenPGP and @markusreuter_ Twitter links"),
 C("comments", "91 Ergänzungen", "after", M+"/div[2]", note="comments area: 91 comments + 'Ergänzung' reply form (#respond)"),
 C("donate", "Spenden", "outside", "/html/body/div/header/div/a", note="header donation button (beside the menu)"),
 C("donate", "Wir sind spendenfinanziert. Unterstütze auch du uns langfristig mit einem Dauerauftrag!", "outside", "/html/body/div/footer/div[1]/div", note="#spendenleiste donation bar with close X"),
]
ads=[
 A("/html/body/div/footer/div[3]", "outside", "footer 'Mit freundlicher Unterstützung von' + Palasthotel logo link (agency credit)", amb=True),
]
