from _dsl import *
FILE="trafilatura-eval/html/cnet.de.schutz.html.gz"
# CNET.de (WordPress, NetMediaEurope) news 'So können Internet-User nach dem EuGH-Urteil für den Schutz sensibler Daten
# sorgen' (14 May 2014): header (search, logo, site title and description, menu, share-icon drop-down with the site's
# Facebook / Google Play Kiosk / Google+ / Twitter / RSS links, editions drop-down); leaderboard script; breadcrumb;
# article (h1, teaser, byline; text with an in-article ad script after the first paragraph, image, blockquote with the
# lawyer's statement and an author box); article footer ('CNET für mobile Geräte:' app badges, 'Themenseiten' tags,
# 'Artikel empfehlen:' share icons with comment count, 'Fanden Sie diesen Artikel nützlich?' vote); mobile MPU script;
# empty Taboola below-article container; 'Neueste Kommentare' box ('Noch keine Kommentare', 'Kommentar hinzufügen');
# 'Schreib einen Kommentar' form; sidebar (MPU script, 'CNET-Ticker' 5 stories, 'Kommentare' recent comments on 5
# articles, second MPU script); two skyscraper scripts; footer (Über CNET / Kontakt zu CNET / NetMediaEurope link
# lists); skin, flash-transition and footer GPT scripts; adnxs pixel.
# Every GPT slot is only a <script id="DESKTOP_…"> that inserts its div-gpt-ad (with an 'Anzeige' label) right after
# itself: the scripts are labelled. Not labelled: menus, editions drop-down, breadcrumb, tags, in-text links, author box
# in the quote, footer link lists (incl. 'E-Mail an die Redaktion', 'Werben auf CNET', Twitter, Facebook, iOS-App),
# empty div.only-for-desktop (device test), adnxs segment pixel, GTM noscript iframe.
MA="/html/body/div[2]/div/div"
PR=MA+"/div[2]"
AR=PR+"/div[1]/article"
SB=MA+"/div[3]/aside"
related=[
 R(SB+"/div[1]", "CNET-Ticker", 5, "outside", note="sidebar 'CNET-Ticker': 5 latest stories with thumbnails"),
 R(SB+"/div[2]", "Kommentare", 5, "outside", amb=True, note="sidebar recent-comments widget: comment excerpts linking to 5 other articles"),
]
ctas=[
 C("follow", "Facebook Google Play Kiosk Google + Twitter RSS-Feeds", "outside", "/html/body/header/div/div/div[4]/div[2]/ul/li[1]", note="header share-icon drop-down with the site's Facebook, Google Play Kiosk, Google+, Twitter and RSS links"),
 C("app", "CNET für mobile Geräte:", "after", AR+"/div[3]/footer/div[1]", note="'CNET für mobile Geräte:' Google Play, Google Play Kiosk and App Store badges under the text"),
 C("share", "Artikel empfehlen: 0", "after", AR+"/div[3]/footer/div[2]", note="'Artikel empfehlen:' Twitter/Facebook/Xing/LinkedIn/print/e-mail icons, comment count '0', RSS"),
 C("other", "Fanden Sie diesen Artikel nützlich?", "after", AR+"/div[3]/footer/div[3]", note="'Fanden Sie diesen Artikel nützlich?' article vote (ajax, loader gif)"),
 C("comments", "Neueste Kommentare Noch keine Kommentare zu So können Internet-User nach dem EuGH-Urteil für den Schutz", "after", PR+"/div[3]", note="'Neueste Kommentare' box: no comments yet, 'Kommentar hinzufügen' link"),
 C("comments", "Schreib einen Kommentar Antworten abbrechen", "after", PR+"/div[4]", note="'Schreib einen Kommentar' comment form (div.hideOnJS: hidden by script until 'Kommentar hinzufügen' is clicked)"),
]
ads=[
 A("/html/body/script[2]", "outside", amb=True, note="DESKTOP_SKIN GPT script (1x1 skin, out of page) at the top of the body; no container"),
 A("/html/body/div[2]/script", "before|outside", "'Leaderboard' DESKTOP_MEGA GPT script (728x90 … 1080x440, 'Anzeige') over the page wrapper; inserts its div after itself"),
 A(AR+"/div[2]/script", "inline", "DESKTOP_IN_ARTICLE GPT script (300x250/300x90, 'Anzeige') between the first paragraph and the image"),
 A(PR+"/script[1]", "after", "MOBILE_MPU GPT script (300x250/300x600, 'Anzeige', mobile) under the article"),
 A(PR+"/div[2]", "after", "empty #taboola-below-article-thumbnails container (no heading)"),
 A(SB+"/script[1]", "outside", "sidebar DESKTOP_MPU GPT script (300x250/300x600, 'Anzeige') at the top of the sidebar"),
 A(SB+"/script[2]", "outside", "second sidebar DESKTOP_MPU GPT script under the recent comments"),
 A("/html/body/div[2]/div/script[1]", "outside", "DESKTOP_SKY-1 skyscraper GPT script (120/220x600, 'Anzeige')"),
 A("/html/body/div[2]/div/script[2]", "outside", "DESKTOP_SKY-2 skyscraper GPT script (160/200x600, 'Anzeige')"),
 A("/html/body/script[5]", "outside", amb=True, note="DESKTOP_FLASH_TRANS GPT script (5x5 special format) after the footer; no container"),
 A("/html/body/script[6]", "outside", amb=True, note="DESKTOP_FOOTER GPT script (6x6 special format) after the footer; no container"),
]
