from _dsl import *
FILE="trafilatura-eval/html/alpin.de-freeride.html.gz"
# ALPIN.de (Olympia-Verlag; kicker media API) advertorial 'Quantum Free Asolo Factory 130: Das Beste aus der Touring- und der
# Freeride-Welt vereint' ('- Advertorial Dalbello-'): header (meta nav Abo / eMagazine Login / ALPIN-Shop / Hot Deals / Heft /
# Kontakt, search, logo, main nav), ad-topmobile banner; article (banner image + topline + headline, intro, meta aside with
# date/source/credit/topic link and a share row, body with ad-rectangle, nativendo infeed and ad-rectangle2 slots between
# paragraphs, 'Weitere Infos zum Schuh …' manufacturer link line, closing figure, footer share row, 'Thema Skitouren: 300
# Weitere Artikel' paginated teaser grid), billboard slot, footer nav + CO2-neutral badge; ad-sky and sticky-footer slots.
# Not labelled: header meta nav (plain links incl. Abo / ALPIN-Shop / Kontakt), main nav, search, topic link 'Skitouren | 300
# Artikel', footer nav, CO2 badge, fb-root.
AR="/html/body/div[2]/div[1]/main/article"
BD=AR+"/div[2]/div[2]"
related=[
 R(AR+"/div[3]", "Thema Skitouren: 300 Weitere Artikel", 3, "after", note="#MoreTopicGrid paginated teaser grid (1 / 34) under the article, 3 teasers (the third is this article)"),
]
ctas=[
 C("share", "Facebook Twitter What's App Messenger Telegram Mail", "inline|before", AR+"/div[2]/aside/div[5]", note="share row in the meta aside between the intro and the body"),
 C("other", "Weitere Infos zum Schuh auf der Internetseite des Herstellers unter https://www.dalbello.it/de/skischuhe/touring/quantum-free-a-factory-130/", "after", BD+"/p[5]", amb=True, note="bold manufacturer product-link line at the end of the advertorial text"),
 C("share", "Wenn Dir der Artikel gefallen hat, teile ihn auf: Facebook Twitter What's App Messenger Telegram Mail", "after", AR+"/div[2]/div[3]", note="share row under the text"),
]
ads=[
 A("/html/body/div[2]/div[1]/div[1]", "before|outside", "empty ad-banner ad-topmobile slot between the header and main"),
 A(AR+"/div[1]/header/div/div", "before", "empty 'banner__topline__presenting' container beside the Advertorial topline (sponsor 'presented by' slot by its name)", amb=True),
 A(BD+"/div[1]", "inline", "empty ad-rectangle ad-topmobile2 slot after the first paragraph"),
 A(BD+"/div[2]", "inline", "empty #nativendo-article-infeed1 native-ad container between the figures and the h3"),
 A(BD+"/div[3]", "inline", "empty ad-rectangle2 ad-topmobile3 slot between two sections"),
 A("/html/body/div[2]/div[1]/div[2]", "after|outside", "empty ad-banner-billboard slot between main and the footer"),
 A("/html/body/div[2]/div[2]", "outside", "empty ad-sky skyscraper slot"),
 A("/html/body/div[2]/div[3]", "outside", "empty ad-banner2 ad-stickyfooter slot"),
]
