from _dsl import *
FILE="trafilatura-eval/html/Tageswoche.ch-weg.html.gz"
# TagesWoche (WordPress theme tageswoche2017) article 'Wir sind dann mal weg (und dieser Titel muss auch weg! Oder?)':
# 'nook' back-to-top corner, masthead (site title, top nav Beliebt/Themen dropdown/search), search overlay, an empty
# 'ws'/'is' box at the top of the content area, article (header, figure, text with three h3 sections, entry footer with
# share buttons and 'Themen' tag list), 'Nächster Artikel' heading + preview section linking to the next story, footer
# (E-Paper / Newsletter menu, social links, legal menu incl. Todesanzeigen), fixed bottom nav (Home, Beliebt, Themen,
# Für Sie). No comment container (comment scripts only), GTM only, no other ad configuration.
# Not labelled: navs (incl. bottom-nav 'Für Sie' notifications item), search overlay, 'Themen' tag list, the footer
# menus 'E-Paper Newsletter' (two plain menu links) and legal links, back-to-top corner.
MN="/html/body/div[2]/div/div[2]/main"
related=[
 R(MN+"/section", "Nächster Artikel", 1, "after", note="next-article preview ('Diesen Artikel lesen', links to 'Liebe Verkehrspolitiker, traut euch bitte endlich was!'); its h4 heading is the sibling before it"),
]
ctas=[
 C("share", "Teilen Facebook Twitter Whatsapp E-Mail", "after", MN+"/article/footer/section", note="share buttons in the entry footer"),
 C("follow", "Externer Link zu facebook Externer Link zu twitter Externer Link zu youtube", "outside", "/html/body/div[2]/div/footer/div[2]", note="footer social-media links (facebook, twitter, youtube, soundcloud)"),
]
ads=[
 A("/html/body/div[2]/div/div[1]", "before|outside", "empty 'ws' box with inner 'is' div at the top of the content area, above the article (wallpaper/skyscraper slot by its look; no ad script)", amb=True),
]
