from _dsl import *
FILE="trafilatura-eval/html/d041d20a0bc04fdf8cef73f750f20bf6.html.gz"
# GamePro.de (Webedia) video page 'Der Landwirtschafts-Simulator 19 wird ein Jahr nach Release größer - Trailer stellt
# Platinum Edition vor'. Header: nav tabs, trending tag list, mobile header, hidden search, off-canvas site menu (incl.
# Gaming-Deals / Shop links), hidden login panel. DFP header container (interstitial, skyscraper, masthead, left
# skyscrapers top/bottom). Breadcrumbs; video player row (empty right column); main column: social row (like, comment
# count, Facebook, Twitter, views), title + date + description (body) + tags, empty Outbrain AR_4 widget,
# 'Preisvergleich' shop box marked ANZEIGE, comments box (login prompt, sort tabs, script-filled list). Right column:
# 'Empfohlen' (1), channel box 'Spiele-Trailer ... Zum Kanal', game info box (genre, release, Preisvergleich / Mehr zum
# Spiel buttons, tags), 'Beliebt' (6), 'Aktuell' (12). Footer: newsletter form, legal links, network links.
# Not labelled: menus, trending tags, login panel and login-error modal, breadcrumbs, tags, channel box and game info
# box (site database cards), the empty layout column beside the player, back-to-top, cookie hint.
MC="/html/body/div[2]/div[3]/div/div/div[1]"
SB="/html/body/div[2]/div[3]/div/div/div[2]"
related=[
 R(SB+"/div[1]", "Empfohlen", 1, "outside", note="right-column 'Empfohlen' box with one video (this trailer) and 'alle anzeigen'"),
 R(SB+"/div[4]", "Beliebt", 6, "outside", note="right-column 'Beliebt' video list, 6 videos + 'mehr anzeigen'"),
 R(SB+"/div[5]", "Aktuell", 12, "outside", note="right-column 'Aktuell' video list, 12 videos"),
]
ctas=[
 C("share", "0 0 0 0 30 Views", "before", MC+"/div[2]/div/div", note="social row under the player: like, comment count, Facebook and Twitter share buttons, view count"),
 C("other", "Preisvergleich Landwirtschafts-Simulator 19 ab 19,99 € Versand s. Shop", "after", MC+"/div[5]", amb=True, note="'Preisvergleich' box with 4 shop offers (Amazon, billiger.de click-outs) marked ANZEIGE, below the description"),
 C("comments", "Kommentare (0) Kommentare einblenden Nur angemeldete Benutzer können kommentieren und bewerten.", "after", MC+"/div[6]", note="comments box: count, login/register prompt, sort tabs, comment list filled by script"),
 C("newsletter", "Newsletter bestellen Hol' dir die neuesten Infos zu Games und Konsolen direkt ins Postfach", "outside", "/html/body/footer/div[1]", note="footer newsletter sign-up band"),
]
ads=[
 A("/html/body/div[1]/div/div[1]", "outside", "empty DFP interstitial slot (#dfp-interstitial) in the header ad row"),
 A("/html/body/div[1]/div/div[2]/div[1]", "outside", "empty DFP skyscraper slot (#dfp-skyscraper)"),
 A("/html/body/div[1]/div/div[2]/div[2]", "before|outside", "empty DFP masthead slot (#dfp-masthead) above the breadcrumbs"),
 A("/html/body/div[1]/div/div[2]/div[3]/div[1]", "outside", "empty DFP left skyscraper top slot (#dfp-sky-left-top)"),
 A("/html/body/div[1]/div/div[2]/div[3]/div[2]", "outside", "empty DFP left skyscraper bottom slot (#dfp-sky-left-bottom)"),
 A(MC+"/div[4]", "after", "empty Outbrain widget AR_4 (div.OUTBRAIN, no heading) below the description"),
]
