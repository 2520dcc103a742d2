from _dsl import *
FILE="trafilatura-eval/html/brigitte.de.ikigai.html.gz"
# BRIGITTE.de article 'Mit der "Ikigai"-Methode wirst du sofort glücklicher' (G+J, GujAd slots). Out-of-page and
# wallpaper slots, header (meta nav, mega-menu, login flyout), breadcrumbs, superbanner; article header with a share
# bar; body with a Brightcove video, an outstream slot, an Instagram embed and a book note. A broken comparison-portal
# widget in the sidebar ('<body' inside it) makes lxml nest the rest of the sidebar list, the page end (Outbrain,
# 'Erfahre mehr', a six-teaser block with ad slots, superbanner 2, forum box) and the footer inside the sidebar's
# div.magic; in the source the page end and footer come after </aside>, so they are placed after|outside here.
# Sidebar: 'Neu in Liebe' teaser list with 4x4 ad slots (ad-with-fallback: the teaser shows when no ad comes),
# vertical share toolbar, hidden share-by-mail layer, skyscraper.
# Not labelled: meta nav (Newsletter, Abo … links), mega-menu, login flyout 'WOFÜR ANMELDEN?', breadcrumbs, tags
# 'Themen in diesem Artikel', footer link columns and footer row (Kontakt …), the commented-out vemba video
# container in div.article__end, the empty overlay div.
M="/html/body/div/div[3]/main"
SB=M+"/aside/div[1]"
PE=SB+"/div[4]"
related=[
 R(SB+"/div[1]", "Neu in Liebe", 2, "outside", note="sidebar 'Neu in Liebe' list, first box (the h3 sits just above it in div.magic): 2 teasers, one of them an ad-with-fallback"),
 R(SB+"/div[2]", None, 2, "outside", amb=True, note="second box of the 'Neu in Liebe' sidebar list (2 teasers)"),
 R(SB+"/div[3]", None, 5, "outside", amb=True, note="third box of the 'Neu in Liebe' list; lxml nests the later boxes in it (comparison-portal widget + 5 teasers)"),
 R(PE+"/div[2]", "Erfahre mehr", 6, "after|outside", note="'Erfahre mehr' related-content list, 6 teasers"),
 R(PE+"/div[3]", None, 5, "after|outside", note="six-teaser block at the article end, each an ad-with-fallback (5 fallback teasers incl. a Gewinnspiel promo, one empty)"),
 R(PE+"/div[5]", "Brigitte Forum", 15, "after|outside", note="'Brigitte Forum' link box: forum hubs and three tabs of threads (Passende / Neueste / Am meisten kommentiert)"),
]
ctas=[
 C("share", "Facebook Pinterest E-Mail", "before", M+"/header/ul", note="share bar under the headline"),
 C("share", "Startseite Facebook Pinterest E-Mail", "before|outside", M+"/aside/ul", note="vertical share toolbar in the sidebar (home, Facebook, Pinterest, e-mail)"),
 C("share", "Diesen Inhalt per E-Mail versenden", "outside", M+"/aside/div[2]", amb=True, note="hidden share-by-e-mail layer with form"),
 C("other", "Vergleichsportal Drogerie-Produkte Haushaltsprodukte", "outside", SB+"/div[3]/div[1]/div[1]", amb=True, note="'Vergleichsportal' widget in the sidebar list: links to the site's product comparison portal"),
]
ads=[
 A("/html/body/div/div[1]", "outside", "GujAd oop_1 out-of-page slot"),
 A("/html/body/div/div[2]", "outside", "GujAd wallpaper_1 skin slot"),
 A("/html/body/div/div[3]/div[2]", "before|outside", "superbanner_1 holder under the breadcrumbs"),
 A(M+"/div/div[1]/article/div[3]/div/div[2]", "inline", "GujAd outstream_div between body paragraphs"),
 A(M+"/div/div[1]/div[2]", "after", "empty div.o-article--ad-bottom under the tags", amb=True),
 A(SB+"/div[1]/div/div[2]", "outside", "sidebar sb-ad rectangle_1 (4x4) in an ad-with-fallback teaser"),
 A(SB+"/div[2]/div/div[2]", "outside", "sidebar sb-ad teaser_11 (4x4)"),
 A(SB+"/div[3]/div[1]/div[2]/div[2]", "outside", "sidebar sb-ad spteaser_1 (4x4)"),
 A(SB+"/div[3]/div[2]/div/div[2]", "outside", "sidebar sb-ad rectangle_4 (4x4)"),
 A(SB+"/div[3]/div[3]/div/div[2]", "outside", "sidebar sb-ad rectangle_5 (4x4)"),
 A(PE+"/div[1]", "after|outside", "empty OUTBRAIN AR_1 widget container at the article end"),
 A(PE+"/div[3]/section/div[1]/div[2]", "after|outside", "GujAd teaser_12 (4x4) in the article-end teaser block"),
 A(PE+"/div[3]/section/div[2]/div[2]", "after|outside", "GujAd teaser_13 (4x4)"),
 A(PE+"/div[3]/section/div[3]/div[2]", "after|outside", "GujAd teaser_14 (4x4), no fallback teaser"),
 A(PE+"/div[3]/section/div[4]/div[2]", "after|outside", "GujAd teaser_15 (4x4)"),
 A(PE+"/div[3]/section/div[5]/div[2]", "after|outside", "GujAd teaser_16 (4x4)"),
 A(PE+"/div[3]/section/div[6]/div[2]", "after|outside", "GujAd teaser_17 (4x4)"),
 A(PE+"/div[4]", "after|outside", "superbanner_2 holder at the article end"),
 A(SB+"/footer/div[1]", "after|outside", "dmofooter_1 banner holder at the top of the footer"),
 A(M+"/aside/div[3]", "outside", "skyscraper_1 holder"),
]
