from _dsl import *
FILE="trafilatura-eval/html/pferderevue.at-übung.html.gz"
# Pferderevue (Austrian horse magazine, AEM/CQ) training article 'Schluss mit Poltern': empty traffective skyscraper and
# superbanner containers; header (meta nav Facebook / Über / Mediadaten / E-Paper / Abo & Shop / Kontakt, search, main nav);
# article (back link + print/mail/share icon row, kicker, title, byline, teaser, text with four exercises and figures, two
# in-text traffective containers each holding a desktop and a mobile slot, 'Zur Person' expert bio box, closing
# 'Das Buch & der Online-Lehrgang' book promo box with 'bestellen' link); 'relatedarticle' section (empty mediumRectangle_1
# + 'Gleich weiterlesen ...' with 5 teasers); previous/next pager; sidebar (empty Top News placeholder, mediumRectangle_2,
# script-filled 'Meistgelesene Artikel', newsletter form, empty voting module); footer (breadcrumbs, portals list, service
# links incl. ePaper app links, Facebook icon); hidden contact modal.
# Not labelled: header meta nav links (incl. 'Pferderevue auf Facebook', 'Abo & Shop', 'Kontakt'), footer link lists
# (incl. ePaper Apple/Android and Kontakt), the 'Zur Person' bio box (its kastnermotion.com link), the empty Top News
# placeholder and voting module, the device-selector divs.
M="/html/body/div[4]/div/div/main"
SB="/html/body/div[4]/div/div/aside"
related=[
 R(M+"/div[13]/div[4]", "Gleich weiterlesen ...", 5, "after", note="'Gleich weiterlesen ...' related-article teasers under the text"),
 R(M+"/nav", None, 2, "after", note="previous/next article pager"),
 R(SB+"/div[5]", "Meistgelesene Artikel", 0, "outside", amb=True, note="sidebar most-read widget, list filled by script (mostread.json)"),
]
ctas=[
 C("share", "", "before", M+"/div[1]/div[1]/div[2]/div", note="print / mail / Facebook / Twitter / LinkedIn / Xing / Pinterest icon row above the title"),
 C("other", "Das Buch & der Online-Lehrgang zum Thema", "after", M+"/div[12]", amb=True, note="closing highlighted box promoting the expert's book (price, 'bestellen' link) and online course; product promo a reader could take as body"),
 C("newsletter", "Newsletter Bleiben Sie auf dem neuesten Stand und erhalten Sie unsere Infos aus erster Hand.", "outside", SB+"/div[6]", note="sidebar newsletter registration form"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div[1]/div/div/div/div[3]", note="footer social bar (Facebook icon)"),
 C("contact", "Kontaktieren Sie uns! Wir beantworten gerne Ihre Fragen", "outside", "/html/body/div[5]/div", amb=True, note="hidden contact-form modal opened by the header 'Kontakt' link"),
]
ads=[
 A("/html/body/div[1]", "outside", "adBannerOutside wrapper with the empty traffective skyscraper_1 container"),
 A("/html/body/div[4]/section", "before|outside", "#stage banner section with the empty traffective superbanner_1 container"),
 A(M+"/div[2]/div[2]/div[2]", "inline", "empty traffective Content_1 (desktop) in the text"),
 A(M+"/div[2]/div[2]/div[3]", "inline", "empty traffective Mobile_Pos2 (mobile variant) in the text"),
 A(M+"/div[4]/div[2]/div[2]", "inline", "empty traffective Content_2 (desktop) in the text"),
 A(M+"/div[4]/div[2]/div[3]", "inline", "empty traffective Mobile_Pos3 (mobile variant) in the text"),
 A(M+"/div[13]/div[2]", "after", "empty traffective mediumRectangle_1 above the related teasers"),
 A(SB+"/div[3]", "outside", "empty traffective mediumRectangle_2 in the sidebar"),
]
