from _dsl import *
FILE="trafilatura-eval/html/kath.net-Menschensohn.html.gz"
# kath.net (table layout), daily meditation article. Image modules ('img.modul') are loose links with a <br>
# between them, no containers: banners behind the click tracker /link/NN (target=extern) are ad slots, the
# site's own modules (donate, newsletter, social profiles, feed, Kathpedia, Amazon partner shop) are CTAs.
# Columns: left (ad, search, modules, 'Top-15 meist-diskutiert'), article, right ('Mehr zu' the series, with an
# ad), far right (ad, social/newsletter/RSS modules, 'Top-15 meist-gelesen'). Comments: login required.
# Not labelled: login form and 'neu registrieren' in the header, logo and image category menu, search form,
# print link, empty div#fb-root, the comment-rules fine print, footer (Impressum, Datenschutz).
T="/html/body/center/table/tr[4]"
AR=T+"/td[2]"
related=[
 R(T+"/td[1]/ol", "meist-diskutiert", 15, "outside", note="left column 'Top-15 meist-diskutiert' list (headings h2/h3 are siblings of the list)"),
 R(T+"/td[3]", "Mehr zu", 10, "outside", note="right column 'Mehr zu Benedikt XVI. - Licht des Glaubens': 10 stories of the series (a /link/282 banner on top, labelled as ad)"),
 R(T+"/td[4]/ol", "meist-gelesen", 15, "outside", note="far-right column 'Top-15 meist-gelesen' list"),
 R(T+"/td[1]/a[3]", None, 1, "outside", amb=True, note="left column image module linking to a kath.net story (news/71645), content of the image unknown"),
]
ctas=[
 C("share", "Artikel versenden", "before", AR+"/p[1]/a[3]", amb=True, note="'Artikel versenden' e-mail link in the info line (with Druckansicht, Tippfehler melden)"),
 C("contact", "Tippfehler melden", "before", AR+"/p[1]/a[4]", amb=True, note="'Tippfehler melden' e-mail link in the info line"),
 C("donate", "Ihnen hat der Artikel gefallen? Bitte helfen Sie kath.net und spenden Sie jetzt via Überweisung oder Kreditkarte/Paypal!", "after", AR+"/p[13]", note="donation appeal under the text"),
 C("donate", "", "after", AR+"/form", amb=True, note="PayPal donate button right after the appeal (sibling form of the same widget)"),
 C("share", "Tweet", "after", AR+"/p[14]", note="Tweet button and Facebook recommend/share button"),
 C("comments", "Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen.", "after", AR+"/p[15]", note="comment prompt under 'Lesermeinungen' (empty comment table before it)"),
 C("donate", "", "outside", T+"/td[1]/a[2]", note="left column image module linking to /spenden"),
 C("other", "", "outside", T+"/td[1]/a[4]", amb=True, note="left column image module promoting Kathpedia (sister site)"),
 C("other", "", "outside", T+"/td[1]/a[6]", amb=True, note="left column Amazon partner-link image module (shop via Amazon to support kath.net)"),
 C("follow", "", "outside", T+"/td[4]/a[2]", note="image module: kath.net on Rumble"),
 C("follow", "", "outside", T+"/td[4]/a[3]", note="image module: kath.net on Gab"),
 C("follow", "", "outside", T+"/td[4]/a[4]", note="image module: kath.net on Facebook"),
 C("follow", "", "outside", T+"/td[4]/a[5]", note="image module: kath.net on MeWe"),
 C("newsletter", "", "outside", T+"/td[4]/a[6]", note="image module linking to /newsletter"),
 C("follow", "", "outside", T+"/td[4]/a[7]", amb=True, note="image module linking to the RSS ticker feed"),
]
ads=[
 A("/html/body/center/table/tr[2]/td[1]", "before|outside", "top banner /link/38 beside the login box"),
 A(T+"/td[1]/a[1]", "outside", "left column banner /link/14"),
 A(T+"/td[1]/a[5]", "outside", "left column banner /link/83"),
 A(AR+"/a", "after", "banner /link/21 after the share buttons, before 'Lesermeinungen'"),
 A(T+"/td[3]/a", "outside", "right column banner /link/282 above 'Mehr zu'"),
 A(T+"/td[4]/a[1]", "outside", "far-right column banner /link/92"),
 A("/html/body/center/table/tr[5]/td", "after|outside", "bottom banner /link/16 above the footer"),
]
