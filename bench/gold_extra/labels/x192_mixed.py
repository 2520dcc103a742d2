from _dsl import *
FILE="trafilatura-eval/html/mixed.de.vrodo.html.gz"
# MIXED.de (VRODO) deals article. Sticky header (logo, menus, search); AdSense 970x250 header slot; 'Top.' topic
# links; article: breadcrumb, title, byline with author e-mail link, heat index + comment count bar, text (the deals and
# the editors' 'Tipps der Redaktion' product picks are the article itself) with an AdSense slot after the intro; the
# it-ad-content-after box (Steady subscribe template, MIXEDCAST podcast player, affiliate note, AdSense matched-content
# and in-article units); empty Disqus thread. Sidebar: 'Meistgelesen/Meistkommentiert' switch over two 5-story
# lists, an InspectAR skyscraper image ad, MailPoet newsletter form, AdSense widget. Below: 'Beliebt.' top five,
# 'Aktuell.' four columns of stories, Steady subscription band, footer widgets (about links, social, advertising
# info, Steady login). Hidden Boxzilla newsletter pop-up; cookie notice.
# Not labelled: menus, 'Top.' topic list, breadcrumb, categories/tags, the Meistgelesen/Meistkommentiert tab switch,
# affiliate note, footer about/legal links, cookie notice.
C0="/html/body/div[4]/div[3]/div[2]/div/div"
HD=C0+"/div[1]/div"
TC=C0+"/div[2]/div[1]/div/div/div/div[2]"
AF=TC+"/div[3]/div"
S=C0+"/div[2]/div[2]/div/div/div"
FT="/html/body/div[4]/div[7]/div/div/div/div/div[1]"
related=[
 R(AF+"/b", "MIXEDCAST #169: Deepfake-Hollywood und VR-Hoffnung Oberhausen", 1, "after", amb=True, note="house podcast promo line ('Alle Folgen' link) over a SoundCloud player iframe, in the box under the text"),
 R(S+"/div[2]", "Häufig kommentiert", 5, "outside", note="sidebar most-commented list"),
 R(S+"/div[3]", "Trending", 5, "outside", note="sidebar trending list"),
 R("/html/body/div[4]/div[4]", "Beliebt.", 5, "after|outside", note="'Beliebt.' top-five band under the article"),
 R("/html/body/div[4]/div[5]", "Aktuell.", 8, "after|outside", note="'Aktuell.' band of recent stories in four columns"),
]
ctas=[
 C("contact", "| E-Mail", "before", HD+"/div[2]/div[2]", amb=True, note="author e-mail link in the byline row"),
 C("comments", "1", "before", HD+"/div[3]/span", amb=True, note="comment count link in the heat-index bar"),
 C("subscribe", "", "after", AF+"/script[1]", amb=True, note="Steady template ('Unterstütze unsere Arbeit … ohne Google-Werbung … ab nur 1,90 Euro im Monat: Mehr erfahren') shown to non-subscribers"),
 C("comments", "", "after", C0+"/div[2]/div[1]/div/div/div/div[4]", note="empty Disqus comments thread"),
 C("newsletter", "", "outside", S+"/div[5]", note="sidebar MailPoet newsletter form"),
 C("subscribe", "Ab nur 1,90 pro Monat gibt es MIXED ohne Werbebanner und vollem Archiv-Zugriff.", "after|outside", "/html/body/div[4]/div[6]", note="Steady subscription band above the footer"),
 C("follow", "/Social", "outside", FT+"/div[2]", note="footer social icons (Facebook, YouTube, Twitter)"),
 C("contact", "/Werbung Wir bieten Unternehmen und Agenturen an, Werbeanzeigen und Jobangebote auf unserer Seite zu schalten.", "outside", FT+"/div[3]", amb=True, note="footer 'advertise with us' note with e-mail address"),
 C("subscribe", "/Abo-Login Login mit Steady MIXED.de ohne Werbebanner ab nur 1,90 Euro pro Monat.", "outside", FT+"/div[4]", note="footer Steady login + subscription pitch"),
 C("newsletter", "Die wichtigsten Mixed-Reality-News auf einen Blick! Lass Dir die wichtigsten VR-, AR- und KI-News", "outside", "/html/body/div[4]/div[8]", note="hidden Boxzilla newsletter pop-up"),
]
ads=[
 A("/html/body/div[4]/div[1]", "before|outside", "AdSense 970x250 header slot (it-ad-header)"),
 A(TC+"/div[2]/div/div[1]", "inline", "AdSense 300x250 div#first_p_ad after the intro paragraph"),
 A(AF+"/ins[1]", "after", "AdSense 'autorelaxed' matched-content unit under the text"),
 A(AF+"/ins[2]", "after", "AdSense in-article unit under the text"),
 A(S+"/div[4]", "outside", "sidebar InspectAR 300x600 skyscraper image ad"),
 A(S+"/div[6]", "outside", "sidebar AdSense widget"),
]
