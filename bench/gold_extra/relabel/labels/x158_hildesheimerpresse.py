from _dsl import *
FILE="trafilatura-eval/html/hildesheimer-presse.de-hund.html.gz"
# Hildesheimer Presse (WordPress, ColorMag theme) police report: top bar (date, Twitter), header with AdRotate banner,
# primary nav; article (featured image, categories, title, meta, 5 paragraphs, 'Hinweis zu der Meldung' button,
# sponsored-content disclaimer, 'Anzeigen' + 5 Amazon widget iframes), prev/next; sidebar of AdRotate banners and
# service widgets; footer menus. Not labelled: primary nav (incl. 'Werbung', 'Kontakt'), category/tag links, the
# 'Hinweis zu der Meldung' link (/informationen/ disclaimer page) and the small-print disclaimer line, weather widget,
# 'Notdienste' phone table, aponet 'Notdienstapotheke finden' search widget, footer menus ('Ihre Werbeanfrage',
# RSS, 'Pressenetzwerk' sister sites), Complianz cookie banner. The consent-gated AdSense script in <head> has no
# slot element of its own (auto ads).
P="/html/body/div[1]/div/div/div/div[1]"
S="/html/body/div[1]/div/div/div/div[2]"
E=P+"/div/article/div[2]/div[3]"
related=[
 R(P+"/ul", None, 1, "after", note="previous/next post links ul.default-wp-page: previous 'Verkehrsunfall mit Leichtverletzten in Gronau', next empty"),
 R(S+"/aside[9]", "Beliebte Artikel", 0, "outside", amb=True, note="WordPress Popular Posts block: heading + JSON config + empty placeholder (filled by script)"),
 R("/html/body/div[1]/header/div[2]/div[2]/nav/div/div/div[1]/div[1]", None, 1, "outside", amb=True, note="icon-only 'random post' link in the nav bar (cm-random-post)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/header/div[1]/div/div/div[2]/div", note="top-bar social-links: Twitter icon"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div[2]/div/div/div/div[1]/div", note="footer-bar social-links: Twitter icon"),
]
ads=[
 A("/html/body/div[1]/header/div[2]/div[1]/div/div/div[2]/div/aside", "before|outside", "header AdRotate widget: 'Anzeige' + awin banner"),
 A(E+"/iframe[1]", "after", "Amazon product widget iframe under the article text, after 'Anzeigen' label (1 of 5)"),
 A(E+"/iframe[2]", "after", "Amazon product widget iframe (2 of 5)"),
 A(E+"/iframe[3]", "after", "Amazon product widget iframe (3 of 5)"),
 A(E+"/iframe[4]", "after", "Amazon product widget iframe (4 of 5)"),
 A(E+"/iframe[5]", "after", "Amazon product widget iframe (5 of 5)"),
 A(S+"/aside[2]", "outside", "sidebar AdRotate widget: 'Anzeige' + awin banner"),
 A(S+"/aside[4]", "outside", "sidebar AdRotate widget: 'Anzeige' + awin banner"),
 A(S+"/aside[6]", "outside", "sidebar AdRotate widget: 'Anzeige' + awin banner"),
 A(S+"/aside[7]", "outside", "sidebar AdRotate widget: 'Anzeige' + house banner linking to the site's /werbung/ (advertise here) page"),
 A(S+"/aside[8]/div/center/iframe[1]", "outside", "sidebar custom HTML 'Anzeige': Amazon product widget iframe (1 of 2)"),
 A(S+"/aside[8]/div/center/iframe[2]", "outside", "sidebar custom HTML 'Anzeige': Amazon product widget iframe (2 of 2)"),
]
