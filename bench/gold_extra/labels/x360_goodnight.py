from _dsl import *
FILE="trafilatura-eval/html/goodnight.at.konzert.html.gz"
# goodnight.at (Vienna city magazine, Joomla) article 'Konzert-Highlights im November 2022' (sponsored, 'in Kooperation mit
# Arcadia Live'): logo header; top bar (menu, search, header image, category/date, h1, abstract); left sidebar (author box
# 'Alle Artikel', Facebook like box, Instagram SnapWidget); text with six band paragraphs, 'Konzert-Kalender' list of dates
# (some linked to the ticket shop: body), cooperation note, 'Du suchst noch mehr Highlights …' story link, tags, Facebook
# like / Tweet / e-mail / print buttons; right sidebar ('Bezahlte Anzeige' 320x250 banner, author box copy, 'Beliebteste
# Artikel' heading box followed by 5 teaser boxes); mobile foot menu; footer (About/Mediadaten menus, 'Dein Lokal und
# Eventipp' tip form, Kontakt & Impressum with 'Connect with us' icons); 'Unsere Partner:' logo row; empty halfpage-ad
# div; Mailjet 'NEWSLETTER ABONNIEREN!' pop-up button.
# Not labelled: menus (incl. footer 'Newsletter' link), author boxes, tags, print button, cooperation note, partner logo
# row (city/partner logos), ticket-shop links in the concert list.
MN="/html/body/div[2]/main/div"
AR=MN+"/div[2]/div"
related=[
 R(AR+"/p[55]", None, 1, "after", note="'Du suchst noch mehr Highlights für den November? Hier kommen 12 Dinge …' line linking another article, after the text"),
 R(MN+"/div[3]/div[3]", "Beliebteste Artikel", 5, "outside", note="right-sidebar 'Beliebteste Artikel' heading box; its 5 teaser boxes are the following siblings div[4]-div[8] (no common container)"),
]
ctas=[
 C("follow", "Facebook Facebook", "outside", MN+"/div[1]/div[2]", note="left-sidebar Facebook like box (fb-like-box + link)"),
 C("follow", "Instagram Instagram", "outside", MN+"/div[1]/div[3]", note="left-sidebar Instagram box with SnapWidget iframe"),
 C("share", "", "after", AR+"/div[2]", note="Facebook Like button under the tags (sibling of the Tweet/e-mail buttons, no common container)"),
 C("share", "Tweet", "after", AR+"/div[3]", note="Tweet button"),
 C("share", "", "after", AR+"/div[4]", amb=True, note="e-mail share icon (mailto)"),
 C("contact", "Dein Lokal und Eventipp Trage deinen Tipp bitte mit Lokal- oder Eventname, Adresse oder Datum ein.", "outside", "/html/body/div[2]/footer[1]/div/div[3]", note="footer tip form for venues/events plus e-mail address"),
 C("follow", "", "outside", "/html/body/div[2]/footer[1]/div/div[4]/div[3]", note="footer 'Connect with us' icons (Facebook, Instagram, TikTok); heading is the sibling h2"),
 C("newsletter", "NEWSLETTER ABONNIEREN!", "outside", "/html/body/div[3]", amb=True, note="(ambiguous since set K was read: hidden by its own display:none until the script shows it) Mailjet 'NEWSLETTER ABONNIEREN!' button opening the sign-up pop-up"),
]
ads=[
 A(MN+"/div[3]/div[1]", "outside", "right-sidebar 320x250 flexbanner slot 'Bezahlte Anzeige'"),
 A("/html/body/div[2]/div[2]", "outside", "empty div.halfpage-ad at the end of the page wrapper"),
]
