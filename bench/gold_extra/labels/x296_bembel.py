from _dsl import *
FILE="trafilatura-eval/html/bayrische-bembel.de.504.html.gz"
# EFC Bayrische Bembel Regensburg (Eintracht Frankfurt fan club, XOOPS table layout) news item 'Eintracht Frankfurt stellt
# Weichen für die Zukunft': header logo + slogan, top menu (News/Profis/Amateure/Jugend/Links/Forum/Kontakt), search +
# 'Anmelden Login' line with JS/cookie notice; left column blocks (members' login 'Einloggen', Hauptmenü, Profis, Amateure,
# Jugend, Wir über uns, Downloads, Impressum, 'Wer ist online'); centre: item (category : title, byline, text with a link to
# the new board structure), print / send-to-a-friend / PDF icon row, two empty divs; empty footer. No related block,
# no ads, no ad configuration, no comments.
# Not labelled: menus and left-column link blocks (incl. Kontakt, EFC Anmeldung), search, JS notice, 'Wer ist online',
# the two empty divs under the icon row, empty footer.
T="/html/body/table[1]/tr/td/table[1]/tr/td"
related=[]
ctas=[
 C("other", "Anmelden Login", "outside", T+"/table[2]/tr/td[2]/table/tr[1]/td[1]", amb=True, note="header 'Anmelden' (register) / 'Login' links"),
 C("other", "Nur für Bembel-Mitglieder Mitgliedsname: Passwort: login speichern Password vergessen? Neu anmelden!", "outside", T+"/table[3]/tr[1]/td[1]/div[2]", amb=True, note="left-column members' login block 'Einloggen' with 'Neu anmelden!' register link (its title is the div before)"),
 C("share", "", "after", T+"/table[3]/tr[1]/td[2]/div/div[2]", amb=True, note="icon row under the item: print version, 'Schicke den Artikel an einen Freund' (mailto), PDF (mixed utility row)"),
]
ads=[]
