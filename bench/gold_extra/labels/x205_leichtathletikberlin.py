from _dsl import *
FILE="trafilatura-eval/html/leichtathletik-berlin.de-norddeutschland.html.gz"
# Berliner Leichtathletik-Verband (Contao) press release 'Norddeutschland findet seine Meister'. Header: logo,
# Instagram/Facebook icons, mobile menu, main nav, sub-nav, search form, image slider (no links). Main column: section
# title, date, headline, text, two-image gallery, photo credit, 'Zurück' link; then two sponsor-logo galleries
# ('Sponsoren und Partner', 'Kooperations- und Medienpartner') and the footer menu (Links, Kontakt, Datenschutz, Impressum).
# Right column: 'Kinderschutz' image link (internal page), 'Sponsoren & Partner' logo slider, 'Bestellung -
# Vereinskleidung' (sport39 shop login), 'Berlin.' sportsconnected badge, 'Finde deinen Verein' district map,
# 'ISTAF 2022' skyscraper banner, 'Quicklink' menu. No ad network code.
# Not labelled: menus, search, slider, 'Zurück' link, results link 'HIER' in the text, Kinderschutz image link,
# 'Finde deinen Verein' map (club finder), Quicklink menu, footer menu, cookie bar.
M="/html/body/div[1]/div/div/div"
SB="/html/body/div[1]/div/aside/div"
related=[]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/header/div/div[1]/div[2]", note="header Instagram and Facebook icon links (div.sm)"),
 C("other", "Bestellung - Vereinskleidung", "outside", SB+"/div[3]", amb=True, note="sidebar box 'Bestellung - Vereinskleidung': sport39 logo linking to the club-clothing shop login"),
]
ads=[
 A(M+"/div[2]", "after|outside", "'Sponsoren und Partner' sponsor logo galleries (9 logos) under the article", amb=True),
 A(M+"/div[3]", "after|outside", "'Kooperations- und Medienpartner' partner logo gallery (3 logos)", amb=True),
 A(SB+"/div[2]", "outside", "sidebar 'Sponsoren & Partner' logo slider", amb=True),
 A(SB+"/div[4]", "outside", "sidebar box 'Berlin.' with a sportsconnected.de badge linking out", amb=True),
 A(SB+"/div[6]", "outside", "sidebar 'ISTAF 2022' 160x600 skyscraper banner linking to istaf-indoor.de"),
]
