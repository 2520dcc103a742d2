from _dsl import *
FILE="trafilatura-eval/html/archive.org.welpenkaufen24.de.html.gz"
# welpenkaufen24.de (WordPress, Wayback Machine capture of 2016 without the archive toolbar) front page 'Welpen
# kaufen – Tipps zu jeder Hunderasse': header (site title, search), the page text (intro, comment rules, a long
# 'Tipps zum Welpenkauf in den Hunderassen:' list of breed pages inside the text), an empty two-click share
# container, comment form. Sidebar: 'Hunderassen' category dropdown, an AdSense 268x80 unit, empty 'Letzte
# Kommentare', 'Anzeige' AdRotate banner (breeder site), 'Online-Test' link to the site's quiz, tag cloud. Footer:
# 'Seiten' page list, copyright line with eight tiny icon links to unrelated external sites, empty su-footer-links div.
# Not labelled: search, breed list in the text (the site's own directory of breed pages), category dropdown, tag
# cloud, footer page list, empty #su-footer-links.
AC="/html/body/div[1]/div/div/article/div"
SB="/html/body/div[1]/div/aside"
related=[
 R(SB+"/div[3]", "Letzte Kommentare", 0, "outside", amb=True, note="sidebar recent-comments widget with an empty list"),
 R(SB+"/div[5]", "Online-Test", 1, "outside", amb=True, note="sidebar 'Online-Test' widget linking to the site's 'Welcher Hund passt zu mir?' quiz page"),
]
ctas=[
 C("share", "", "after", AC+"/div[1]", note="empty two-click social share-privacy container under the text (filled by script)"),
 C("comments", "Schreibe einen Kommentar", "after", AC+"/div[3]", note="comment form"),
]
ads=[
 A(SB+"/div[2]", "outside", "sidebar AdSense 268x80 unit (ins.adsbygoogle, slot 3287325134)"),
 A(SB+"/div[4]", "outside", "sidebar 'Anzeige' AdRotate image banner (welpen-vom-zuechter.de)"),
 A("/html/body/footer/div[2]/div/div", "outside", "footer copyright line in white with eight tiny icon links to unrelated external sites (link exchange/paid links)", amb=True),
]
