from _dsl import *
FILE="trafilatura-eval/html/zamg.ac.at-Jahresbericht.html.gz"
# ZAMG (Austrian weather service, Plone) news item: short text + PDF links + two 'more info' link lines
# (HISTALP site, Informationsportal Klimawandel), which the text itself announces, so kept as body.
# No ads, no ad configuration. Not labelled: top menu (incl. 'Kontakt'), global nav, left navigation tree,
# search portlet, breadcrumbs, doormat sitemap, the weather-warnings map widget in the right column,
# the empty Plone documentActions div.
MW="/html/body/div/div[2]/div[2]/div[1]/div[1]/div"
RC="/html/body/div/div[2]/div[2]/div[2]/div"
GN="/html/body/div/div[2]/div[1]/div/div/div[2]"
related=[
 R(MW+"/div[3]/div[1]", None, 0, "after", amb=True, note="empty zamgnewsportlet below the content (news portlet with no items)"),
 R(MW+"/div[3]/div[2]", None, 3, "after", amb=True, note="three service teasers under the text (Wettergutachten, Gitterdatensätze, Windenergiegutachten, each '… mehr •••'); product promos more than stories"),
 R(RC+"/div[2]", "Sonnblick-Observatorium", 1, "outside", amb=True, note="right-column image teaser"),
 R(RC+"/div[3]", "Phänologie-PhenoWatch", 1, "outside", amb=True, note="right-column image teaser"),
 R(RC+"/div[4]", "HISTALP", 1, "outside", amb=True, note="right-column image teaser (HISTALP links page)"),
]
ctas=[
 C("follow", "", "outside", GN+"/a[1]", note="header Facebook icon link (loose in the nav wrapper, no own container)"),
 C("follow", "", "outside", GN+"/a[2]", note="header Twitter icon link"),
 C("follow", "", "outside", GN+"/a[3]", note="header Instagram icon link"),
 C("contact", "© Zentralanstalt für Meteorologie und Geodynamik 1190 Wien, Hohe Warte 38 Telefon: +43 1 36 0 26 E-Mail •••", "outside", "/html/body/div/div[2]/div[2]/div[1]/div[2]/div/div[3]/div[2]", amb=True, note="left-column imprint block with address, phone and e-mail link"),
]
ads=[]
