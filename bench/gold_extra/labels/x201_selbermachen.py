from _dsl import *
FILE="trafilatura-eval/html/selbermachen.de-wohngewaechshaus.html.gz"
# selbermachen.de 'Advertorial' article 'Wohngewächshaus selber bauen' (a sponsored how-to for a Hoklartherm kit; the
# whole article is the body, its product link is part of the text). Header after the content in the DOM: logo, search,
# 'Highlight Artikel' toggle with a hidden 'Jetzt neu' layer, express/quick nav (ABO, GEWINNEN …), burger menu with
# social icons. Article: header with share icons, lead image, text with step images, an empty sticky aside, footer
# with share icons, tag list 'Mehr lesen über:' and a script-filled 'Passend zum Thema'. Below: magazine-issue promo
# and newsletter sign-up; footer social icons and links; skyscraper slot. The in-text ad positions exist only as HTML
# comments (vh_content_ad_top/middle/bottom), no elements.
# Not labelled: breadcrumbs, nav menus (incl. 'ABO' quick link), search forms, tags 'Mehr lesen über:', footer links
# (Kontakt, Leserservice …), the ad-position comments.
AR="/html/body/div/div[1]/div[1]/article"
HD="/html/body/div/div[2]/header/div"
related=[
 R(HD+"/div[3]", "Jetzt neu", 3, "outside", amb=True, note="hidden header layer 'Jetzt neu' (opened by the light-bulb 'Highlight Artikel' icon): 3 recent articles"),
 R(AR+"/section[2]/div[3]", "Passend zum Thema", 0, "after", amb=True, note="'Passend zum Thema' recommendations: heading only, teasers loaded by script"),
]
ctas=[
 C("share", "", "before", AR+"/section[1]/section", note="share icons (Facebook, Pinterest, Twitter, WhatsApp, e-mail) under the abstract"),
 C("share", "Artikel teilen:", "after", AR+"/section[2]/div[1]", note="'Artikel teilen:' share icons under the text"),
 C("subscribe", "Die neue Ausgabe ist da: selber machen - Jetzt am Kiosk! mehr erfahren", "after|outside", "/html/body/div/div[1]/div[2]/a", note="campaign teaser for the new print issue (links to the publisher's shop)"),
 C("newsletter", "Immer die neusten Projekte! Neue DIY-Projekte, praktische Tipps & Tricks, tolle Gewinnspiele", "after|outside", "/html/body/div/div[1]/div[2]/div", note="newsletter sign-up form below the article"),
 C("follow", "", "outside", HD+"/nav[3]/div[3]", amb=True, note="social icons (Facebook, Pinterest, Instagram, YouTube) in the burger menu"),
 C("follow", "", "outside", "/html/body/div/div[1]/footer/div[1]", note="footer social icons 'Folgen Sie uns auf …'"),
]
ads=[
 A("/html/body/div/div[3]", "outside", "page skyscraper holder with the empty selbermachen.de_skyscraper_1 slot"),
 A(AR+"/div/aside", "outside", "empty sticky right aside beside the text (sticky container, presumably for an ad)", amb=True),
]
