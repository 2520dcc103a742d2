from _dsl import *
FILE="trafilatura-eval/html/ingenieur.de.kernfusion.html.gz"
# ingenieur.de (VDI Verlag, WordPress) story 'Kernfusion: Kann „die Energiequelle der Sterne“ Energieprobleme aus der Welt
# schaffen?': body-level LAY and BS (billboard) ad slots; header (title, search, linkbar Newsletter/Podcasts/Recruiting
# Services, main menu, social buttons), SKY slot; breadcrumb; FLB slot; article: kicker/date, title, excerpt, image, mobile
# FLB, text with an inline 'Top Stellenangebote' job slider (20 job cards, 'Zur Jobbörse'), 'Lesen Sie auch:' evergreen
# teaser (3), VID/mVID and ILB3/mCAD3 slot pairs; author box; 'Themen im Artikel' topic links; 'Empfehlung der Redaktion'
# (6 teasers); section 'Ähnliche Artikel' (4) beside 'Top 5 Energie' (5); FOOT slot; newsletter box; footer menu; cookie bar.
# Not labelled: menus and the linkbar (incl. 'Newsletter'), breadcrumb, the author box (name and bio only), 'Themen im
# Artikel' (topic links), footer menu, cookie consent.
AC="/html/body/div[3]/main/article/div[1]"
M="/html/body/div[3]/main"
related=[
 R(AC+"/div[5]", "Lesen Sie auch:", 3, "inline", note="evergreen teaser 'Lesen Sie auch:' with 3 stories inside the text"),
 R(M+"/article/div[3]", "Empfehlung der Redaktion", 6, "after", note="'Empfehlung der Redaktion' grid of 6 teasers at the end of the article element"),
 R(M+"/section/div/div[1]/div", "Ähnliche Artikel", 4, "after", note="'Ähnliche Artikel' (single__related-posts), 4 teasers under the article"),
 R(M+"/section/div/div[2]", "Top 5 Energie", 5, "after|outside", note="'Top 5 Energie' popular list (WordPress Popular Posts) beside 'Ähnliche Artikel'"),
]
ctas=[
 C("follow", "Besuchen Sie uns bei Facebook Folgen Sie uns bei Twitter Besuchen Sie uns bei XING", "outside", "/html/body/div[3]/header/div[1]/div[4]", note="header social buttons (Facebook, Twitter, XING, LinkedIn) as PRG forms"),
 C("newsletter", "Zu unseren Newslettern anmelden", "after|outside", M+"/div[3]", note="newsletter box under the related band, before the footer"),
]
ads=[
 A("/html/body/div[1]", "outside", "#ad-LAY layer slot at the top of body (Ads_BA_AD('LAY'))"),
 A("/html/body/div[2]", "before|outside", "#ad-BS billboard slot above the page container"),
 A("/html/body/div[3]/header/div[2]", "outside", "#ad-SKY skyscraper slot in the header"),
 A(M+"/div[1]", "before|outside", "#ad-FLB leaderboard slot between breadcrumb and article"),
 A(AC+"/div[3]", "before|inline", "#ad-mFLB-mobile slot after the excerpt and lead image, before the first paragraph"),
 A(AC+"/div[4]", "inline", "'Top Stellenangebote' job slider inside the text: 20 paid job listings from the site's job board, 'Zur Jobbörse'", amb=True),
 A(AC+"/aside[1]", "inline", "#ad-VID video ad slot"),
 A(AC+"/aside[2]", "inline", "#ad-mVID-mobile video ad slot"),
 A(AC+"/aside[3]", "inline", "#ad-ILB3 in-text slot"),
 A(AC+"/aside[4]", "inline", "#ad-mCAD3-mobile in-text slot"),
 A(M+"/div[2]", "after|outside", "#ad-FOOT slot under the related band"),
]
