from _dsl import *
FILE="trafilatura-eval/html/mannschaft.com-katar.html.gz"
PG="/html/body/div[1]/div[1]"
M=PG+"/div[7]/div[2]/div[1]/div"
AR=M+"/article"
B=AR+"/div/div[2]"
H1=PG+"/div[3]/div/div[1]/div/div[3]/div"
H2=PG+"/div[6]/div/div[1]/div/div[3]/div"
related=[
 R(PG+"/aside[2]", "Neuste Artikel", 6, "before|outside", note="full-width 'Neuste Artikel' featured row between the header and the article"),
 R(B+"/p[2]/a", None, 1, "inline", amb=True, note="parenthetical cross-reference link at the end of a paragraph '(MANNSCHAFT berichtete bereits 2019 über ...)'"),
 R(B+"/p[6]/a", None, 1, "inline", amb=True, note="parenthetical cross-reference link '(MANNSCHAFT berichtete, dass in Katar ...)'"),
 R(B+"/p[11]/a", None, 1, "inline", amb=True, note="parenthetical cross-reference link '(MANNSCHAFT berichtete über Nasser Al Khater ...)'"),
 R(AR+"/aside[1]", "Dich interessiert vielleicht auch", 4, "after"),
 R(AR+"/aside[2]", "Beliebt auf mannschaft.com", 4, "after"),
 R(AR+"/aside[3]", "Mehr aus Sport", 3, "after"),
 R(M+"/a", None, 1, "after", note="previous-post teaser '«Familie ist dort, wo Menschen Verantwortung übernehmen»'"),
]
ctas=[
 C("follow", "facebook twitter instagram", "outside", PG+"/div[1]/div[1]/div/div[3]", note="social icons in the top header row"),
 C("newsletter", "Subscribe Newsletter Vorname Name E-Mail Newsletter Schweiz Deutschland Österreich", "outside", H1+"/div[1]", note="newsletter drop-down form in the sticky header"),
 C("follow", "Follow us facebook twitter instagram", "outside", H2+"/div[1]", note="'Follow us' drop-down in the mobile header"),
 C("newsletter", "Subscribe Newsletter Vorname Name E-Mail Newsletter Schweiz Deutschland Österreich", "outside", H2+"/div[2]", note="newsletter drop-down form in the mobile header"),
 C("share", "", "outside", PG+"/aside[1]", amb=True, note="empty sticky share bar (g1-sharebar-off, filled by script)"),
 C("share", "Teilen Teilen Drucken Teilen Tweeten", "before", AR+"/div/header/aside", note="share buttons under the byline (WhatsApp, mail, print, Facebook, Twitter)"),
 C("other", "Zur Petition geht es hier.", "after", B+"/p[13]", amb=True, note="last body line linking to the petition the article is about"),
 C("newsletter", "Newsletter Jede Woche verschicken wir einen Newsletter mit einem Überblick über das weltweite LGBTIQ-Geschehen. Hier eintragen", "outside", PG+"/div[8]/div[1]/div[3]", note="prefooter newsletter widget"),
 C("follow", "facebook twitter instagram", "outside", "/html/body/div[3]/div/div[1]/ul", amb=True, note="social icons in the hidden off-canvas menu"),
]
ads=[
 A(B+"/div[1]", "inline", "Advanced Ads beitrag_intext_desktop, GPT beitrag/1"),
 A(B+"/div[2]", "inline", "Advanced Ads beitrag_intext_2_desktop, GPT beitrag/2"),
 A(B+"/div[3]", "after", "Advanced Ads beitrag_ende_desktop, GPT beitrag/end, after the last paragraph"),
 A(B+"/div[4]", "after|before", "Advanced Ads beitrag_top_desktop, GPT beitrag/top; sits at the end of the content in the HTML (script may move it up)"),
]
