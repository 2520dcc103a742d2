from _dsl import *
FILE="trafilatura-eval/html/autozeitung.de-adblue.html.gz"
# AUTO ZEITUNG (Bauer, Drupal) guide 'Adblue nachfüllen: wo kaufen (Tankstelle); Preis': empty analysis ad div; top
# leaderboard row and skyscraper column (dikr responsive ads); header (logos, burger, search, Marken, 'Gewinnspiele / Abo /
# Kontakt' links, Facebook/Instagram/Pinterest/YouTube icons, main menu with dropdown teasers); two empty ad slots (pb, mca)
# above the empty breadcrumb; article: h1, byline/date, 'Teilen' share bar, image slider with caption ('>> Mehr zum Thema
# Ratgeber'), 'Inhalt' table of contents, text with an mca2 ad slot after the lead and six inset story teasers inside
# paragraphs, tags; below the article a box with two empty Nativendo containers, mca2 and promoteaser ad slots, a Taboola
# wrapper (two empty containers) and an mtb slot; right column (ad box, 'Produkttipp' teaser, 'Beliebte Marken' logo grid,
# 'Abonnement' teaser, 'E-Mobilität' teaser to an external campaign site, ad box); pubperform and interstitial ad divs;
# footer (scroll-up, 'Aktuelle Ausgabe' cover with 'Abonnieren' button, 'Bleiben Sie informiert!' newsletter form, legal
# links).
# Not labelled: header menus and their dropdown teasers (incl. 'Abo' / 'Kontakt' links), search, table of contents, the
# caption's '>> Mehr zum Thema Ratgeber' category link, tags (incl. 'Newsletter'), 'Beliebte Marken' brand logo grid
# (topic pages), #bp breakpoint probe (span.layout / span.ad, empty layout detector), GTM noscript iframe, scroll-up,
# footer legal links.
W="/html/body/div[2]/div[3]"
RW=W+"/div[6]/div[2]"
AR=RW+"/main/article"
TX=AR+"/section[3]"
BL=RW+"/main/section"
SB=RW+"/div"
related=[
 R(TX+"/p[3]/section", None, 1, "inline", note="inset teaser 'Dieselfahrverbote: Diese Städte sind betroffen! Drohen weitere Dieselfahrverbote?' inside the paragraph"),
 R(TX+"/p[5]/section", None, 1, "inline", note="inset teaser 'Verbrenner-Verbot (Benzin-/Dieselautos) E-Autos gefragter als Diesel-Pkw'"),
 R(TX+"/p[8]/section", None, 1, "inline", note="inset teaser 'Kühlflüssigkeit nachfüllen: Mischung & Tipps'"),
 R(TX+"/p[10]/section", None, 1, "inline", note="inset teaser 'Aktueller Benzinpreis/Dieselpreis: Billiger tanken'"),
 R(TX+"/p[12]/section", None, 1, "inline", note="inset teaser 'Wertverlust Diesel-Pkw: Restwert-Entwicklung'"),
 R(TX+"/p[14]/section", None, 1, "inline|after", note="inset teaser 'Autobatterie im Winter: Pflege-Tipps bei Kälte' inside the last paragraph"),
 R(SB+"/section[2]", "Produkttipp", 1, "outside", note="right-column teaser 'Produkttipp: AUTO ZEITUNG empfiehlt: Luftentfeuchter fürs Auto' (own article)"),
 R(SB+"/section[5]", "E-Mobilität", 1, "outside", sponsored=True, amb=True, note="right-column teaser 'E-Mobilität: Mild-Hybrid, Hybrid oder elektrisch?' linking to an external campaign site (initiative-bettertomorrow.de): sponsored teaser, could also be read as an ad"),
]
ctas=[
 C("follow", "", "outside", W+"/header/nav/div[9]", note="header social icons (Facebook, Instagram, Pinterest, YouTube)"),
 C("share", "Teilen", "before", AR+"/header/div[2]/div[2]", note="share bar under the byline (Facebook 'Teilen', WhatsApp, Pinterest, e-mail)"),
 C("subscribe", "Abonnement AUTO ZEITUNG 6 Hefte testen und 35 Prozent sparen!", "outside", SB+"/section[4]", note="right-column subscription teaser (bauer-plus.de)"),
 C("subscribe", "Aktuelle Ausgabe: 23/2021 Abonnieren", "outside", "/html/body/div[3]/div[2]/footer/div/div[1]", note="footer current-issue cover with 'Abonnieren' button"),
 C("newsletter", "Bleiben Sie informiert! Newsletter Anmeldung", "outside", "/html/body/div[3]/div[2]/footer/div/div[2]", note="footer newsletter form (e-mail field, 'Newsletter Anmeldung' button)"),
]
ads=[
 A("/html/body/div[1]", "outside", "empty div.dikr-responsive-ads-analyse at the top of the body (ad-system probe slot; no visible ad)", amb=True),
 A("/html/body/div[2]/div[1]", "before|outside", "top leaderboard row (adRowTopWrapper, dikr-responsive-ads-top)"),
 A("/html/body/div[2]/div[2]", "outside", "skyscraper column (adColumn, dikr-responsive-ads-sky)"),
 A(W+"/div[3]", "before|outside", "empty #ads_pb slot under the header"),
 A(W+"/div[4]", "before|outside", "empty dikr-responsive-ads-mca slot above the breadcrumb"),
 A(TX+"/div[1]", "inline", "empty dikr-responsive-ads-mca2 slot after the lead paragraph"),
 A(BL+"/div[1]", "after", "empty #nativendo-artikel native ad container under the article"),
 A(BL+"/div[2]", "after", "empty #nativendo-placement-610x240 native ad container"),
 A(BL+"/div[3]", "after", "empty dikr-responsive-ads-mca2 slot under the article"),
 A(BL+"/div[4]", "after", "empty dikr-responsive-ads-promoteaser (mobile promoteaser) slot"),
 A(BL+"/div[5]/div[1]", "after", "empty #taboola-below-article-thumbnails container (no heading)"),
 A(BL+"/div[5]/div[2]", "after", "empty #taboola-organic-below-article-thumbnails container (Taboola's organic feed, no heading): a related widget once filled", amb=True),
 A(BL+"/div[6]", "after", "empty dikr-responsive-ads-mtb slot at the end of the box"),
 A(SB+"/section[1]", "outside", "right-column ad box (adBox with dikr-responsive-ads-ca slot)"),
 A(SB+"/section[6]", "outside", "right-column ad box (adBox with dikr-responsive-ads-ca2 slot)"),
 A("/html/body/div[2]/div[4]", "outside", "empty #dikr-responsive-ads-pubperform slot at the end of the page wrapper"),
 A("/html/body/div[4]", "outside", "empty dikr-responsive-ads-ist (interstitial) slot after the footer"),
]
