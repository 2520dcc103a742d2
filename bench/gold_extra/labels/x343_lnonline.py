from _dsl import *
FILE="trafilatura-eval/html/d51e75d9e53a472bb7708191899aa6b4.html.gz"
# LN-Online (Lübecker Nachrichten, Madsack 'pdb' layout) local story 'So lief die Auktion der Schätzchen von St. Johannes':
# empty GPT out-of-page and skyscraper slots; navbar (menu, search, login, market links incl. Abo/E-Paper/Newsletter) and
# main menu; breadcrumbs, RND logo; superbanner slot; article (share icons, date, 'Kostenlos bis 19:34 Uhr' badge, headline,
# intro, image + caption, body with a floated 'Medium' rectangle ad at its start, an embedded photo gallery 'Zur Galerie'
# (the event's own pictures: body), in-text ad containers, h2 sections, author line); bottom bar (Facebook/Twitter profile
# icons, mail, print, 'Newsletter abonnieren'); empty Nativendo and Taboola containers; 'Mehr aus Lübeck' (3 teasers);
# hidden most-read container; footer ad; footer (social icons, back-to-top, sitemap menu, legal links).
# Not labelled: menus (incl. their Abo/Newsletter links), login, breadcrumbs, the paid-content badge, the body's gallery,
# empty eztoc anchors, footer sitemap and legal links (incl. 'Kontakt').
S="/html/body/div[5]"
AB=S+"/div[4]/div[6]"
related=[
 R(S+"/div[8]", "Mehr aus Lübeck", 3, "after", note="'Mehr aus Lübeck' row of 3 local teasers under the article"),
 R(S+"/div[9]", None, 0, "after|outside", amb=True, note="hidden data-mostread container (most-read list filled by script)"),
]
ctas=[
 C("share", "", "before", S+"/div[4]/div[1]", note="article share icons (Facebook, Twitter, mail, font size) above the date"),
 C("follow", "", "after", S+"/div[5]", amb=True, note="bottom bar under the article: Facebook/Twitter profile icons, mail share, print, newsletter button (mixed row)"),
 C("newsletter", "Newsletter abonnieren", "after", S+"/div[5]/div/div[5]", note="'Newsletter abonnieren' button in the bottom bar"),
 C("follow", "", "outside", S+"/div[11]/div[1]/div[1]", note="footer social icons (Facebook, Twitter, YouTube, Instagram)"),
]
ads=[
 A("/html/body/div[1]", "outside", "empty #oms_gpt_outofpage slot"),
 A("/html/body/div[2]", "outside", "#oms_gpt_skyscraper slot (script)"),
 A(S+"/div[3]", "before|outside", "#oms_gpt_superbanner slot above the article"),
 A(AB+"/div[2]", "before", "floated 'Medium' 300x250 rectangle (digital placard, prebid) at the start of the body"),
 A(AB+"/div[3]/div[2]", "inline", "empty #oms_intext_container between paragraph 2 and the first h2"),
 A(AB+"/div[3]/div[3]", "inline", "empty #sdg_poster_holder (Ströer in-text poster) after #oms_intext_container", amb=True),
 A(AB+"/div[3]/div[4]", "inline", "empty #teads_intext_container before the last h2"),
 A(S+"/div[6]", "after", "empty #nativendo-under-article native-ad container"),
 A(S+"/div[7]", "after", "empty #taboola-below-article-thumbnails container (no heading)"),
 A(S+"/div[10]", "after|outside", "#div-gpt-footerad footer ad above the footer"),
]
