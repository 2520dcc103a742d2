from _dsl import *
FILE="trafilatura-eval/html/handwerksblatt.de-Friseurbesuch.html.gz"
W="/html/body/div[1]"
NV=W+"/div[5]"
COL=W+"/div[8]/main/div/div/div/div[1]/div"
ART=COL+"/div[2]/article/section/div"
SB=W+"/div[8]/main/div/div/div/div[2]"
related=[
 R(ART+"/div[1]/p[2]", None, 1, "before", amb=True, note="'Dieser Artikel gehört zum Themen-Special Coronaschutz im Betrieb' link line under the lead"),
 R(SB+"/div[5]", "Das könnte Sie auch interessieren:", 5, "outside", note="right-column story carousel"),
 R(NV+"/div[2]", None, 4, "outside", amb=True, note="hidden hover mega-menu panel with story teasers (Handwerkskammern)"),
 R(NV+"/div[3]", None, 4, "outside", amb=True, note="hidden hover mega-menu panel (Betriebsführung)"),
 R(NV+"/div[4]", None, 4, "outside", amb=True, note="hidden hover mega-menu panel (Politik)"),
 R(NV+"/div[5]", None, 4, "outside", amb=True, note="hidden hover mega-menu panel (Bildung)"),
 R(NV+"/div[6]", None, 3, "outside", amb=True, note="hidden hover mega-menu panel (Mobilität): sub-links + 3 teasers"),
 R(NV+"/div[7]", None, 3, "outside", amb=True, note="hidden hover mega-menu panel (Panorama): sub-links + 3 teasers"),
 R(NV+"/div[8]", None, 4, "outside", amb=True, note="hidden hover mega-menu panel (Themen-Specials)"),
 R(NV+"/div[9]", None, 3, "outside", amb=True, note="hidden hover mega-menu panel (Karriere): sub-links + 3 teasers"),
 R(NV+"/div[10]", None, 3, "outside", amb=True, note="hidden hover mega-menu panel (GründerNavi): sub-links + 3 teasers"),
]
ctas=[
 C("subscribe", "DHB jetzt auch digital! Einfach hier klicken und für das digitale DHB registrieren!", "after", ART+"/div[2]/p[55]", note="e-paper registration line after the last paragraph (before the author line)"),
 C("share", "", "after", ART+"/div[3]/div", note="share icons (Facebook, Twitter, WhatsApp, mail) next to 'Zurück zur Übersicht'"),
 C("comments", "2 Kommentare Kommentar schreiben", "after", COL+"/div[3]/section", note="comment section: empty script-filled list + form"),
 C("subscribe", "Aktuelle Ausgaben", "outside", SB+"/div[6]", amb=True, note="right-column slider of current magazine issues linking to the e-kiosk"),
 C("newsletter", "Newsletter", "outside", SB+"/div[7]", amb=True, note="right-column newsletter image box (an ad slot by convention 3: the box is one of the column's 'anzeige' ad boxes; the CTA reading stays amb)"),
 C("other", "Hier finden Sie unsere aktuellen Marktplatz-Anzeigen. Über unser Formular können Sie direkt eigene Anzeigen buchen.", "outside", SB+"/div[8]", note="right-column box to book classified ads"),
]
ads=[
 A(SB+"/div[7]", "outside", "own newsletter banner in one of the right column's 'anzeige' boxes (convention 3, after the reading of the other/contact misses)"),
 A(W+"/div[1]", "before|outside", "wallpaperTop GPT -12"),
 A(W+"/div[2]", "outside", "wallpaperRight GPT -13"),
 A(W+"/div[3]", "before|outside", "superbanner GPT -1"),
 A(NV+"/div[1]/nav/ul/li[1]", "outside", "empty li.advertise-300x100 in the main nav", amb=True),
 A(W+"/div[6]/div[1]", "outside", "skyscraper GPT -4"),
 A(W+"/div[6]/div[2]", "outside", "skyscraper GPT -15"),
 A(W+"/div[6]/div[3]", "outside", "skyscraper GPT -24"),
 A(W+"/div[6]/div[4]", "outside", "skyscraper GPT -22"),
 A(W+"/div[6]/div[5]", "outside", "sitebar-dynamic GPT -20"),
 A(W+"/div[7]/div[1]", "outside", "skyscraper-left GPT -5"),
 A(W+"/div[7]/div[2]", "outside", "skyscraper-left GPT -16"),
 A(W+"/div[7]/div[3]", "outside", "skyscraper-left GPT -25"),
 A(W+"/div[8]/div[1]", "before|outside", "fireplaceAdTop GPT -14"),
 A(W+"/div[8]/header/div", "before|outside", "billboard GPT -17 in the page header"),
 A(ART+"/div[2]/div[1]", "inline", "interscroller GPT 3582912-1 after the second paragraph"),
 A(SB+"/div[1]", "outside", "right-column 'anzeige' GPT 8035840-1"),
 A(SB+"/div[2]", "outside", "right-column 'anzeige' GPT 8035840-2 medium rectangle"),
 A(SB+"/div[3]", "outside", "right-column 'anzeige' GPT 8035840-4"),
 A(SB+"/div[4]", "outside", "right-column 'anzeige' GPT 8035840-5"),
 A(W+"/div[8]/div[3]", "outside|after", "floor ad GPT -18 (bottom bar)"),
]
