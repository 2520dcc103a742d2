from _dsl import *
FILE="trafilatura-eval/html/greentech.live.energiesparen bei cern.html.gz"
# Greentech.LIVE (techfieber.de/green, WPZOOM theme) news article 'Energiesparen bei Cern': header nav (4 links), cover
# with title, AddToAny share row at the top of the content, text with h2 sections and photos, tags, author name box
# (no links), date column; footer (logo, address with e-mail, social links, WPForms message form, legal links);
# hidden AddToAny pop-up menus; cookie notice.
# No related block, no ads, no ad configuration ('Anzeigen' only in the cookie text).
# Not labelled: nav, tags, author name box, legal links, cookie notice, in-text links.
C_="/html/body/div[1]/main/article/div/div/div[1]/div[1]"
FC="/html/body/div[1]/footer/div[1]/div"
related=[]
ctas=[
 C("share", "", "before", C_+"/div", note="AddToAny share icons (Twitter, Facebook, LinkedIn, Email, Reddit, Digg, Print) above the first paragraph"),
 C("contact", "Greentech.LIVE c/o Innoport RT Max-Planck-Straße 68/1 D-72766 Reutlingen info@greentech.live", "outside", FC+"/div[1]/div[2]", amb=True, note="footer address block with e-mail and web links"),
 C("follow", "Twitter YouTube LinkedIn Facebook Instagram", "outside", FC+"/div[1]/div[3]", note="footer social links"),
 C("contact", "Name * Vorname Nachname E-Mail * Kommentar oder Nachricht Absenden", "outside", FC+"/div[2]/div[1]", note="footer WPForms message form (name, e-mail, message)"),
 C("share", "Danke für das Teilen!", "outside", "/html/body/div[3]", amb=True, note="hidden AddToAny share pop-up menus and modal"),
]
ads=[]
