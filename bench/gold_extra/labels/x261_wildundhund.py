from _dsl import *
FILE="trafilatura-eval/html/wildundhund.de-bonn.html.gz"
# WILD UND HUND (Newspaper WordPress theme) news item 'Bonn: UN-Konvention veröffentlicht Empfehlungen zur Vogelgrippe
# und zum Umgang mit Wildvögeln'. Hidden mobile menu (socials, login), header: date + top menu (ABO, SHOP, KEYLER,
# KONTAKT ...), social icons, logo + header ad position with a subscription banner, main menu. Main column: AdSense
# leaderboard, category + title, share bar, mobile GPT slot, body (lede h2, text, image), an unheaded list of 3 story
# links closing the content, 'ANZEIGE' subscription banner, tags, share bar, previous-article link,
# 'VERWANDTE ARTIKEL / MEHR VOM AUTOR' (6). Sidebar: three GPT 300x250 slots, 'WILD UND HUND' issue teaser, 'Noch mehr
# WILD UND HUND' social icons, 'SEMINARE' events list. Footer: AdSense leaderboard, 'Neu auf PareyGo' (1), 'Seminare'
# events, issue teaser, 'WIR ÜBER UNS' with contact e-mail, 'FOLGEN SIE UNS' icons. Hidden floating AdSense 300x600.
# Not labelled: menus (incl. ABO/SHOP/KONTAKT links), login modal, search, breadcrumbs, tags, cookie box template.
MC="/html/body/div[6]/div[2]/div/div[2]/div[1]/div"
AR=MC+"/article"
SB="/html/body/div[6]/div[2]/div/div[2]/div[2]/div"
FT="/html/body/div[6]/div[3]"
related=[
 R(AR+"/div[3]/div[5]", None, 3, "after", note="unheaded list of 3 related story links closing the article content (Russland: Erstmalige Infektion ..., Weniger Licht ..., Rattengift ...)"),
 R(AR+"/footer/div[3]", "Vorheriger Artikel", 1, "after", note="previous-article link 'ASP in Deutschland – Update'"),
 R(MC+"/div[2]", "VERWANDTE ARTIKEL", 6, "after", note="'VERWANDTE ARTIKEL / MEHR VOM AUTOR' tabbed related posts, 6 teasers"),
 R(SB+"/aside[4]", "WILD UND HUND", 1, "outside", amb=True, note="sidebar issue teaser 'Heftvorschau 2/2022'"),
 R(SB+"/aside[6]", "SEMINARE", 4, "outside", amb=True, note="sidebar events list (4 seminars, 'Mehr anzeigen')"),
 R(FT+"/div[1]/div[2]/div[1]", "Neu auf PareyGo", 1, "outside", note="footer 'Neu auf PareyGo' video teaser"),
 R(FT+"/div[1]/div[2]/div[2]", "Seminare", 5, "outside", amb=True, note="footer events list (5 seminars)"),
 R(FT+"/div[1]/div[2]/div[3]", "WILD UND HUND", 1, "outside", amb=True, note="footer issue teaser 'Heftvorschau 2/2022'"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[3]/div[1]/div[1]", amb=True, note="hidden mobile menu social icons (Facebook, Instagram, Mail, YouTube)"),
 C("follow", "", "outside", "/html/body/div[6]/div[1]/div/div[1]/div/div[1]/div[2]", note="header social icons (Facebook, Instagram, Mail, YouTube)"),
 C("share", "Facebook Twitter Pinterest WhatsApp", "before", AR+"/div[2]", note="share bar under the title"),
 C("share", "Facebook Twitter Pinterest WhatsApp", "after", AR+"/footer/div[2]", note="share bar under the tags"),
 C("follow", "Noch mehr WILD UND HUND", "outside", SB+"/aside[5]", note="sidebar 'Noch mehr WILD UND HUND' Facebook/Instagram/PareyGo icons"),
 C("contact", "Kontaktieren Sie uns: wildundhund@paulparey.de", "outside", FT+"/div[2]/div/div/div[2]/aside/div[2]", amb=True, note="footer 'Kontaktieren Sie uns' e-mail line in the about box"),
 C("follow", "FOLGEN SIE UNS", "outside", FT+"/div[2]/div/div/div[3]/aside", note="footer 'FOLGEN SIE UNS' social icons"),
]
ads=[
 A("/html/body/div[6]/div[1]/div/div[2]/div/div[2]", "outside", "header ad position (td-a-rec-id-header) holding a house subscription banner 'Aboangebot'", amb=True),
 A(MC+"/div[1]", "before", "'ANZEIGE' AdSense 728x90 slot above the article"),
 A(AR+"/div[3]/div[1]", "before", "'ANZEIGE' GPT WUH-Mobile 300x50 slot at the top of the content"),
 A(AR+"/div[3]/div[6]", "after", "'ANZEIGE' content_bottom ad position holding a house e-paper subscription banner", amb=True),
 A(SB+"/aside[1]", "outside", "sidebar 'ANZEIGE' GPT 300x250 slot"),
 A(SB+"/aside[2]", "outside", "sidebar 'ANZEIGE' GPT 300x250 slot"),
 A(SB+"/aside[3]", "outside", "sidebar 'ANZEIGE' GPT 300x250 slot"),
 A(FT+"/div[1]/div[1]", "after|outside", "footer_top 'ANZEIGE' AdSense 728x90 slot"),
 A("/html/body/div[7]", "outside", "hidden floating right 'ANZEIGE' AdSense 300x600 slot (divFLRARight)"),
 A("/html/body/div[8]", "outside", "empty hidden floating left ad container (divFLRALeft)", amb=True),
]
