from _dsl import *
FILE="trafilatura-eval/html/finanztip.de.altersvorsorge.html.gz"
# Finanztip guide 'Betriebliche Altersvorsorge' (TYPO3, ad-free consumer-finance site financed by affiliate links).
# Header quicklinks + mega-menu, guide header with author overlay, 'Das Wichtigste in Kürze' / 'So gehen Sie vor'
# intro box and 'In diesem Ratgeber' TOC (body/TOC), text sections with two empty React newsletter sign-up slots
# between them, share bar, author box, 'Weitere Themen' guide links, affiliate disclosure, floating TOC, sticky
# share/contact bar; after main: newsletter sign-up wall and overlay (empty React mounts); footer newsletter slot,
# 'Folgen Sie uns auf' social links, footer menus. No ad slots.
# Not labelled: header quicklinks (Über uns/Community/Newsletter among nav links) and their mobile copy, mega-menu,
# search, TOC and floating TOC, '* Was der Stern bedeutet' affiliate disclosure, scroll-top button, footer menus
# (incl. Kontakt), cookie note.
M="/html/body/section/main/div/div"
FT="/html/body/section/footer/div/div"
related=[
 R(M+"/div[21]", "Weitere Themen", 10, "after", amb=True, note="links to 10 other guides on the topic (topic-list-like)"),
]
ctas=[
 C("follow", "", "outside", M+"/div[1]/div/div/div[3]/div/div[1]/div", amb=True, note="e-mail/Twitter/Xing icons in the hidden author overlay at the top"),
 C("newsletter", "", "inline", M+"/div[8]", note="empty React newsletter sign-up (newsletter_intext) between two sections"),
 C("newsletter", "", "inline", M+"/div[14]", note="empty React newsletter sign-up with image (newsletter_intext-image) between two sections"),
 C("share", "Diesen Artikel teilen, drucken oder kommentieren:", "after", M+"/aside[1]", note="share bar: Facebook, Twitter, e-mail, WhatsApp, print, comment-by-mail"),
 C("follow", "", "after|outside", M+"/div[20]/div[3]/div/div[1]/div", amb=True, note="e-mail/Twitter/Xing icons in the hidden author overlay of the bottom author box"),
 C("share", "", "outside", M+"/aside[2]/div[1]", note="sticky side share bar (Facebook, Twitter, e-mail, WhatsApp, print)"),
 C("contact", "", "outside", M+"/aside[2]/div[2]", amb=True, note="sticky bar chat icon: mailto redaktion"),
 C("newsletter", "", "outside", "/html/body/section/div[1]", amb=True, note="empty React newsletter sign-up wall (document download)"),
 C("newsletter", "", "outside", "/html/body/section/div[2]", amb=True, note="empty React newsletter overlay"),
 C("newsletter", "", "outside", FT+"/div[1]", note="empty React footer newsletter sign-up"),
 C("follow", "Folgen Sie uns auf Facebook youtube xing twitter instagram", "outside", FT+"/div[2]", note="footer social links"),
]
ads=[]
