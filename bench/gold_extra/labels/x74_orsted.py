from _dsl import *
FILE="trafilatura-eval/html/orsted.de.gruener-Wasserstoff.html.gz"
FT="/html/body/main/noindex/footer/div"
# Ørsted (energy company) explainer page: hero image teaser (empty text), breadcrumbs, headline, one richtext body
# with footnotes. No ad slots: the hidden iframes at the end of body are tracking pixels (Floodlight activityi,
# TTD universal pixel, cookie-sharing frame), not ad slots. The mega-menu header (incl. 'Kontakt' link), search
# forms, the cookie banner and the footer legal links are not labelled.
related=[
 R("/html/body/main/section[4]/div/div/div", None, 3, "after", amb=True, note="onward-links band: 'Grüner Wasserstoff', 'Grüne Energie', 'Startseite' (section/overview pages, nav-like)"),
]
ctas=[
 C("contact", "Ørsted Van-der-Smissen-Straße 9 22767 Hamburg", "outside", FT+"/div[1]", amb=True, note="footer company address with phone and e-mail"),
 C("follow", "Folgen Sie uns auf", "outside", FT+"/div[2]", note="footer social icons (Facebook, Twitter, Xing, Instagram, YouTube); a 'without' snippet"),
]
ads=[]
