from _dsl import *
FILE="trafilatura-eval/html/tegernseerstimme.de-Klimavorreiter.html.gz"
# Tegernseer Stimme (WordPress, Kadence blocks) article 'Energiewende Oberland: Klimavorreiter Oberland?'. Header: logo
# row with hidden Steady login button, main nav + search, secondary button nav (Podcast, topic anchors), hidden Steady
# login, 'Anzeige' billboard (AdRotate group with GPT ts_fullsize). Main column: title, meta (category, date, time,
# 'Kommentar schreiben'), author line with hidden bio modal, body (figure, in-text 'Anzeige' GPT ts_post3 slot, the
# 'Eine Bürgerstiftung für Erneuerbare Energien' info box - body), 'Artikel Drucken', 'SOCIAL MEDIA SEITEN' icons,
# in-article AdSense unit, categories/tags; then 'Meistgelesen' (6) and 'Auch interessant' (5) post grids,
# 'Diskutieren Sie mit uns' comment prompt with Nettiquette button, empty #respond, Disqus load-comments button.
# Footer: two logo images, Steady membership line, link lists (Oberland-Jobs, Newsletter, Kontakt ...), 'NACH OBEN'.
# Off-canvas mobile menu, scroll-progress button, Borlabs cookie box. The head defines ~25 GPT slots (sidebar,
# stream, logobanner ...); only ts_fullsize (-1) and ts_post3 (-0) have containers in the HTML.
# Not labelled: menus (incl. Podcast button, 'Newsletter' menu and footer links), search, hidden Steady login
# buttons, author bio modal, 'Artikel Drucken', categories/tags, empty #respond, footer logos, 'NACH OBEN',
# off-canvas menu, cookie box.
ART="/html/body/div[1]/div/div/main/article"
M="/html/body/div[1]/div/div/main"
related=[
 R(M+"/div[2]", "Meistgelesen", 6, "after", note="'Meistgelesen' post grid below the article, 6 stories"),
 R(M+"/div[4]", "Auch interessant", 5, "after", note="'Auch interessant' post grid, 5 stories with categories, byline and teaser"),
]
ctas=[
 C("comments", "Kommentar schreiben", "before", ART+"/div[1]/span[4]", note="'Kommentar schreiben' link in the meta row under the title"),
 C("follow", "Facebook Instagram YouTube", "after", ART+"/div[3]/ul", note="'SOCIAL MEDIA SEITEN' icon row (Facebook, Instagram, YouTube) at the end of the entry content; heading is the sibling p[14]"),
 C("comments", "Diskutieren Sie mit uns Melden Sie sich an und teilen Sie Ihre Meinung", "after", M+"/div[6]", note="'Diskutieren Sie mit uns' comment prompt with Nettiquette button"),
 C("comments", "Kommentare anzeigen - Bitte hier klicken", "after", M+"/div[8]", note="Disqus thread with 'Kommentare anzeigen' load button"),
 C("subscribe", "Hier können Sie Ihre Mitgliedschaft verwalten. Weitere Informationen zu unseren Mitglieds-Modell finden Sie hier .", "outside", "/html/body/div[1]/footer/div[1]/div/div/div/div[3]", amb=True, note="footer Steady membership line (manage membership, link to the membership model) with a hidden Steady login button"),
]
ads=[
 A("/html/body/div[1]/header/div[1]/div[3]/div/div/div/div[6]/div/div/div/div[2]", "before|outside", "'Anzeige' billboard in the header (AdRotate group g-2, GPT ts_fullsize div-gpt-ad-1418041205114-1)"),
 A(ART+"/div[3]/div[1]", "inline", "in-text 'Anzeige' slot after the fourth paragraph (AdRotate g-1, GPT ts_post3 div-gpt-ad-1418041205114-0)"),
 A(ART+"/div[3]/div[6]", "after", "'Anzeige' in-article AdSense unit (ins.adsbygoogle, AdRotate g-8) after the social icons"),
]
