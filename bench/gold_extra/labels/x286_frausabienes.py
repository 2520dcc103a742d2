from _dsl import *
FILE="trafilatura-eval/html/frau-sabienes.de.konsumsparen.html.gz"
# Frau Sabienes sagt (WordPress blog) post 'Mein Motto Konsumsparen: Fazit, Erkenntnisse und meine Pläne für 2020':
# fixed top nav (Startseite / About me / Kontakt / Impressum / Datenschutz / Werbung), site title; article (title, meta with
# comment-count link, empty 'hinweis' div, image, text with TOC and h3/h4 sections ending 'Berühmte letzte Worte', then
# 'Vorschau auf den nächsten Artikel' teaser for a post on her other blog, image, photo credit h6, Pinterest save button,
# shariff share buttons, 'Dies passt zum Thema:' related posts, 'Zusammenfassung' schema box, category/tags footer),
# prev-post nav, comments (4) + reply form; sidebar (search, about text, 'Hier bin ich auch noch unterwegs' social links,
# 'Letzte Artikel', recent comments, 'Besonders beliebte Artikel', AdSense 'Werbung', 'Meine Buchtipps' page links,
# 'Meine anderen Blogs' menu, AdSense 'Schon wieder Werbung', archive dropdown, 'Aufgelistet:' bloglovin/Bloggerei badges);
# footer copyright. Cookie box only inside scripts.
# Not labelled: navs (incl. 'Kontakt' / 'Werbung' menu links), TOC, empty 'hinweis' div, 'Zusammenfassung' schema box,
# category/tag footer, sidebar search/about text/archive, 'Meine anderen Blogs' menu (links to her three other blogs).
E="/html/body/div/div/div/div/div[1]"
AC=E+"/main/article/div"
SB="/html/body/div/div/div/div/div[2]"
related=[
 R(AC+"/p[10]", "Vorschau auf den nächsten Artikel", 1, "after", amb=True, note="'Vorschau auf den nächsten Artikel' (h3 sibling before it): teaser for an upcoming review on her other blog, linking to the blog's home page (excluded from the body by the eval data)"),
 R(AC+"/div[4]", "Dies passt zum Thema:", 6, "after", note="wp_rp related posts with thumbnails at the end of the entry content"),
 R(E+"/div[1]", None, 1, "after", note="post navigation ('Zurück' to the previous post)"),
 R(SB+"/aside[4]", "Letzte Artikel", 5, "outside", note="sidebar recent posts (the first is this post)"),
 R(SB+"/aside[5]", "Kommentare", 5, "outside", amb=True, note="sidebar recent-comments widget (commenter + post link); a comment list more than stories"),
 R(SB+"/aside[6]", "Besonders beliebte Artikel", 7, "outside", note="Top-10 popular posts widget"),
 R(SB+"/aside[8]", "Meine Buchtipps", 8, "outside", amb=True, note="sidebar list of her book-tip pages (topic-page link list)"),
]
ctas=[
 C("comments", "4 Kommentare", "before", E+"/main/article/header/div/h5/a[2]", amb=True, note="comment-count link in the entry meta"),
 C("share", "", "after", AC+"/p[12]", amb=True, note="Pinterest 'save' button (buttonBookmark, filled by script) after the photo credit"),
 C("share", "Bitte teile diesen Beitrag:", "after", AC+"/div[3]", note="shariff share buttons (Facebook, Twitter, Pinterest …) at the end of the text"),
 C("comments", "4 Gedanken zu", "after", E+"/div[2]", note="comments section: 4 comments and the 'Schreibe einen Kommentar' form"),
 C("follow", "Hier bin ich auch noch unterwegs: Facebook Twitter Pinterest Instagram", "outside", SB+"/aside[3]", note="sidebar social profile links"),
 C("follow", "Aufgelistet:", "outside", SB+"/aside[12]", amb=True, note="sidebar bloglovin follow widget + Bloggerei.de badge"),
]
ads=[
 A(SB+"/aside[7]", "outside", "sidebar widget 'Werbung' with an AdSense ins (auto format)"),
 A(SB+"/aside[10]", "outside", "sidebar widget 'Schon wieder Werbung' with an AdSense link-unit ins"),
]
