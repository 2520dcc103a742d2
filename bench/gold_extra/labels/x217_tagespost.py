from _dsl import *
FILE="trafilatura-eval/html/die-tagespost.de.Demut.html.gz"
# Die Tagespost (Catholic weekly, fcms CMS) opinion piece 'Warum wir jetzt Demut brauchen'. Header: date, 'Synodaler
# Weg' supplement icon, logo, login box, E-Paper/Archiv/Mobil links, search; claim line; main and sub navigation.
# Article: kicker/title/standfirst; left meta column (author, date, share icons); content column with lead image,
# floated 'Lesen Sie auch' teaser, text with subheads, author note, print-edition promo line ('Kostenlos erhalten Sie
# die aktuelle Ausgabe hier'), article footer (share icons, 'Ihre Meinung zu diesem Thema', 'zur Startseite',
# 'Jetzt 3 Ausgaben GRATIS erhalten!'). Below: 'Weitere Artikel' (3 teasers). Empty right aside; footer link
# columns; sticky Facebook/Twitter/Newsletter links. Ads: only AdSense page-level auto ads in a head script (no slot
# elements); the empty right aside has no ad markers, left out.
# Not labelled: login box, E-Paper/Archiv/Mobil links, menus (incl. 'Leserbrief schreiben'), 'zur Startseite'
# button, footer columns (Abo bestellen, Geschenkabo, Anzeigen, Kontakt, Facebook, Twitter, Newsletter links).
AC="/html/body/div/div/main/div/article/div/div[2]/div"
related=[
 R("/html/body/div/div/header/div[1]/div[1]/div", None, 1, "outside", amb=True, note="header icon link 'Synodaler Weg' to the current supplement/series page"),
 R(AC+"/aside", "Lesen Sie auch", 1, "before|inline", note="floated 'Lesen Sie auch' teaser (Killer- oder Grippevirus) at the top of the text"),
 R("/html/body/div/div/main/section", "Weitere Artikel", 3, "after", note="'Weitere Artikel' with 3 teasers below the article"),
]
ctas=[
 C("share", "", "before", "/html/body/div/div/main/div/article/div/div[1]/aside/section[3]", note="share icons (mail, Facebook, Twitter, print) in the left meta column under the byline"),
 C("subscribe", "Die Printausgabe der Tagespost vervollständigt aktuelle Nachrichten auf die-tagespost.de mit Hintergründen und Analysen.", "after", AC+"/p[13]", note="print-edition promo line with free-issue sign-up link 'hier'"),
 C("share", "", "after", AC+"/footer/section", note="share icons in the article footer"),
 C("comments", "Ihre Meinung zu diesem Thema", "after", AC+"/footer/a[1]", note="link to write a reader's letter on this article"),
 C("subscribe", "Jetzt 3 Ausgaben GRATIS erhalten!", "after", AC+"/footer/a[3]", note="free trial issues button"),
 C("follow", "Facebook Twitter Newsletter", "outside", "/html/body/div/div/div", note="sticky side links: Facebook, Twitter, newsletter"),
]
ads=[]
