from _dsl import *
FILE="trafilatura-eval/html/scienceblogs.de-zufaellig.html.gz"
# ScienceBlogs.de (WordPress network, Konradin) blog 'Mathlog', post 'Münzwürfe sind nicht zufällig': empty partner nav
# (commented out), iq digital ad frame at the top (iqadtile1 top, iqadtile20 left, iqadtile2 right), header (blog switcher,
# nav Blogs/Blogger/eMagazines/Jobs/Shop + hidden blogs overlay, Facebook/Twitter icons, topic nav, mobile nav), iqadtile3
# under the header; post (breadcrumbs, title, 'Von Thilo / date / Keine Kommentare' + AddThis share, text with iqadtile4
# after the first paragraph, empty Flattr button paragraph, empty ad-mrec_pos2, tags + AddThis share), empty ad-momrec,
# 'Kommentieren' comment form (no comments); sidebar (search, 'Abonnieren' RSS2/Atom, iqadtile8, 'Mathlog' blogger note,
# 'Neueste Beiträge' 6, 'Letzte Kommentare' 5, 'Top Posts from WordPress stats' 10, archive, categories, meta, iqadtile9,
# 'Anzeige' wissenschaft-shop iframe); iqadtile16 above the footer; footer link menus and copyright.
# Not labelled: navs (incl. 'Shop' menu link and blogs overlay), blog switcher, breadcrumbs, tags, search, 'Mathlog'
# blogger text widget, archive, categories, meta widget, footer menus, the hidden empty div at the end.
H="/html/body/div[2]/div[1]/div[2]"
CT="/html/body/div[2]/div[2]/div/div[1]"
P=CT+"/div[2]"
SB="/html/body/div[2]/div[2]/div/div[2]"
related=[
 R(SB+"/div[5]", "Neueste Beiträge", 6, "outside", note="sidebar 'Neueste Beiträge' 6 teasers with excerpts (the first is this post)"),
 R(SB+"/div[6]", "Letzte Kommentare", 4, "outside", amb=True, note="sidebar recent comments: 5 'name bei <post>' entries on 4 posts"),
 R(SB+"/div[7]", "Top Posts from WordPress stats", 9, "outside", note="sidebar 'Top Posts from WordPress stats' 10 links (9 distinct posts, this post twice)"),
]
ctas=[
 C("follow", "", "outside", H+"/div[2]/div[3]", note="header Facebook / Twitter icons"),
 C("comments", "Keine Kommentare", "before", P+"/div[2]/a", amb=True, note="'Keine Kommentare' comment-count link in the byline"),
 C("share", "Teilen: Mehr", "before", P+"/div[2]/div", note="AddThis share buttons in the byline"),
 C("donate", "", "after", P+"/div[3]/div/p[4]", amb=True, note="empty Flattr button paragraph at the end of the text (filled by script)"),
 C("share", "Teilen: Mehr", "after", P+"/div[5]/div[2]", note="AddThis share buttons in the post footer beside the tags"),
 C("comments", "Kommentieren Antwort löschen", "after", CT+"/div[4]", note="'Kommentieren' comment form (empty reply list)"),
 C("follow", "Abonnieren Abonnieren mit: RSS2 Atom Mit einem Feedreader abonnieren", "outside", SB+"/div[2]", amb=True, note="sidebar 'Abonnieren' widget: RSS2 / Atom feed links"),
]
ads=[
 A(H+"/div[1]/div/div[1]", "before|outside", "iqd_topAd: iqadtile1 (AdController) leaderboard at the top"),
 A(H+"/div[1]/div/div[2]", "outside", "iqd_leftAd: iqadtile20 (left skyscraper)"),
 A(H+"/div[1]/div/div[3]", "outside", "iqd_rightAd: iqadtile2 (right skyscraper)"),
 A(H+"/div[3]", "before|outside", "iqadtile3-wrapper under the header"),
 A(P+"/div[3]/div/div", "inline", "code-block with iqadtile4 after the first paragraph"),
 A(P+"/div[4]", "after", "empty ad-mrec_pos2 div after the text, before tags/share"),
 A(CT+"/div[3]", "after", "empty ad-momrec div between post and comment form"),
 A(SB+"/div[3]", "outside", "sidebar sb-ad with iqadtile8 (sidebar-ad-top)"),
 A(SB+"/div[11]", "outside", "sidebar sb-ad with iqadtile9 (sidebar-ad-bottom)"),
 A(SB+"/div[12]", "outside", "sidebar 'Anzeige' label + 300x250 wissenschaft-shop affiliate iframe"),
 A("/html/body/div[2]/div[3]/div[1]", "after|outside", "iqadtile16 above the footer"),
]
