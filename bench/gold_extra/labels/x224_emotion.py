from _dsl import *
FILE="trafilatura-eval/html/emotion.de.selfcare.html.gz"
# EMOTION.de (Drupal 7) list article 'Tut so gut: 99 Wege, heute Selfcare zu betreiben'. Header (mega-menu with
# Gewinnspiele/Abo/Newsletter/App links, logo, search, social icons); breadcrumbs; empty forme (user account) app root;
# lead image; title, date, author, summary; points 1-15, an in-text teaser card marked 'Anzeige', points 16-99 ending
# with a 'Mehr Themen:' line, then four teaser cards; a mobile ad tile; a desktop/mobile ad tile before the footer;
# footer (newsletter + social links row, 'Heft bestellen' covers, 'Beliebte Themen entdecken' menu, about/site links,
# social icons); PhotoSwipe gallery shell; atf-ad-slot at body level. body carries data-ads='hide'.
# Not labelled: menus (incl. the mega-menu's Abo/Newsletter/App links), breadcrumbs, search, forme app root, the
# article's 'Lesezeichen erstellen' link, 'Beliebte Themen entdecken' topic menu, footer about/site links,
# the PhotoSwipe shell (its share button/modal), the empty consent-tag div.
ART="/html/body/div[4]/div[1]/div/div[2]/div[2]/div[2]/div[2]/div/article"
related=[
 R(ART+"/div[5]", None, 1, "inline", sponsored=True, amb=True, note="in-text teaser card 'Shower Thoughts: Was Frauen unter der Dusche WIRKLICH denken' with an 'Anzeige' eye-catcher (promoted article; could be read as an ad)"),
 R(ART+"/div[7]", "Mehr Themen:", 4, "after", note="four teaser cards after the text; the 'Mehr Themen:' heading is the last paragraph of the text block before"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[4]/header/div/nav/div[3]", note="header social icons (Facebook, Twitter, Instagram, Pinterest)"),
 C("follow", "Newsletter abonnieren Facebook Twitter Instagram Pinterest LinkedIn", "outside", "/html/body/div[4]/footer/div/div/div/div[1]", note="footer row: newsletter link and social profile links"),
 C("subscribe", "Heft bestellen Heft bestellen Heft bestellen Heft bestellen", "outside", "/html/body/div[4]/footer/div/div/div/ul", note="footer magazine covers with 'Heft bestellen' links (EMOTION, SLOW, Working Women, Hohe Luft)"),
 C("follow", "Emotion", "outside", "/html/body/div[4]/footer/div/div/div/div[3]/div/div[1]/div/div/div[3]", note="footer 'Emotion' social icons"),
]
ads=[
 A(ART+"/div[8]", "after", "empty mobile ad tile (adtile--mobile--iqadtile4) at the end of the article"),
 A("/html/body/div[4]/div[2]", "after|outside", "empty ad tile before the footer (desktop iqadtile16 / mobile iqadtile8)"),
 A("/html/body/atf-ad-slot", "outside", "atf-ad-slot#atf-footer at body level"),
]
