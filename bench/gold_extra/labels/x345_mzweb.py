from _dsl import *
FILE="trafilatura-eval/html/0af99c85f22b451a93a75bbf99ac412e.html.gz"
# Mitteldeutsche Zeitung (mz-web.de, DuMont 'dm' layout) local story 'Hingucker beim Flugplatzfest in Dessau: Zweite F13
# kurz vor der Zulassung': header (service nav incl. Abonnieren/E-Paper/Kontakt, portal links, menu), 'Themen' topic links,
# skyscraper and leaderboard slots, breadcrumbs with h1, mzimmo.de 940x80 banner, article (headline, author/date, share
# icons, lead image, billboard slot, text with poster and in-article slots, image, empty Plista container), sticky sidebar
# (half-page slot with hidden house-ad fallbacks, Nativendo, weather widget 'präsentiert:' with an ad button slot, 'MZ
# Dessau-Roßlau auf Facebook' box, Jobs/Ausbildung portal links, 'Partnersuche' dating widget, transmatico teaser script,
# local-desk contact box, 'Sport Dessau-Roßlau' (5) and 'Eingekehrt' (3) lists); out-of-page slot; 'Themen' links;
# pubperform slot; footer service links, footer (logo, social icons, menus, portal links, legal, mobile switch).
# Not labelled: header/footer menus and service lists (incl. Abonnieren, E-Paper, Kontakt, RSS links), 'Themen' topic
# links, breadcrumbs, print button, the weather widget itself, footer portal list.
MD="/html/body/main/div"
AR=MD+"/div/article"
TX=AR+"/div[2]/div[1]"
AS=AR+"/div[2]/div[2]/aside"
related=[
 R(AS+"/article[4]", "Sport Dessau-Roßlau", 5, "outside", note="sidebar 'Sport Dessau-Roßlau' list of 5 local sport stories"),
 R(AS+"/article[5]", "Eingekehrt - Restaurants & Kneipen in Anhalt", 3, "outside", note="sidebar 'Eingekehrt' list of 3 restaurant features"),
]
ctas=[
 C("share", "email facebook twitter Messenger", "before", AR+"/header/div", note="share icons under the byline"),
 C("follow", "MZ Dessau-Roßlau auf Facebook", "outside", AS+"/div[5]", note="sidebar Facebook box: page link, like button, activity plugin"),
 C("other", "Jobs in Dessau-Roßlau", "outside", AS+"/article[2]", amb=True, note="sidebar promo link to the mz-jobs portal"),
 C("other", "Ausbildung in Dessau-Roßlau", "outside", AS+"/article[3]", amb=True, note="sidebar promo link to azubis.de"),
 C("other", "Partnersuche in Des-Roßlau", "outside", AS+"/div[6]", amb=True, note="sidebar mzflirt dating widget (logo link + Icony activities widget)"),
 C("contact", "Kontakt zur Lokalredaktion Dessau-Roßlau Kavalierstraße 74-76 06844 Dessau-Roßlau", "outside", AS+"/div[8]", note="sidebar local-desk contact box (address, phone, e-mail, Twitter and Facebook links)"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div/div[3]", note="footer social icons (Facebook, Twitter, WhatsApp, Instagram, RSS, YouTube)"),
 C("follow", "", "outside", "/html/body/header/div[2]/div/div[3]", amb=True, note="header social buttons with follower counts (added as ambiguous when set J was read)"),
]
ads=[
 A("/html/body/div[5]", "outside", "skyscraper slot (div-smt-ad-sky-0)"),
 A("/html/body/div[6]", "before|outside", "leaderboard slot (div-smt-ad-banner-0) above the page content"),
 A(MD+"/a", "before|outside", "mzimmo.de 940x80 static banner above the article (house ad)", amb=True),
 A(AR+"/div[1]", "before", "billboard slot between the lead image and the text"),
 A(TX+"/div[1]/div[1]", "inline", "poster ad slot after paragraph 3"),
 A(TX+"/div[1]/div[2]", "inline", "in-article desktop slot after the first h3 section's paragraph"),
 A(TX+"/div[2]", "after", "empty Plista below-article widget (no heading)"),
 A(AS+"/div[1]", "outside", "sidebar half-page slot (div-smt-ad-hpa-0)"),
 A(AS+"/div[2]", "outside", "hidden 300x250 backfill teaser for the half-page slot (MZ-Leserreisen house ad)", amb=True),
 A(AS+"/div[3]", "outside", "hidden empty-ad fallback teaser for the half-page slot (MZ-Leserreisen house ad with share block)", amb=True),
 A(AS+"/div[4]", "outside", "empty #nativendo-marginal native-ad container"),
 A(AS+"/article[1]/a/div[2]", "outside", "'Anzeige' button slot (div-smt-ad-button-0) presenting the weather widget, with hidden fallback teaser"),
 A(AS+"/div[7]", "outside", "transmatico ArticleTeasers widget (script only, no heading)", amb=True),
 A("/html/body/div[8]", "outside", "out-of-page slot"),
 A("/html/body/div[10]", "after|outside", "pubperform 970 slot above the footer"),
]
