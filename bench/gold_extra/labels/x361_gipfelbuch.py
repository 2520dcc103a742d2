from _dsl import *
FILE="trafilatura-eval/html/gipfelbuch.ch-hochaufloesung.html.gz"
# Gipfelbuch.ch (Bergportal) OutdoorNews entry 'Hochauflösende Schneekarten auf Gipfelbuch.ch' (by ExoLabs): empty overlay
# modal; header (desktop 728x90 and mobile 320x50 GPT leaderboards, login, menu); skyscraper and billboard GPT slots above
# the content; entry box (source 'ExoLabs', h2, action icons: question to the author / recommend by e-mail / report abuse,
# image, text with figures and 'Weitere Informationen' links, 'Fotos' gallery, 'Link' line, empty 'FRAGEN AN DEN AUTOR'
# section), QR code / last change / page views box; footer (Facebook icon, mobile and desktop 300x250 GPT rectangles,
# meta links incl. Werbung/Spenden/Kontakt/Newsletter bestellen, copyright, footer menu). No related block.
# Not labelled: menus and footer meta links (incl. Spenden, Newsletter bestellen), archive 'up' arrows, QR/page-view box,
# the 'Weitere Informationen'/'Link' lines (part of the entry), the empty #overlay.
E="/html/body/main/div[4]/div[2]/div/div[2]"
related=[]
ctas=[
 C("share", "", "before", E+"/div[1]", amb=True, note="icon row above the text: 'Neue Frage/Nachricht an den Autor senden', 'Diese Seite weiterempfehlen' (mail a friend), 'Missbrauch melden' (mixed utility row)"),
 C("comments", "FRAGEN AN DEN AUTOR", "after", E+"/div[6]", amb=True, note="'FRAGEN AN DEN AUTOR' questions/comments section under the entry, content empty (anchor #comments before it)"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div[1]", note="footer #socialmedia Facebook icon link"),
]
ads=[
 A("/html/body/header/div/div[1]/div/div[1]", "before|outside", "header GPT leaderboard 728x90 (desktop)"),
 A("/html/body/header/div/div[1]/div/div[2]", "before|outside", "header GPT mobile leaderboard 320x50"),
 A("/html/body/main/div[1]", "outside", "GPT skyscraper 160x600/300x600 beside the content"),
 A("/html/body/main/div[2]", "before|outside", "GPT billboard 970x250 above the content"),
 A("/html/body/footer/div[1]/div[2]", "after|outside", "footer GPT mobile rectangle 300x250"),
 A("/html/body/footer/div[1]/div[3]", "after|outside", "footer GPT rectangle 300x250 (desktop)"),
]
