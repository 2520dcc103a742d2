from _dsl import *
FILE="trafilatura-eval/html/next2games.de.anno.html.gz"
# next2games.de (Apexx CMS) preview 'Anno 1800 Beta – Industriell Revolutioniert?'. Small page: header (logo, search,
# 'Produkte' link), a left side ad holder (sticky, hidden on small screens), section title, article (page title and
# page index, text with captioned screenshots, verdict box, conclusion), meta row (hidden '0 Kommentare' link, author,
# empty socialstuff div), hidden empty comments section; sidebar product info (developer, publisher, blurb) and a
# sticky page navigation with 'Zur Galerie'; footer copyright and link row (… Shop, Impressum). No related block.
# Not labelled: search, 'Produkte' link, page index, product info box, sticky page navigation / 'Zur Galerie',
# author link, footer links, the cookie-consent script.
A_="/html/body/div[3]/div[3]/div"
related=[]
ctas=[
 C("comments", "0 Kommentare", "after", A_+"/div[2]/span[1]", amb=True, note="hidden comment-count link in the meta row"),
 C("share", "", "after", A_+"/div[2]/div", amb=True, note="empty div.socialstuff in the meta row (share buttons filled by script)"),
 C("comments", "› Kommentare", "after", A_+"/div[3]", amb=True, note="hidden comments section with only its heading"),
]
ads=[
 A("/html/body/div[3]/div[1]", "outside", "empty div#adleft.adside sticky side ad holder"),
]
