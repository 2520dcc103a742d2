from _dsl import *
FILE="trafilatura-eval/html/mywakenews.wordpress.com.psyop.html.gz"
# mywakenews.wordpress.com post (WordPress.com, Twenty Ten theme): prev/next nav above and below the post, a very long
# entry-content (the post, then the blog's standing promo tail: T-shirt/sticker shop, support, Facebook/Twitter,
# radio streams, DVD list; then an appendix with sources, a quoted netzfrauen article (the eval 'with' snippets reach
# into it) and bare-URL lists of earlier own posts), WordAds slots, Jetpack rating/share/likes/related, author box,
# comments with 29 replies/pingbacks; sidebar widgets; hidden share/reblog forms.
# Placement: the promo paragraphs sit between the post text and the appendix, which the source keeps as body: inline.
# Not labelled: header menu (its 'DVDs/CDs bestellen!' page link), tag list, archives, categories, Meta, tag cloud,
# search, 'Top Clicks' outbound link list, author box ('Zeige alle Beiträge'), the embedded external-article cards and
# the bare-URL paragraphs of sources / own earlier posts inside the appendix (cited in the author's text), cookie
# banner, the hidden likes-gravatars popup, footer WordPress.com credit.
P="/html/body/div[1]/div[2]/div[1]/div"
E=P+"/div[2]/div[2]"
SB="/html/body/div[1]/div[2]/div[2]/ul"
related=[
 R(P+"/div[1]", None, 2, "before", note="previous/next post links above the post (nav-above)"),
 R(P+"/div[3]", None, 2, "after", note="previous/next post links below the post (nav-below)"),
 R(E+"/div[19]/div[4]", "Ähnliche Beiträge", 0, "after", amb=True, note="Jetpack related posts, heading only (items loaded by script)"),
 R(SB+"/li[2]", "Aktuelle Beiträge", 5, "outside", note="sidebar recent posts widget"),
]
ctas=[
 C("other", "JETZT SOFORT ZU BESTELLEN! UNTERSTÜTZT DIESE KAMPAGNE", "inline", E+"/p[44]", amb=True, note="start of the in-post T-shirt shop promo (order at laufteufel.de, p[54])"),
 C("donate", "So könnt ihr uns unterstützen: http://wakenews.net/html/sponsor.html", "inline", E+"/p[70]", amb=True, note="in-post support/sponsor link line"),
 C("other", "Ab sofort! Unser neuer Wake News Aufkleber zu bestellen:", "inline", E+"/p[71]", amb=True, note="in-post sticker order promo (details and prices follow in p[72]-p[83])"),
 C("follow", "Wake News jetzt auch via Facebook erreichbar (Nutzer von Wake News):", "inline", E+"/p[94]", amb=True, note="in-post Facebook page pointer (URL in p[96])"),
 C("follow", "Wake News jetzt auch auf Twitter: (Das System mit den eigenen Waffen schlagen!)", "inline", E+"/p[97]", amb=True, note="in-post Twitter pointer (URL in p[99])"),
 C("share", "Bitte verlinkt unsere Seite bei euch oder helft uns unsere Infos zu verteilen,", "inline", E+"/p[124]", amb=True, note="in-post request to link the site / spread stickers"),
 C("other", "Umfrage zum Cover der “Best of Detlev”, Volume 1 “Missstände” (hier mitstimmen!)", "inline", E+"/p[125]", amb=True, note="in-post poll link"),
 C("other", "http://wakenews.net/html/dvd-cd_-_bestellliste.html", "inline", E+"/div[2]", amb=True, note="in-post DVD/CD order list link"),
 C("other", "Bewerten:", "after", E+"/div[19]/div[1]", amb=True, note="Jetpack/Polldaddy star-rating block (empty, script-filled)"),
 C("share", "Teilen mit: E-Mail Drucken Facebook Twitter Mehr", "after", E+"/div[19]/div[2]", note="Jetpack share buttons"),
 C("other", "Gefällt mir: Gefällt mir Wird geladen...", "after", E+"/div[19]/div[3]", amb=True, note="Jetpack like button widget"),
 C("comments", "29 Antworten zu NWO – PSYOP UNITEDWESTRIKE Radio-Marathon", "after", P+"/div[4]", note="comment list (reblog notes, pingbacks) and reply form"),
 C("newsletter", "Email Subscription Enter your email address to subscribe to this blog and receive notifications of new posts by email.", "outside", SB+"/li[6]", note="sidebar Jetpack e-mail subscription widget"),
 C("follow", "Wake News Twitter", "outside", SB+"/li[9]", note="sidebar Twitter timeline widget (script-rendered)"),
 C("follow", "Wake News", "outside", SB+"/li[10]", note="sidebar Facebook page box"),
 C("other", "Wake News Player-Liste Wake News (c) Radio MP3: 160kbit | 96kbit | 32kbit", "outside", SB+"/li[11]", amb=True, note="sidebar list of the site's radio/music stream links"),
 C("share", "Veröffentlichen auf Abbrechen", "outside", "/html/body/div[3]", amb=True, note="hidden image-carousel reblog form"),
 C("share", "An E-Mail-Adresse senden Dein Name Deine E-Mail-Adresse", "outside", "/html/body/div[4]", amb=True, note="hidden 'share by e-mail' form (display:none)"),
]
ads=[
 A(E+"/div[17]", "after", note="WordAds video slot atatags-370373 (initVideoSlot) at the end of the post"),
 A(E+"/div[18]", "after", note="WordAds dynamic slot atatags-26942 (location 120, label 'Werbeanzeigen') below the post"),
 A(SB+"/div", "outside", note="WordAds dynamic slot atatags-286348 (location 140) at the end of the sidebar"),
]
