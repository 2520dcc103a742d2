from _dsl import *
FILE="trafilatura-eval/html/evref.ch-ökumene.html.gz"
B="/html/body/main/div/div/div/div/div/div/div/div"
# A church federation's news post (WordPress, UIkit): header with image/title/lead, eight body paragraphs, no
# sidebar content. Not labelled: menus (incl. the 'Themen' topic dropdown), the meta navigation (search, languages,
# Login, Shop), the 'Zurück zur Übersicht' backlink, the footer menu (Kontakt, Login, ...), the footer logos of
# partner organisations, the hidden no-translation modal and the cookie notice. No ad slots.
related=[
 R(B+"/p[8]", None, 1, "after", amb=True, note="last paragraph = single link 'Bilder des Treffens' to the event's photo album (Flickr); the source's ground truth keeps it out of the body"),
]
ctas=[]
ads=[]
