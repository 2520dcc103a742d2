from _dsl import *
FILE="trafilatura-eval/html/blogoff.de.i-htm.html.gz"
# Old table-layout WordPress blog (manniac), post '3 verrückte Orte in Berlin' (YouTube embed + short text with
# sponsor thanks to S-Bahn Berlin and links to the three places: body). Above it a 'Kennst Du meine Videos auf ?'
# box with the author's YouTube channels; AdSense 468x15 link unit above the date; Jetpack 'Ähnliche Beiträge' heading
# with no items; previous/next post line. Sidebar: search, 'I ♥ BLOG OFF!', categories, blogroll/archive/legal links.
# Not labelled: categories, search, sidebar text widget (Blogroll/Archiv pages, a fuenf-filmfreunde badge, CC
# licence, legal links), the empty trackback div, the empty #col-right column, credit line.
C2="/html/body/table/tr[1]/td[2]/div"
P=C2+"/div[2]/div[3]/div[1]"
related=[
 R(P+"/div[3]/div", "Ähnliche Beiträge", 0, "after", amb=True, note="Jetpack related posts: heading only, items script-filled"),
 R(C2+"/div[2]/div[3]/div[2]", None, 2, "after", note="Nachfolgebeitrag / Vorgängerbeitrag links"),
]
ctas=[
 C("follow", "", "outside", C2+"/map", note="header image map: YouTube, Twitter, Facebook, RSS icons"),
 C("follow", "Kennst Du meine Videos auf ? Meine Kanäle: Comedy & Cartoons / Reise-Abenteuer / Vlog-Schrott", "before", C2+"/div[2]/div[1]", note="box above the post promoting the author's three YouTube channels"),
 C("comments", "", "after", P+"/div[5]", amb=True, note="empty div.feedback under the post (comment link slot)"),
]
ads=[
 A(P+"/div[1]", "before", "div.ads: AdSense 468x15 link unit (show_ads.js) above the date and title"),
]
