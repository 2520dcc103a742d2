from _dsl import *
FILE="trafilatura-eval/html/familie.de.montessori.html.gz"
# familie.de (Ströer 'alice' theme) list article 'Montessori-Spielzeug: 13 pädagogisch wertvolle Ideen für Babys und
# Kleinkinder'. Header: topic nav, PUR (ad-free subscription) login button, search, sub-nav; topmobile and superbanner
# slots; sky slot; affiliate disclosure line; breadcrumbs. Body: 'Anzeige' rectangle at the top, TOC, posterad slot,
# an author 'Getestet und geliebt!' note (kept as body), twelve affiliate product widgets (price + 'Zu Thalia'/'Zu Amazon'
# buttons, one 'kaufen' button) between the list entries, affiliate text links in the entries, a video, a script-filled
# quiz teaser 'Welcher Mama-Typ bist du oder wirst du?', a closing like/share/follow prompt. Article footer: author and
# 'Du willst nichts mehr verpassen? Dann folge uns auf:' icons. Aside under the article: empty Taboola feed, Nativendo
# and pubperform placements, 'Galerien', 'Lies auch' (8 cards in three rows, one rectangle slot among them),
# 'Teste dich'. Out-of-page slot; footer social buttons and link list.
# Not labelled: nav menus, search, affiliate disclosure, breadcrumbs, TOC, author box in the text, affiliate text links
# inside paragraphs, the empty alice-oembed div[17], video embed, footer links (Kontakt, Werbung …).
B="/html/body/div[3]/div/article/div"
AS="/html/body/div[3]/div/aside"
related=[
 R(B+"/div[19]", "Welcher Mama-Typ bist du oder wirst du?", 0, "after", amb=True, note="quiz teaser container (filled by script, links to a familie.de test) under its h2 heading at the end of the text"),
 R(AS+"/div[5]", "Galerien", 3, "after", note="'Galerien' row of 3 teaser cards under the article (heading in the sibling row div[4])"),
 R(AS+"/div[7]", "Lies auch", 2, "after", note="'Lies auch' first row: 2 teaser cards and a rectangle slot (heading in the sibling row div[6])"),
 R(AS+"/div[8]", None, 3, "after", amb=True, note="'Lies auch' second row: 3 teaser cards"),
 R(AS+"/div[9]", None, 3, "after", amb=True, note="'Lies auch' third row: 3 teaser cards"),
 R(AS+"/div[11]", "Teste dich", 3, "after", note="'Teste dich' row of 3 quiz teasers (heading in the sibling row div[10])"),
]
def P(i, text, note):
    return C("other", text, "inline", B+"/div[%d]" % i, amb=True, note=note)
ctas=[
 C("subscribe", "PUR", "outside", "/html/body/header/nav[1]/div/div/ul[2]/li[1]", amb=True, note="header 'PUR' button (login for the ad-free PUR subscription)"),
 P(5, "Montessori für Eltern 24,95 € Zu Thalia", "affiliate product widget (book, Thalia)"),
 P(6, "Montessori - Ideen für zu Hause 12,99 € Zu Thalia", "affiliate product widget (book, Thalia)"),
 P(7, "Kinder fördern nach Montessori 16,95 € Zu Thalia", "affiliate product widget (book, Thalia)"),
 P(8, "Spieltrapez aus Holz höhenverstellbar natur - Stern 70,99 € Zu Babywalz", "affiliate product widget (Babywalz)"),
 P(9, "Scheibenturm bei Green Stories kaufen", "affiliate 'kaufen' button"),
 P(10, "Nanchen Gemüse-Greifling aus Bio-Baumwolle 33,55 € Zu Amazon", "affiliate product widget (Amazon)"),
 P(11, "Baby's Schwarz-Weiß-Buch: In The Sea 3,99 € Zu Thalia", "affiliate product widget (Thalia)"),
 P(12, "60 Montessori-Ideen für mein Baby 16,99 € Zu Thalia", "affiliate product widget (Thalia)"),
 P(13, "Holzbausteine Großer Regenbogen, Small Foot 28,99 € Zu Mytoys", "affiliate product widget (Mytoys)"),
 P(14, "Käthe Kruse Stoff-Baby Puppe", "affiliate product widget with title only (no price/link left)"),
 P(15, "Steckspiel Kreatives Steckpuzzle 17,99 € Zu Babywalz", "affiliate product widget (Babywalz)"),
 P(16, "Steckspiel Kunterbunt 18,99 € Zu Babywalz", "affiliate product widget (Babywalz)"),
 C("follow", "Na, hat dir \"Montessori-Spielzeug: 13 pädagogisch wertvolle Ideen für Babys und Kleinkinder\" gefallen", "after", B+"/p[25]", note="closing like/share prompt with links to follow on Pinterest, Facebook, Instagram, Flipboard, Google News"),
 C("follow", "Du willst nichts mehr verpassen? Dann folge uns auf:", "after", "/html/body/div[3]/div/article/footer/div/div", note="article-footer push-channel box with Instagram/Facebook/Pinterest/YouTube/Google News icons"),
 C("follow", "", "outside", "/html/body/footer/div/div[2]/div/div/ul[1]", note="footer social buttons (Facebook, Spotify, Pinterest, Instagram)"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "empty sad_topmobile slot at the page top"),
 A("/html/body/div[2]", "before|outside", "sad_banner superbanner slot"),
 A("/html/body/div[3]/div/div[1]", "outside", "sad_sky skyscraper slot"),
 A(B+"/div[1]", "before", "'Anzeige' alice-adslot rectangle (Medium) at the top of the body"),
 A(B+"/div[3]", "inline", "empty sad_posterad slot after the second paragraph"),
 A(AS+"/div[1]", "after", "empty Taboola 'Below Article Feed' container"),
 A(AS+"/div[2]", "after", "smb-placement-2 with empty nativendo-below-comments containers (native ads)"),
 A(AS+"/div[3]", "after", "empty smb-placement-5 sad_pubperform slot"),
 A(AS+"/div[7]/div[3]", "after", "sad_rectangle_2 slot in the 'Lies auch' card row"),
 A("/html/body/div[3]/div/div[4]", "outside", "empty sad_out-of-page slot"),
]
