from _dsl import *
FILE="trafilatura-eval/html/feuerwehrverband.de-vorbereitungstagung.html.gz"
# Deutscher Feuerwehrverband (WordPress, Flynt theme) news post 'DFV auf der Vorbereitungstagung der Interkulturellen
# Woche'. Header: top bar (Unterstützen, Engagieren, Informieren, Kontakt), main menu, burger copy. Main: section hero
# 'Aktuelles' with breadcrumbs; article header (title, date, category list, share icons), featured image, one text
# paragraph; article footer with 'Beitrag teilen:', 'Ähnliche Artikel' (4 cards + 'Alle Meldungen zeigen') and a
# newsletter sign-up. Footer: 'Folgen Sie uns!' icons, network links, Kontakt & Rechtliches. Borlabs cookie box.
# No ads, no ad configuration.
# Not labelled: menus (incl. 'Unterstützen'/'Engagieren' top links), breadcrumbs, category list, footer link menus
# (incl. 'Kontakt'), cookie box.
AF="/html/body/div[1]/main/article/footer"
related=[
 R(AF+"/section[2]", "Ähnliche Artikel", 4, "after", note="'Ähnliche Artikel': 4 dated news cards and an 'Alle Meldungen zeigen' button"),
]
ctas=[
 C("contact", "Kontakt", "outside", "/html/body/div[1]/header/nav[1]/div/div[1]/div/div", amb=True, note="'Kontakt' link with icon set apart at the right of the header top bar"),
 C("share", "", "before", "/html/body/div[1]/main/article/header/div/div[1]/div/div[2]", note="icon share row (Facebook, Twitter, e-mail) under the date/categories"),
 C("share", "Beitrag teilen:", "after", AF+"/section[1]", note="'Beitrag teilen:' share icons under the text"),
 C("newsletter", "Immer auf dem Laufenden bleiben mit unseren aktuellen DFV-Informationen", "after", AF+"/div", note="newsletter sign-up form (e-mail, consent, 'Senden') at the end of the article footer"),
 C("follow", "Folgen Sie uns!", "outside", "/html/body/div[1]/footer/div/div/div/div[1]", note="footer 'Folgen Sie uns!' Facebook/Twitter/YouTube icons"),
]
ads=[]
