from _dsl import *
FILE="trafilatura-eval/html/agrarheute.com.abfallholz.html.gz"
PG="/html/body/div[3]"
CT=PG+"/section/div/div/div"
AR=CT+"/div[2]/div/article"
B=AR+"/div[6]"
SB=PG+"/section/div/div/aside/div/div"
related=[
 R(PG+"/header/div[2]/div[2]", None, 1, "outside", amb=True, note="header top-theme headline strip 'Strom selbst erzeugen: Windturbinen und Mini-PV...' (one story link)"),
 R(CT+"/div[2]/div/div", "Das ist ein Artikel vom Top-Thema:", 0, "before", amb=True, note="content-hub info box above the article, its topic box is empty (script-filled)"),
 R(B+"/div[5]", "Mehr zum Thema", 1, "after", note="internal-link teaser card 'So Heizen Sie effizient mit Holz und schonen das Klima' right after the last paragraph"),
 R(CT+"/div[3]", "Verwandte Inhalte", 4, "after", note="related articles block below the comments (holds an ad slot in its view-footer)"),
 R(SB+"/div[3]", "Top Bildergalerien", 5, "outside", note="sidebar top galleries"),
 R(SB+"/div[11]", "Top Videos", 5, "outside", note="sidebar top videos"),
 R(PG+"/div[5]", "Auch interessant", 6, "after|outside", note="full-width 'Auch interessant' card band between the content row and the footer"),
]
ctas=[
 C("share", "Teilen Twittern Pinnen XING Mail Druck", "before", AR+"/div[2]", note="share bar under the headline image (desktop)"),
 C("share", "Teilen Twittern Pinnen XING Mail", "before", AR+"/div[3]", note="share bar under the headline image (tablet copy)"),
 C("share", "Mail Teilen Twittern Pinnen Mail", "before", AR+"/div[4]", note="share bar under the headline image (phone copy)"),
 C("comments", "(1 Kommentar)", "before", AR+"/a", amb=True, note="comment-count link in the byline (#kommentare)"),
 C("other", "", "after", B+"/div[6]", amb=True, note="empty opinary-automation-placeholder (poll widget filled by script)"),
 C("newsletter", "Willkommen beim agrarheute-Newsletter! Melden Sie sich jetzt für den kostenlosen agrarheute-Newsletter an!", "after", B+"/div[7]", note="newsletter form box at the end of the body"),
 C("share", "Teilen Twittern Pinnen XING Mail Druck", "after", AR+"/div[8]", note="share bar after the tags (desktop)"),
 C("share", "Teilen Twittern Pinnen XING Mail", "after", AR+"/div[9]", note="share bar after the tags (tablet copy)"),
 C("share", "Mail Teilen Twittern Pinnen Mail", "after", AR+"/div[10]", note="share bar after the tags (phone copy)"),
 C("comments", "Kommentar Hier ist Ihre Meinung gefragt Werden Sie Teil unserer Community und diskutieren Sie mit!", "after", AR+"/div[12]", note="comment section: login notice, login modal, script-loaded comment list"),
 C("comments", "Hier ist Ihre Meinung gefragt Login Registrieren", "after", AR+"/div[13]", note="small comments login teaser below the comment section"),
 C("other", "HETAIROS, der digitale Sortenführer der agrarheute Wie war der Ertrag auf dem Feld? ... Jetzt testen", "outside", SB+"/div[5]", note="sidebar promo for the site's own variety-finder tool"),
 C("other", "Jobbox Alle Stellenangebote anzeigen", "outside", SB+"/div[6]", amb=True, note="sidebar job-board widget (agrajo) with search form, list filled by script"),
 C("newsletter", "Willkommen beim agrarheute-Newsletter! Melden Sie sich jetzt für den kostenlosen agrarheute-Newsletter an!", "outside", SB+"/div[9]", note="sidebar newsletter form"),
 C("follow", "Gefällt mir Folgen Folgen 9109 Newsletter bestellen YouTube999+", "after|outside", PG+"/div[7]", note="social-stats band above the footer: Facebook, Instagram, Twitter, newsletter, YouTube"),
]
ads=[
 A(PG+"/div[4]/div[1]", "before|outside", "leaderboard GPT slot -2 under the breadcrumbs"),
 A(PG+"/div[4]/div[2]", "before|outside", "GPT out-of-page slot -oop", amb=True),
 A(PG+"/div[4]/div[3]", "outside", "sticky-bottom GPT slot -25"),
 A(AR+"/div[1]/div", "before", "mobile top ad container (GPT -18) under the lead image"),
 A(B+"/div[2]/div[1]", "inline", "in-text GPT -7 desktop"),
 A(B+"/div[2]/div[2]", "inline", "in-text GPT -19 mobile"),
 A(AR+"/div[11]/div[1]", "after", "GPT -8 desktop after the share bars"),
 A(AR+"/div[11]/div[2]", "after", "GPT -20 mobile after the share bars"),
 A(CT+"/div[3]/div/div/div[2]/div[5]", "after", "GPT -16 in the view-footer of 'Verwandte Inhalte'"),
 A(SB+"/div[1]", "outside", "sidebar medrec GPT -9"),
 A(SB+"/div[2]", "outside", "sidebar mobile-pos5 GPT -22"),
 A(SB+"/div[4]", "outside", "sidebar medrec2 GPT -10"),
 A(SB+"/div[7]", "outside", "sidebar medrec3 GPT -11"),
 A(SB+"/div[10]", "outside", "traffective Mobile_Pos6 (hidden)"),
 A(PG+"/div[6]/div[1]", "after|outside", "GPT -12 desktop below 'Auch interessant'"),
 A(PG+"/div[6]/div[2]", "after|outside", "GPT -24 mobile below 'Auch interessant'"),
 A(PG+"/div[6]/div[3]", "after|outside", "GPT -29 below 'Auch interessant'"),
 A(PG+"/div[9]", "outside", "SkyscraperContainer GPT -1"),
]
