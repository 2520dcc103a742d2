from _dsl import *
FILE="trafilatura-eval/html/mywakenews.wordpress.com.psyop.html.gz"
# WordPress.com (Twenty Ten) blog post. The entry content is very long: the post, then the blog's standing promo
# tail (T-shirts, stickers, live shows, streams, sponsor appeal, Facebook/Twitter) and a link dump incl. a long
# quoted article, all inside div.entry-content and taken as body by the source's ground truth (a 'with' snippet
# sits in the link dump), so only a few clear CTAs in that tail are labelled, ambiguous. After the content:
# WordAds slots, Jetpack sharedaddy (rating, share, likes, empty related posts), author box, tags, post nav,
# comments (1 reblog comment + 28 pingbacks) and form. Primary sidebar with widgets and one WordAds slot.
# Not labelled: header menu, search, archive widgets and dropdown, categories, Meta widget, tag cloud, author box,
# entry-utility tags, cookie banner, hidden likers popup, bare-URL link paragraphs and order details in the tail.
A_="/html/body/div[1]/div[2]/div[1]/div"
E=A_+"/div[2]/div[2]"
SB="/html/body/div[1]/div[2]/div[2]/ul"
related=[
 R(A_+"/div[1]", None, 2, "before", note="nav-above: previous/next post links"),
 R(E+"/div[19]/div[4]", "Ähnliche Beiträge", 0, "after", amb=True, note="Jetpack related posts: heading only, filled by script"),
 R(A_+"/div[3]", None, 2, "after", note="nav-below: previous/next post links"),
 R(SB+"/li[2]", "Aktuelle Beiträge", 5, "outside", note="sidebar recent posts"),
 R(SB+"/li[8]", "Top Clicks", 10, "outside", amb=True, note="sidebar 'Top Clicks': most-clicked outbound links shown as truncated URLs"),
]
ctas=[
 C("donate", "So könnt ihr uns unterstützen: http://wakenews.net/html/sponsor.html", "inline", E+"/p[70]", amb=True, note="sponsor appeal line in the promo tail of the entry"),
 C("follow", "", "inline", E+"/p[95]", amb=True, note="Facebook badge image link in the promo tail ('Wake News jetzt auch via Facebook erreichbar')"),
 C("follow", "", "inline", E+"/p[98]", amb=True, note="Twitter badge image link in the promo tail ('Wake News jetzt auch auf Twitter')"),
 C("donate", "", "inline", E+"/p[127]", amb=True, note="sponsor image link in the promo tail"),
 C("other", "Bewerten:", "after", E+"/div[19]/div[1]", amb=True, note="Polldaddy star-rating block (script-filled)"),
 C("share", "Teilen mit: E-Mail Drucken Facebook Twitter Mehr Pocket Pinterest LinkedIn Tumblr Reddit", "after", E+"/div[19]/div[2]", note="Jetpack share buttons"),
 C("share", "", "after", E+"/div[19]/div[3]", amb=True, note="Jetpack like button wrapper (script-filled)"),
 C("comments", "29 Antworten zu NWO – PSYOP UNITEDWESTRIKE Radio-Marathon", "after", A_+"/div[4]", note="comments section: list (mostly pingbacks) and 'Kommentar verfassen' form"),
 C("newsletter", "Email Subscription Enter your email address to subscribe to this blog and receive notifications of new posts by email.", "outside", SB+"/li[6]", note="Jetpack e-mail subscription widget"),
 C("follow", "Wake News Twitter Meine Tweets", "outside", SB+"/li[9]", note="Twitter timeline widget"),
 C("follow", "Wake News", "outside", SB+"/li[10]", note="Facebook page box widget"),
 C("follow", "Wake News Player-Liste", "outside", SB+"/li[11]", amb=True, note="sidebar links to the radio's MP3/OGG streams"),
 C("share", "Veröffentlichen auf Abbrechen", "outside", "/html/body/div[3]", amb=True, note="hidden image-carousel reblog box"),
 C("share", "An E-Mail-Adresse senden", "outside", "/html/body/div[4]", amb=True, note="hidden share-by-email form"),
]
ads=[
 A(E+"/div[17]", "after", "WordAds (atatags) inread video slot after the content"),
 A(E+"/div[18]", "after", "empty WordAds atatags slot after the content"),
 A(SB+"/div", "outside", "empty WordAds atatags slot in the sidebar"),
]
