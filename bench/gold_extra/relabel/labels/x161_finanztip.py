from _dsl import *
FILE="trafilatura-eval/html/finanztip.de.altersvorsorge.html.gz"
# Finanztip guide 'Betriebliche Altersvorsorge' (TYPO3 + React islands): header quicklinks + mega menu, guide header with
# author overlay, 'Das Wichtigste in Kürze' intro box, TOC, text sections with two empty React newsletter boxes between
# them, share bar, author box, 'Weitere Themen', affiliate disclosure, sticky share/contact rail, two React newsletter
# modals, footer (React newsletter, 'Folgen Sie uns auf', menus), cookie note. No ads, no ad config (GTM only).
# Not labelled: header quicklinks (Über uns / Community / Newsletter) and mega menu, 'In diesem Ratgeber' TOC and the
# empty FloatingTOC, intro box (body), '* Was der Stern bedeutet' affiliate disclosure, footer menus (incl. Kontakt),
# scroll-top button, cookie note.
G="/html/body/section/main/div/div"
related=[
 R(G+"/div[21]", "Weitere Themen", 10, "after", amb=True, note="'Weitere Themen': two lists of 5 links to other Finanztip guides (Altersvorsorge, Rürup-Rente, Betriebsrente…); topic-like link list"),
]
ctas=[
 C("newsletter", "", "inline", G+"/div[8]", note="empty React in-text newsletter sign-up (react-newsletter-intext, data-track newsletterregist) between two text sections"),
 C("newsletter", "", "inline", G+"/div[14]", note="empty React in-text newsletter sign-up with image (react-newsletter-intext-image)"),
 C("share", "Diesen Artikel teilen, drucken oder kommentieren:", "after", G+"/aside[1]", note="share bar under the text: Facebook, Twitter, e-mail, WhatsApp, print, mailto redaktion ('kommentieren')"),
 C("share", "", "before|outside", G+"/aside[2]/div[1]", note="sticky side rail (hidden on small screens): share toggle, Facebook, Twitter, e-mail, WhatsApp, print"),
 C("contact", "", "outside", G+"/aside[2]/div[2]", amb=True, note="sticky rail chat-bubble mailto:redaktion@finanztip.de"),
 C("follow", "", "before|outside", G+"/div[1]/div/div/div[3]/div/div[1]/div", amb=True, note="hidden author overlay (header): e-mail, Finanztip Twitter and Xing icons"),
 C("follow", "", "after|outside", G+"/div[20]/div[3]/div/div[1]/div", amb=True, note="hidden author overlay (bottom author box): e-mail, Finanztip Twitter and Xing icons"),
 C("newsletter", "", "outside", "/html/body/section/div[1]", amb=True, note="empty React newsletter sign-up wall (data-subscription-source newsletter_document-download), shown only on document download"),
 C("newsletter", "", "outside", "/html/body/section/div[2]", amb=True, note="empty React newsletter overlay (pop-up)"),
 C("newsletter", "", "outside", "/html/body/section/footer/div/div/div[1]", note="empty React footer newsletter sign-up (react-newsletter-footer)"),
 C("follow", "Folgen Sie uns auf Facebook youtube xing twitter instagram", "outside", "/html/body/section/footer/div/div/div[2]", note="footer social block"),
]
ads=[]
