from _dsl import *
FILE="trafilatura-eval/html/motorsport-total.com-romeo.html.gz"
# Motorsport-Total.com F1 news article. Top: hidden SAS billboard div, superbanner + sky container, header (logo,
# social icon row, Apps/Newsletter/RSS meta links), main menu with hover mega-menus (each with 'Die Redaktion
# empfiehlt' story teasers or F1 ticket promos), billboard. Article column: breadcrumbs + date/author row with a
# 'vorherige News' arrow, headline, share bar, text with an inpage slot, two MREC slots, a hidden spoods widget and an
# embedded gallery teaser; next/previous nav; two Outbrain divs; empty 'Verwandte Inhalte zu dieser News' box;
# comments (forum) box. Right column: MREC, three empty 'Anzeige' cells, top video, F1 database promo, AdSense,
# Twitter box, photo galleries, Outbrain GS_6, Business Club (Xing), empty ad cell, marktjagd offers widget.
# Then billboard_btf, footer with an AdSense link unit; body-level inpage, Outbrain AR_5 and overteaser divs.
# Not labelled: breadcrumbs, menus (incl. the 'Mehr...' panel with Apps/Newsletter/Facebook/Twitter links), the
# header Apps/Newsletter/RSS meta links, search, in-text links, footer menu, rankbox tooltip.
NV="/html/body/div[2]/div[2]/div[1]/nav/ul[2]"
AC="/html/body/div[2]/div[2]/main/div[1]/div"
AW=AC+"/div[1]/div[2]/div[1]"
NC=AW+"/div[2]"
SB="/html/body/div[2]/div[2]/main/div[2]"
def menu(li, col):
    return R(NV+"/li[%d]/div/div/div[1]/div[%d]/div" % (li, col), "Die Redaktion empfiehlt", 3, "outside", amb=True,
             note="hidden hover mega-menu panel with 3 story teasers ('Die Redaktion empfiehlt')")
related=[menu(1,2), menu(1,3), menu(2,2), menu(2,3), menu(3,3), menu(4,3), menu(5,3), menu(6,3)]+[
 R(AC+"/div[1]/div[1]/div[1]/ul", None, 1, "before", amb=True, note="date/author row at the top with a 'vorherige News' arrow link"),
 R(NC+"/div[5]", "Aktuelle Farbdesigns auf dem Formel-1-Auto für 2022", 1, "inline", note="embedded gallery teaser in the text (first picture, links to the gallery)"),
 R(AC+"/div[1]/div[2]/div[3]", None, 2, "after", note="next/previous news nav: 'vorherige News' link + 'Formel 1-Newsübersicht' ('nächste News' disabled)"),
 R(AC+"/div[3]/div/div", "Verwandte Inhalte zu dieser News", 0, "after", amb=True, note="related-content box with empty item columns (filled by script)"),
 R(SB+"/div[3]", "Aktuelles Top-Video", 1, "outside", note="sidebar top video teaser"),
 R(SB+"/div[6]", "Formel-1-Datenbank", 1, "outside", amb=True, note="sidebar house promo for the F1 database section"),
 R(SB+"/div[9]", "Aktuelle Bildergalerien", 6, "outside", note="sidebar photo gallery list + 'Weitere Formel-1-Fotos'"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[2]/div[2]/div[1]/header/ul[1]", amb=True, note="header icon row: search, forum, Facebook, Instagram, Twitter, YouTube, latest updates"),
 C("other", "Formel 1 Tickets Bahrain / Sachir 2022Jetzt Formel 1 Tickets sichern!", "outside", NV+"/li[4]/div/div/div[1]/div[2]/div", amb=True, note="F1 ticket shop teasers in the hidden 'Kalender' mega-menu"),
 C("other", "Formel 1 Tickets Bahrain / Sachir 2022Jetzt Formel 1 Tickets sichern!", "outside", NV+"/li[6]/div/div/div[1]/div[2]/div", amb=True, note="F1 ticket shop teasers in the hidden 'Tickets & Events' mega-menu"),
 C("share", "teilen tweeten teilen Mail Forum Autor kontaktieren", "before", AW+"/div[1]", note="share bar under the subtitle (Facebook, Twitter, WhatsApp, mail, forum, contact author)"),
 C("comments", "Neueste Kommentare Noch kein Kommentar vorhanden! Erstellen Sie jetzt den ersten Kommentar", "after", AC+"/div[4]", note="comments box (forum thread link, 'neuer Kommentar' button)"),
 C("follow", "Motorsport-Total.com auf Twitter Alle Twitter-Channel", "outside", SB+"/div[8]", note="sidebar Twitter box"),
 C("follow", "Motorsport-Total Business Club Zum Motorsport-Total Business Club", "outside", SB+"/div[11]", amb=True, note="sidebar promo for the site's Xing group"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "billboard row with hidden SAS div white_sas_5419 at the top of the body"),
 A("/html/body/div[2]/div[1]/div/div[1]", "before|outside", "b-top: superbanner slot (jseAo3c Leaderboard)"),
 A("/html/body/div[2]/div[1]/div/div[2]/div[2]", "outside", "b-right: sky slot"),
 A("/html/body/div[2]/div[2]/div[2]", "before|outside", "billboard slot under the menu"),
 A(NC+"/div[2]", "inline", "div#inpage (data-formatid inpage) after the second paragraph"),
 A(NC+"/div[3]", "inline", "'ANZEIGE' mrec_btf slot in the text"),
 A(NC+"/div[4]", "inline", "hidden spoods.io widget container (consent-gated script)", amb=True),
 A(NC+"/div[6]", "inline", "'ANZEIGE' mrec_btf_2 slot in the text"),
 A(AC+"/div[2]/div/div[1]", "after", "empty Outbrain AR_2 under the article"),
 A(AC+"/div[2]/div/div[2]", "after", "empty Outbrain AR_5 under the article"),
 A(SB+"/div[1]", "outside", "sidebar 'ANZEIGE' mrec slot"),
 A(SB+"/div[2]", "outside", "sidebar 'Anzeige' advertisement cell (empty)"),
 A(SB+"/div[4]", "outside", "sidebar 'Anzeige' advertisement cell (empty)"),
 A(SB+"/div[5]", "outside", "sidebar 'Anzeige' advertisement cell (empty)"),
 A(SB+"/div[7]", "outside", "sidebar 'Anzeige' AdSense 300x250"),
 A(SB+"/div[10]", "outside", "sidebar empty Outbrain GS_6"),
 A(SB+"/div[12]", "outside", "sidebar empty advertisement cell (no label)"),
 A(SB+"/div[13]", "outside", "marktjagd 'Angebote' offers widget (data-label Anzeige)"),
 A("/html/body/div[2]/div[2]/div[3]", "after|outside", "billboard_btf slot under the page"),
 A("/html/body/div[2]/div[2]/footer/ins", "outside", "AdSense link unit in the footer"),
 A("/html/body/div[3]", "outside", "body-level div#inpage (second copy of the inpage format)", amb=True),
 A("/html/body/div[5]", "outside", "body-level empty Outbrain AR_5 div", amb=True),
 A("/html/body/div[6]", "outside", "empty div#overteaser (overlay format)", amb=True),
]
