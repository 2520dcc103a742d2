from _dsl import *
FILE="trafilatura-eval/html/apolut.net-Sonja-Silberhorn.html.gz"
HD="/html/body/main/div[1]/div/div[1]"
B="/html/body/main/div[1]/div/div[2]"
FS="/html/body/footer/section[1]/div/div"
related=[
 R("/html/body/main/div[2]/section", "Auch interessant...", 8, "after", note="'Auch interessant...' grid of 8 posts under the article"),
]
ctas=[
 C("donate", "Unterstützen", "outside", "/html/body/header/div[1]/div/div[3]/a[4]", amb=True, note="pulsing 'Unterstützen' (support) button in the top bar, next to plain Mein Account/Newsletter/App links"),
 C("comments", "Anzahl Kommentare: noch keine", "before", HD+"/div[1]", amb=True, note="meta line with the comment count (date | number of comments), no link"),
 C("share", "teilen tweeten mailen kommentieren pdf download", "before", HD+"/div[3]", note="share row under the headline (telegram, twitter, mail, comment, pdf)"),
 C("app", "+++ Apolut ist auch als kostenlose App für Android- und iOS-Geräte verfügbar!", "after", B+"/p[32]", note="'+++' promo paragraph after the credits: app"),
 C("app", "Die apolut-App steht auch zum Download (als sogenannte Standalone- oder APK-App) auf unserer Homepage zur Verfügung.", "after", B+"/p[33]", amb=True, note="second app paragraph (APK download link), continues p[32]"),
 C("newsletter", "+++ Abonnieren Sie jetzt den apolut-Newsletter: https://apolut.net/newsletter/", "after", B+"/p[34]", note="'+++' newsletter line"),
 C("donate", "+++ Ihnen gefällt unser Programm? Informationen zu Unterstützungsmöglichkeiten finden Sie hier:", "after", B+"/p[35]", note="'+++' support/donation line"),
 C("other", "+++ Unterstützung für apolut kann auch als Kleidung getragen werden! Hier der Link zu unserem Fan-Shop:", "after", B+"/p[36]", note="'+++' fan-shop line"),
 C("comments", "Kommentare (0) Hinterlassen Sie eine Antwort", "after", "/html/body/main/section", note="comments section (members-only reply prompt)"),
 C("donate", "Unterstützen", "outside", FS+"/div[2]/a", note="footer 'Unterstützen' button"),
 C("follow", "", "outside", FS+"/div[2]/div", note="footer social icons (telegram, instagram, twitter, facebook, odysee, rss)"),
 C("app", "apolut gibt es auch als App!", "outside", FS+"/div[3]/div", note="footer app-store badges"),
]
ads=[]
