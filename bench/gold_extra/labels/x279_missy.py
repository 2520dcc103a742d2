from _dsl import *
FILE="trafilatura-eval/html/missy-magazine.de-interabled.html.gz"
# Missy Magazine (WordPress) column 'Interabled Sex Education': header (logo, meta menu Abo/Shop with a hidden Steady
# login button, category menu with search, hamburger/contrast buttons), hamburger navigation overlay (primary menu,
# search, secondary menu Über Missy/Abo/Anzeigen/Jobs/Kontakt/Newsletter, social icons, 'Jetzt Abo abschließen' badge),
# breadcrumb, article (title, teaser, credits, text with an inline author-bio box after p[4], 'Teile diesen Artikel'
# share row), empty article footer, empty #article-related-content container, footer (Abo/Shop menu, social icons,
# 'Newsletter abonnieren' button, search, link menus, colophon). No ads, no ad configuration (the empty <ins> in the
# last paragraph is a plain HTML insert tag without class).
# Not labelled: category/primary/secondary menus (Newsletter/Kontakt among menu links), searches, breadcrumb, the
# inline author-bio box (author profile, links only to the author page), footer link menus, back-to-top.
NAV="/html/body/div/header/nav/div/div"
FT="/html/body/div/footer/div[1]/div"
related=[
 R("/html/body/div/main/div/div", None, 0, "after", amb=True, note="empty #article-related-content container under the article (data-cats, filled by script)"),
]
ctas=[
 C("subscribe", "Abo Shop", "outside", "/html/body/div/header/div/div[2]", amb=True, note="header meta menu: hidden Steady login button + 'Abo' and 'Shop' links"),
 C("follow", "Spotify Telegram Instagram TikTok LinkedIn", "outside", NAV+"/div[3]/div[2]", amb=True, note="social profile icons in the hamburger navigation overlay (hidden until opened)"),
 C("subscribe", "Jetzt Abo abschließen", "outside", NAV+"/div[4]", amb=True, note="'Jetzt Abo abschließen' bouncehouse badge in the hamburger navigation overlay"),
 C("share", "Teile diesen Artikel", "after", "/html/body/div/main/article/div/div", note="'Teile diesen Artikel' share row (Telegram, WhatsApp, …) at the end of the text"),
 C("subscribe", "Abo Shop", "outside", FT+"/section", amb=True, note="footer meta menu: hidden Steady login button + 'Abo' and 'Shop'"),
 C("follow", "Spotify Telegram Instagram TikTok LinkedIn", "outside", FT+"/div[2]/div[1]", note="footer social profile icons"),
 C("newsletter", "Newsletter abonnieren", "outside", FT+"/div[2]/div[2]", note="footer 'Newsletter abonnieren' button"),
]
ads=[]
