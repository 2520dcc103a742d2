from _dsl import *
FILE="trafilatura-eval/html/smava.de.privatkredit.html.gz"
# smava.de loan-comparison guide 'Wie hoch sind die Zinsen für einen Privatkredit?' (WordPress module page). Sticky header
# with logo, free-advice phone number and an amount input + 'Zum Kreditvergleich' button, mega-menu; hidden hamburger
# copy of the in-page scrollspy; fixed mobile bottom bar with the same loan form; content modules (intro header,
# text cards, a full-width 'Günstige Kredite online abschließen' promo, image-text module with a 'Kredite vergleichen'
# button, FAQ); footer link columns, newsletter box, social icons. No ads, no related-content block.
# Not labelled: mega-menu, scrollspy / hamburger in-page nav, scroll-down arrow, GTM noscript iframe, footer link
# columns (incl. 'Kontakt', 'smava bei Facebook/Twitter' in the Service list), legal links.
H="/html/body/div/div[1]/div[1]/div/div"
related=[]
ctas=[
 C("contact", "Kostenlose Beratung 0800 000 98 00", "outside", H+"/div[1]/div[2]", amb=True, note="header free-advice phone number"),
 C("other", "Zum Kreditvergleich", "outside", H+"/div[2]/div", note="header loan-amount input + 'Zum Kreditvergleich' button (lead funnel)"),
 C("other", "Kreditbetrag Anzahlung Zum Kreditvergleich", "outside", "/html/body/div/div[3]", note="fixed mobile bottom bar with loan-amount input and 'Zum Kreditvergleich' button"),
 C("other", "Günstige Kredite online abschließen Über unseren Kreditvergleich finden Sie günstige Kredite für jeden Bedarf.", "inline", "/html/body/div/div[8]", note="full-width fluid-cta-module between the text modules with 'Kredite vergleichen' button"),
 C("other", "Kredite vergleichen", "inline", "/html/body/div/div[10]/div/div[2]/div[2]", note="'Kredite vergleichen' button under the 'Welche Faktoren…' text module"),
 C("newsletter", "smava.de Newsletter Erhalten Sie kostenlos aktuelle Kredit-News und Informationen zu Sonderzins-Aktionen mehr Infos", "outside", "/html/body/footer/div[1]/div/div/div[5]", note="footer newsletter box"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div/div[2]", note="footer Facebook / Twitter icons"),
]
ads=[]
