from _dsl import *
FILE="trafilatura-eval/html/bfs.de-radon.html.gz"
M="/html/body/div/div/div/div[4]"
AR=M+"/div[1]/div/div"
AC=M+"/div[2]/div[3]"
related=[
 R(AR+"/div[2]", "Zum Thema", 6, "after", note="'Zum Thema' topic links (Was ist Radon? ...) under the text; the same box ends with the 'Pressekontakt' link"),
]
ctas=[
 C("contact", "BfS-Pressestelle", "after", AR+"/div[2]/ul[2]", note="'Pressekontakt' link list inside the Zum-Thema box (heading h2 sibling)"),
 C("other", "Wie bewerten Sie diesen Artikel? hilfreich nicht hilfreich", "after", AR+"/div[4]", note="article rating / feedback form (helpful, comment, e-mail)"),
 C("contact", "Kontakt Bei Fragen kontaktieren Sie bitte unsere Pressestelle Zur Pressestelle", "outside", AC+"/div[1]", note="sidebar contact box"),
 C("follow", "RSS-Feed Pressemitteilungen des BfS automatisch per RSS erhalten Feed abonnieren", "outside", AC+"/div[2]", amb=True, note="sidebar RSS feed box"),
 C("newsletter", "UV-Newsletter Aktuelle UV-Prognosen per E-Mail erhalten Jetzt abonnieren", "outside", AC+"/div[3]", note="sidebar UV newsletter box"),
 C("share", "Empfehlen", "after|outside", "/html/body/div/div/div/div[5]/div", note="'Diese Seite: Empfehlen' recommend-by-e-mail link above the footer"),
 C("follow", "", "outside", "/html/body/div/div/div/div[6]/div/div[4]/ul[2]", note="footer social-media icons"),
]
ads=[]
