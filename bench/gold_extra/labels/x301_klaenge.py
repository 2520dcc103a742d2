from _dsl import *
FILE="trafilatura-eval/html/klaenge-des-verschweigens.de.geschichte.html.gz"
# 'Klänge des Verschweigens' (documentary film site, small WordPress theme) page 'Geschichte': header ('English' link,
# tagline), logo + superfish nav, white box with breadcrumb, the text (italic intro, title/subtitle, author line,
# paragraphs, 'Auschnitte aus dem Film' gallery of 12 captioned stills), 'Unterstütze das Projekt:' support box,
# footer (tagline, 'Gefördert durch:' funder logos, footer menu incl. 'Kontakt', CC licence badge).
# No ads, no ad configuration (Google Analytics, Facebook SDK only); no related block.
# Not labelled: navs (incl. footer 'Kontakt' link), 'English' language link, breadcrumb, the gallery (part of the text),
# funder logos, CC licence badge.
C_="/html/body/div[2]/div[5]/div[1]"
related=[]
ctas=[
 C("share", "Unterstütze das Projekt:", "after", C_+"/div[3]", note="'Unterstütze das Projekt:' box under the text: hidden Flattr button (script-rendered, a donation) + Facebook recommend/send box + Google +1 button"),
]
ads=[]
