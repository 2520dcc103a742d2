from _dsl import *
FILE="trafilatura-eval/html/freitag.de.morgen.html.gz"
# der Freitag (Plone, Foundation) community blog post 'Heute schon an morgen denken': empty 'urban' ad containers at the
# top (sky left, leaderboard, special unit, sky right); header (mobile menu with service links and social icons, desktop
# service nav Abo / der Freitag digital / Aktuelle Ausgabe / Anmelden, main nav incl. 'Produkte der Woche'); urban
# billboard; breadcrumbs; article (title, abstract, author/Community line with comment count and share icons, community
# notice, lead image, text, author infobox, empty asides placeholder, bottom share icons + date, tag list, opinion notice,
# 'Geschrieben von' member profile with 'Folgen' button); hidden 'Buch/Film/Event' advertorial tab box (moved into the text
# by script); full-width 'Buch/Film/Event der Woche' advertorial band; urban medrect; Outbrain AR_1 container in
# #related-articles (no heading); urban leaderboard2; 'Kommentare 1' comment section (1 comment, login-to-comment form);
# #services row of 6 self-promo image cards (3x 'Testen Sie den Freitag', Newsletter, Abovorteile, Aboshop); footer
# (nav, doormat menus, social icons); hidden urban layer/post-site-ad/interstitial/popunder containers. GTM only otherwise.
# Not labelled: navs (incl. the 'Der Freitag digital' / 'Aktuelle Ausgabe' service links and the footer doormat links
# Abonnement / Newsletter / Abo-Service), breadcrumbs, search overlay, tag list, community/opinion notices, author infobox
# in the text, the empty asides placeholder and the empty div after the article.
B="/html/body/div[2]"
AR=B+"/article/div/div"
related=[
 R(B+"/div[5]", "Buch der Woche", 3, "after|outside", sponsored=True, amb=True, note="full-width 'Buch der Woche / Film der Woche / Event der Woche' advertorial band (class js-advertorial-box-full-width), 3 product-of-the-week teasers linking to /produkt-der-woche pages; paid placements, could be read as an ad"),
 R(B+"/div[4]", None, 3, "outside", sponsored=True, amb=True, note="hidden 'Buch / Film / Event' advertorial tab box (class 'hide js-advertorial-box-tabs'), the same 3 products; script moves it into the text (js-dynamic-advertorial)"),
]
ctas=[
 C("subscribe", "Abo", "outside", B+"/div[1]/header[2]/div/nav/ul[1]/li[1]", amb=True, note="desktop service-nav 'Abo' link to the subscription shop (one of five service links)"),
 C("follow", "", "outside", B+"/div[1]/header[1]/ul/li[12]", amb=True, note="social icons (Facebook, Twitter, Instagram) at the end of the hidden mobile menu"),
 C("comments", "1", "before", AR+"/div[1]/div[2]/a", amb=True, note="comment-count link '1' in the author line"),
 C("share", "Teilen:", "before", AR+"/div[1]/div[2]/div", note="share icons (Facebook, Twitter, Pocket) in the author line"),
 C("share", "Teilen:", "after", AR+"/div[6]/div[1]", note="share icons (Facebook, Twitter, Pocket) under the text"),
 C("follow", "Folgen", "after", AR+"/div[9]/div/div/div[1]/div[4]", amb=True, note="'Folgen' (follow the author) button in the 'Geschrieben von' member profile box"),
 C("comments", "Kommentare 1 Kommentieren ...", "after", B+"/div[9]", note="'Kommentare' section: count, 'Kommentieren ...' prompt, one comment, login-to-comment form"),
 C("subscribe", "", "after|outside", B+"/div[10]", note="#services row of 6 self-promo image cards: 3x 'Testen Sie den Freitag' (trial), Newsletter, Abovorteile, Aboshop"),
 C("follow", "", "outside", B+"/footer/div/div/div[1]/ul/li[9]", note="footer social icons (Facebook, Twitter, Instagram)"),
]
ads=[
 A("/html/body/div[1]/div[1]", "outside", "empty urban-sky-left skyscraper container"),
 A("/html/body/div[1]/div[2]", "before|outside", "empty urban-leaderboard container at the very top"),
 A("/html/body/div[1]/div[3]", "outside", "empty hidden urban-special-unit container", amb=True),
 A("/html/body/div[1]/div[4]", "outside", "empty urban-sky-right skyscraper container"),
 A(B+"/div[2]", "before|outside", "empty urban-billboard container under the header"),
 A(B+"/div[6]", "after", "adplace with empty urban-medrect1 under the article"),
 A(B+"/div[7]", "after", "#related-articles holding an empty Outbrain AR_1 widget, no heading"),
 A(B+"/div[8]", "after", "adplace with empty urban-leaderboard2"),
 A(B+"/div[11]", "outside", "hidden urban-layer container (layer ad)"),
 A(B+"/div[12]", "outside", "hidden urban-post-site-ad container"),
 A(B+"/div[13]", "outside", "hidden urban-interstitial container"),
 A(B+"/div[14]", "outside", "hidden urban-popunder container"),
]
