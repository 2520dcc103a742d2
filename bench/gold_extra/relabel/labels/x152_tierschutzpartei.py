from _dsl import *
FILE="trafilatura-eval/html/tierschutzpartei.de-wildvogelauffang.html.gz"
# Tierschutzpartei news post on a private wild-bird rescue station (WordPress 'ParteiMUT' theme). Second reading.
# Header: logo, election slogan images (not links), loose social/contact icon links + search + Landesverband
# lists; top nav; breadcrumbs; post with a Shariff share bar at the end of the entry content;
# sidebar of five image-button widgets; footer with a 'Mitglied werden' image, a five-column sitemap
# nav, copyright line (Impressum/Datenschutz/Shop links). No related block, no ads, no ad configuration.
# The closing line 'Homepage … Spendenkonto …' belongs to the station described, kept as body.
# Not labelled: top nav, LV lists, search, sidebar 'Unser Grundsatzprogramm' and 'Aktuelle Wahlen'
# buttons (site navigation), footer sitemap columns 1-4, shop link in the copyright line, cookie notice.
HS="/html/body/div[1]/header/div/div"
SB="/html/body/div[1]/div[3]/div/div[2]"
related=[]
ctas=[
 C("follow", "", "outside", HS+"/a[1]", amb=True, note="header RSS feed icon (loose in the header search/socials box)"),
 C("contact", "", "outside", HS+"/a[2]", amb=True, note="header contact icon linking to /partei/kontakt/"),
 C("follow", "", "outside", HS+"/a[3]", note="header Instagram icon"),
 C("follow", "", "outside", HS+"/a[4]", note="header YouTube icon"),
 C("follow", "", "outside", HS+"/a[5]", note="header Twitter icon"),
 C("follow", "", "outside", HS+"/a[6]", note="header Facebook icon (to the party's Facebook pages list)"),
 C("share", "teilen twittern teilen E-Mail", "after", "/html/body/div[1]/div[3]/div/div[1]/article/section/div/div", note="Shariff share buttons (Facebook, Twitter, WhatsApp, e-mail, info) at the end of the entry content"),
 C("donate", "Unterstützen & Spenden", "outside", SB+"/div[3]", note="sidebar image button: support & donate"),
 C("other", "Mach den Partei-Test", "outside", SB+"/div[4]", amb=True, note="sidebar image button to the party quiz"),
 C("subscribe", "Mitglied werden", "outside", SB+"/div[5]", note="sidebar image button: become a member"),
 C("subscribe", "", "outside", "/html/body/div[1]/footer/div/a[1]", note="footer 'Mitglied werden' image link to the membership application"),
 C("follow", "KontaktFacebookInstagramTwitterYouTubeRSS-Feed", "outside", "/html/body/div[1]/footer/div/nav/div/ul[5]", amb=True, note="last footer sitemap column: Kontakt + social profile links + RSS"),
]
ads=[]
