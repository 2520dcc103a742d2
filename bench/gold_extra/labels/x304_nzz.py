from _dsl import *
FILE="trafilatura-eval/html/d42c68f1b0f4408b81cf8f00bbe1a631.html.gz"
# NZZ (Neue Zürcher Zeitung, Livingdocs) article 'Der Nervenkrieg um den Brexit geht in die nächste Runde': header (burger,
# 'Abonnemente' link, logo, Anmelden, search), main nav with breadcrumb, search, hidden full-menu overlay (incl. 'NZZ
# abonnieren' / 'Newsletter bestellen' menu links), empty 'fishfinger' band, pre-main hidden message boxes + empty
# c1notification div + audienzz maxiboard x2 / skyscraper slots; article (headline, lead, byline, photo, empty
# <advertisement> element, six paragraphs with two subtitles, four linkbox teaser cards, empty #insert promo container,
# 'Artikel anzeigen' expander), sidebar ('Meistgelesen im Ressort' 3 links, two rectangle slots), bookmarks companion,
# billboard slot, recommendations section (audienzz BusinessClick script holder + rectangle slots 3-6), footer link
# columns (Service incl. Newsletter / Facebook / Twitter / Apps / Kontakt, Abonnemente, Marktplätze, publications),
# print copyright footer, two hidden onboarding overlays (Merkliste, Artikel hören) with registration buttons.
# Not labelled: menus, Anmelden, search, breadcrumb, hidden message boxes, empty c1notification/fishfinger divs,
# empty interceptor positioner divs (subtitle anchors), bookmarks companion, footer link columns and print footer.
M="/html/body/div[6]/div/div"
MA=M+"/article/main"
related=[
 R(MA+"/div[3]", None, 1, "after", note="linkbox teaser card 'Niederlage für Boris Johnson – Britische Regierung will Brexit-Verschiebung beantragen' after the last paragraph"),
 R(MA+"/div[4]", None, 1, "after", note="linkbox teaser card 'Johnsons EU-Abkommen belastet die Briten mehr als jenes von Theresa May'"),
 R(MA+"/div[5]", None, 1, "after", note="linkbox teaser card 'Ein Zaubertrick lässt die irische Grenze verschwinden'"),
 R(MA+"/div[6]", None, 1, "after", note="linkbox teaser card 'Kommentar – Brexit-Einigung: Ein Durchbruch, aber das Ziel ist noch nicht erreicht'"),
 R(M+"/article/aside/div[1]", "Meistgelesen im Ressort", 3, "outside", note="sidebar 'Meistgelesen im Ressort' list of 3 stories (the first is this article)"),
]
ctas=[
 C("subscribe", "Abonnemente", "outside", "/html/body/header/div/div/div[1]/a", note="'Abonnemente' subscription link beside the burger in the header"),
 C("subscribe", "", "after", MA+"/div[7]", amb=True, note="empty #insert container after the teasers (NZZ promo/paywall insert filled by script)"),
 C("read_more", "Artikel anzeigen", "after", MA+"/div[8]", note="'Artikel anzeigen' expander button at the end of the reduced article"),
 C("other", "Merkliste Hier speichern Sie interessante Artikel, um sie später zu lesen.", "outside", "/html/body/div[7]", amb=True, note="hidden onboarding overlay for the bookmark list with a 'Für «Meine NZZ» registrieren' button"),
 C("other", "Artikel hören Lassen Sie sich Artikel vorlesen – mit der neuen NZZ-Audiofunktion.", "outside", "/html/body/div[8]", amb=True, note="hidden onboarding overlay for the audio feature with an 'Auf NZZ.ch registrieren' button"),
]
ads=[
 A("/html/body/div[5]/div[9]/aside[1]/div[1]", "before|outside", "empty audienzz maxiboard slot adnz_maxiboard_1 above the article"),
 A("/html/body/div[5]/div[9]/aside[1]/div[2]", "before|outside", "empty audienzz maxiboard slot adnz_maxiboard_2 above the article"),
 A("/html/body/div[5]/div[9]/aside[2]", "outside", "empty audienzz skyscraper slot adnz_skyscraper_1"),
 A(MA+"/advertisement", "before", "empty <advertisement> element between the lead photo and the first paragraph"),
 A(M+"/article/aside/div[2]/div[1]", "outside", "empty sidebar rectangle slot adnz_rectangle_1"),
 A(M+"/article/aside/div[2]/div[2]", "outside", "empty sidebar rectangle slot adnz_rectangle_2"),
 A(M+"/div[2]", "after|outside", "empty billboard slot adnz_billboard_1 below the article"),
 A(M+"/section/div/div[1]", "after|outside", "recommendations column with an audienzz BusinessClick script holder (sponsored content widget filled by script, no heading)"),
 A(M+"/section/div/div[2]/aside/div[1]", "after|outside", "empty rectangle slot adnz_rectangle_3 in the recommendations section"),
 A(M+"/section/div/div[2]/aside/div[2]", "after|outside", "empty rectangle slot adnz_rectangle_4"),
 A(M+"/section/div/div[2]/aside/div[3]", "after|outside", "empty rectangle slot adnz_rectangle_5"),
 A(M+"/section/div/div[2]/aside/div[4]", "after|outside", "empty rectangle slot adnz_rectangle_6"),
]
