from _dsl import *
FILE="trafilatura-eval/html/industriemagazin.at-Luftfahrtbranche.html.gz"
# INDUSTRIEMAGAZIN (WEKA Industrie Medien, Craft CMS) news article on FACC. Header (top nav E-Paper/Newsletter/Mediadaten/
# Shop, logo, search, main nav, hidden mobile menu); breadcrumbs; wallpaper ad container (billboard + wide skyscraper);
# article header with date/readtime, bookmark button and share icons, intro, lead image; body in content blocks with
# '>>>' single-link story lines, an in-text Daily Briefing sign-up line, a leaderboard slot, an 'Entdecken Sie jetzt'
# block (Lesen / Videos / Podcasts) and a 'Sie wollen mehr von uns?' newsletter section; meta (dates, author, tags);
# empty vue evergreens app; mobile interstitial slot; footer (social icons, nav, Verlags-Services, legal);
# sticky 'Live-TV' button with an empty live-TV modal.
# Not labelled: menus, breadcrumbs, search modal, bookmark button, author/tags, footer nav and Verlags-Services list
# (Newsletter/Abos links), legal links, lightbox, the empty live-TV modal.
B="/html/body/main/div[2]/div/div[2]"
related=[
 R(B+"/div[1]/section/div/div/div/div/p[2]", None, 1, "inline", note="in-text '>>> Zulieferer FACC profitiert von Erholung der Luftfahrtbranche' story link"),
 R(B+"/div[3]/section/div/div/div[1]/div/p[2]", None, 1, "inline", note="in-text '>>> Das sind die größten Industrieunternehmen in Oberösterreich' link"),
 R(B+"/div[3]/section/div/div/div[1]/div/p[4]", None, 1, "inline", note="in-text '>>> Der große Reputation Report der Industrie 2023' link"),
 R(B+"/section", "Entdecken Sie jetzt", 9, "inline", note="'Entdecken Sie jetzt' block between body sections: Lesen / Videos / Podcasts, 3 links each"),
 R(B+"/div[4]/section/div/div/div/div/p[2]", None, 1, "inline", note="in-text '>>> FACC hat \"strategische Weichen für die Zukunft gestellt\"' link"),
 R(B+"/div[5]/section/div/div/div/div/p[2]", None, 1, "inline", note="in-text '>>> Neue Rot-Weiß Karte gegen Fachkräftemangel' link"),
 R("/html/body/main/div[3]", None, 0, "after|outside", amb=True, note="empty vue evergreens app (story recirculation filled by script) below the article"),
]
ctas=[
 C("share", "", "before", "/html/body/main/div[2]/div/div[1]/div[1]/nav", note="share icons (Facebook, X, LinkedIn, e-mail, WhatsApp) in the article header meta row"),
 C("newsletter", "Nie mehr die wichtigsten News aus Österreichs Industrie verpassen? Abonnieren Sie unser Daily Briefing", "inline", B+"/div[1]/section/div/div/div/div/div", note="in-text Daily Briefing sign-up line with 'Hier geht's zur Anmeldung' link"),
 C("newsletter", "Sie wollen mehr von uns?", "after", B+"/div[6]", note="newsletter section at the end of the body (form filled by script)"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div/div[2]", note="footer social icons (Twitter, Facebook, YouTube, LinkedIn)"),
 C("other", "Live-TV", "outside", "/html/body/div[3]", amb=True, note="sticky 'Live-TV' button opening the live-TV modal"),
]
ads=[
 A("/html/body/main/div[1]/div/div[1]", "before|outside", "billboard slot in the wallpaper ad container under the breadcrumbs (desktop only)"),
 A("/html/body/main/div[1]/div/div[2]", "outside", "wide-skyscraper slot in the wallpaper ad container"),
 A(B+"/div[2]", "inline", "article-leaderboard slot between the first two body blocks (desktop only)"),
 A("/html/body/div[2]", "outside", "mobile interstitial ad container (ad-container--interstitial)"),
]
