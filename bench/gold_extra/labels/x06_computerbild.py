from _dsl import *
FILE="trafilatura-eval/html/d60caba9d12c467b9708ec8981cad8aa.html.gz"
M="/html/body/div[5]/div/div[2]"
CP=M+"/div[3]/div"
B=CP+"/div[2]/div"
AA=CP+"/div[3]"
TR=M+"/div[4]"
related=[
 R(B+"/a[3]", None, 1, "inline", note="'» Fußball-Downloads: …' single story link between two paragraphs (bare <a> between <br>s)"),
 R(AA+"/section[3]", "Weiterführende Links", 3, "after"),
 R(TR+"/section[1]", "Aktuelle News", 23, "outside", note="right column tabs News/Tests/Tipps/Videos, 28 links, 23 distinct"),
 R(TR+"/div[3]", "Die neuesten Tests", 10, "outside"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[5]/div/header/nav/ul[2]", note="header socialmedia icons (Facebook, Twitter, YouTube)"),
 C("other", "Sky Ticket für 9,99 statt 29,99 Euro 1 Monat 1. & 2. Bundesliga mit 66 % Rabatt", "inline", B+"/div[1]", amb=True, note="affiliate deal button (aktionsbutton labeling) after the first paragraph; could be read as an ad"),
 C("other", "» Zum Angebot: Borussia Dortmund gegen Gladbach bei SKY TICKET gucken", "inline", B+"/span[2]", amb=True, note="affiliate offer link line; the source's ground truth keeps it in the body"),
 C("other", "» Zum Angebot: Die Bundesliga bei SKY TICKET", "inline", B+"/span[3]", amb=True, note="affiliate offer link line"),
 C("app", "Tipp: Die Sport-App von BILD und SPORT BILD", "after|inline", B+"/div[3]", note="app promo box closing the text (the source's ground truth keeps its heading in the body)"),
 C("share", "", "after", AA+"/section[1]", note="socialmediabar icons under the article"),
 C("other", "Gefällt Ihnen dieser Artikel? Gefällt mir Gefällt mir nicht", "after", AA+"/section[4]", note="article rating/feedback survey"),
 C("other", "Gutscheine und Rabatte", "outside", TR+"/section[2]", amb=True, note="right column coupon-portal widget (shop links)"),
 C("newsletter", "Tests der Woche Sie haben es fast geschafft!", "outside", TR+"/section[3]", note="right column newsletter sign-up"),
 C("newsletter", "Kostenlos per E-Mail", "outside", "/html/body/div[5]/div/div[6]", amb=True, note="hidden newsletter overlay"),
]
ads=[
 A("/html/body/div[3]", "before|outside", "#superbannercontainer"),
 A("/html/body/div[4]/div[1]", "outside", "#skyscraperprimary appnexus sky"),
 A("/html/body/div[4]/div[2]", "outside", "#skyscrapersecondary appnexus sky_btf"),
 A("/html/body/div[5]/div/div[1]", "before|outside", "#billboardcontainer under the header"),
 A(CP+"/div[1]", "before", "superbanner_btf container above the body"),
 A(B+"/div[2]", "inline", "empty #cb-inread-content"),
 A(AA+"/section[2]/div[1]", "after", "empty taboola-below-article-thumbnails-sponsored_noncompliant"),
 A(AA+"/section[2]/div[2]", "after", "empty taboola-below-article-thumbnails-organic_noncompliant"),
 A(AA+"/div", "after", "google_adsense box"),
 A(CP+"/div[4]", "after", "empty taboola-below-comments-thumbnails"),
 A(TR+"/div[1]", "outside", "right column mrec rectangle"),
 A(TR+"/div[2]", "outside", "empty taboola-right-rail-thumbnails-organic"),
 A(TR+"/div[4]", "outside", "empty taboola-right-rail-thumbnails-organic-II"),
 A(TR+"/div[5]", "outside", "empty taboola-right-rail-thumbnails-sponsored"),
 A("/html/body/div[8]", "outside", "#inpagecontainer at the end of body"),
]
