from _dsl import *
FILE="trafilatura-eval/html/rhein-neckar-loewen.de-vorverkauf.html.gz"
# Rhein-Neckar Löwen (handball club, WordPress) news item '„Kleiner“ Vorverkauf für Liga-Heimspiele gestartet'. The HTML
# nests unclosed mega-menu <li>s, so lxml puts the whole page inside the header's main-menu list (stem L below).
# Header: hidden flyout (table / fixtures with 'Tickets' buttons / results), meta menu, search, mobile off-canvas menu
# (with social icons), main mega-menu (a 'Fanshop' item and a social-icon row in the last submenu); breadcrumb; article
# (date, title, text); right column 'Newsletter' widget; previous-post link + 'Alle News anzeigen'; two GPT slots
# (mobile medium rectangle, desktop superbanner) under the article; footer (24-logo sponsor carousel, link columns,
# 'Tickets' hotline/shop column desktop + mobile copies, legal menu, social bar); three hidden table/fixtures/results
# modals. OneSignal push SDK is loaded by script (no container in the HTML).
# Not labelled: menus (their social-icon rows are ambiguous follow CTAs), search, breadcrumb, the header flyout and the three modals
# (league table, fixtures with per-game 'Tickets' buttons, results: club data, not stories), footer link columns and
# legal menu, 'Made with by Dots United' credit.
L="/html/body/header/div[3]/div/nav/ul/li/div/div/li/div/div/li/div/div/li/div/div/li"
FT=L+"/footer"
related=[
 R(L+"/div[5]", "Post navigation", 1, "after", note="previous-post link ('previous News: Freier Vorverkauf für Kiel eröffnet') and 'Alle News anzeigen'"),
]
ctas=[
 C("follow", "Besucht uns auf Facebook Besucht uns auf Twitter Besucht uns auf Instagram Besucht uns auf Youtube", "outside", "/html/body/header/div[2]/div/div[2]/section/div/div[2]", amb=True, note="social-icon row in the hidden mobile off-canvas menu"),
 C("follow", "Besucht uns auf Facebook Besucht uns auf Twitter Besucht uns auf Instagram Besucht uns auf Youtube", "outside", L+"/div[1]/div/div", amb=True, note="social-icon row inside the main menu's last (hidden) submenu"),
 C("newsletter", "Newsletter Wenn du per E-Mail über Aktuelles aus der Löwenwelt informiert werden willst", "outside", L+"/div[4]/aside", note="right-column 'Newsletter' widget linking to the sign-up page"),
 C("follow", "Besucht uns auf Facebook Besucht uns auf Twitter Besucht uns auf Instagram Besucht uns auf Youtube", "outside", FT+"/div[3]/div/div[1]", note="footer social bar (Facebook, Twitter, Instagram, YouTube)"),
 C("other", "Tickets Tickethotline: 0621 / 18190-333 Online Tickets bestellen", "outside", FT+"/div[2]/div[1]/div[2]/div[6]", amb=True, note="footer 'Tickets' column: ticket hotline and 'Online Tickets bestellen' button (desktop)"),
 C("other", "Tickets Tickethotline: 0621 / 18190-333 Online Tickets bestellen", "outside", FT+"/div[2]/div[1]/div[3]/div[2]", amb=True, note="mobile copy of the footer 'Tickets' column"),
]
ads=[
 A(L+"/div[6]/div[1]", "after", "GPT slot /14097465/unterseiten-medium-rect 300x250 under the article (mobile only, consent-gated)"),
 A(L+"/div[6]/div[2]", "after", "GPT slot /14097465/unterseiten-superbanner 728x90 under the article (desktop, consent-gated)"),
 A(FT+"/div[1]", "outside", "footer sponsor logo carousel (24 sponsor links, e.g. AdmiralBET)", amb=True),
]
