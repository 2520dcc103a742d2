from _dsl import *
FILE="trafilatura-eval/html/berliner-feuerwehr.de-Ehrenzeichen.html.gz"
# Berliner Feuerwehr (TYPO3, tx_news) news item 'Feuerwehr- und Katastrophenschutz-Ehrenzeichen verliehen': berlin.de
# header strip, logo, search, meta nav (Service, Sitemap, Kontakt, Presse, Intern), main dropdown nav, breadcrumbs;
# article column (date, headline, text ending with a volunteer-recruitment paragraph and the photo credit, empty image
# wrap, empty news-related-wrap), right column (prev/next 'Nächster Eintrag', 'Zur Liste', 'Abkürzungen'); footer
# (empty shariff share container, Impressum/Datenschutz/Barrierefreiheit, social links, 'Zum Seitenanfang'/Druckversion).
# No ads, no ad configuration (survey/newsletter scripts load without containers).
# Not labelled: header/meta/main navs (incl. 'Kontakt'), breadcrumbs, 'Zur Liste' / 'Abkürzungen' links, footer legal links.
ART="/html/body/div/main/article/div/div/div/div"
related=[
 R(ART+"/div[2]/div/div", "Nächster Eintrag", 1, "outside", note="right-column next-post link ('„Red levens“ - Leben retten')"),
 R(ART+"/div[1]/div[4]", None, 0, "after", amb=True, note="empty news-related-wrap under the text (tx_news related container with no items)"),
]
ctas=[
 C("other", "Haben Sie auch Lust auf eine spannende und ehrenamtliche Freizeitaktivität?", "after", ART+"/div[1]/div[2]/p[7]", amb=True, note="closing paragraph of the text recruiting volunteers for the Freiwillige Feuerwehr, with a link"),
 C("share", "", "after|outside", "/html/body/div/footer/div[1]", amb=True, note="empty shariff share container at the top of the footer (filled by script)"),
 C("follow", "Facebook Twitter Instagram YouTube RSS", "outside", "/html/body/div/footer/div[2]/div[2]", note="footer social links"),
]
ads=[]
