from _dsl import *
FILE="trafilatura-eval/html/hildesheimer-presse.de-hund.html.gz"
# ColorMag WordPress local news site, short police report. Header (Twitter icon, AdRotate banner 'Anzeige'),
# article, then directly in the entry content a 'Hinweis zu der Meldung' button, an affiliate disclosure line and
# 'Anzeigen' + five Amazon product iframes; previous-post link; sidebar: weather widget, AdRotate banners, emergency
# numbers, pharmacy finder, Amazon iframes, 'Beliebte Artikel' (WP Popular Posts placeholder); footer menus.
# AdSense auto-ads script (consent-gated) has no slot in the tree.
# Not labelled: 'Hinweis zu der Meldung' (/informationen/ info page on press releases), the disclosure line, weather
# widget, 'Notdienste' table and aponet pharmacy search (service widgets), random-post icon, primary menu, footer
# menus ('Ihre Werbeanfrage', 'RSS-FEED' among service links), 'Pressenetzwerk' sister-site list, cookie banner.
M="/html/body/div[1]/div/div/div"
ES=M+"/div[1]/div/article/div[2]/div[3]"
SB=M+"/div[2]"
related=[
 R(M+"/div[1]/ul", None, 1, "after", note="previous-post link 'Verkehrsunfall mit Leichtverletzten in Gronau' (next empty)"),
 R(SB+"/aside[9]", "Beliebte Artikel", 0, "outside", amb=True, note="WP Popular Posts block: heading + empty script-filled placeholder"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/header/div[1]/div/div/div[2]/div", note="top-bar Twitter icon"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div[2]/div/div/div/div[1]/div", note="footer-bar Twitter icon"),
]
ads=[
 A("/html/body/div[1]/header/div[2]/div[1]/div/div/div[2]/div/aside", "outside", "header AdRotate banner 'Anzeige' (awin affiliate image)"),
 A(ES+"/iframe[1]", "after", "'Anzeigen': Amazon product iframe 1 of 5 at the end of the entry"),
 A(ES+"/iframe[2]", "after", "Amazon product iframe 2"),
 A(ES+"/iframe[3]", "after", "Amazon product iframe 3"),
 A(ES+"/iframe[4]", "after", "Amazon product iframe 4"),
 A(ES+"/iframe[5]", "after", "Amazon product iframe 5"),
 A(SB+"/aside[2]", "outside", "sidebar AdRotate banner 'Anzeige' (awin)"),
 A(SB+"/aside[4]", "outside", "sidebar AdRotate banner 'Anzeige' (awin)"),
 A(SB+"/aside[6]", "outside", "sidebar AdRotate banner 'Anzeige' (awin)"),
 A(SB+"/aside[7]", "outside", "sidebar AdRotate banner 'Anzeige' (house ad linking to /werbung/)"),
 A(SB+"/aside[8]/div/center/iframe[1]", "outside", "sidebar 'Anzeige' custom-HTML widget: Amazon product iframe 1 of 2"),
 A(SB+"/aside[8]/div/center/iframe[2]", "outside", "sidebar Amazon product iframe 2 of 2"),
]
