from _dsl import *
FILE="trafilatura-eval/html/interscenar.io.hoeren.html.gz"
# Interscenario / FASSETTE.NET (Drupal, Bootstrap) opinion piece 'Was wir über uns nicht hören wollen': fixed navbar
# (Themen/Über Uns/Autoren/Suche/Impressum/Atom/RSS menu, separate Twitter/Facebook/Instagram/Pinterest nav); article
# column (header with headline/topic/blockquote/byline, text, tag line, 'Themen-Ressorts' line), share row 'Den Artikel
# mit anderen teilen/diskutieren:', comment-section header 'Diskussions-Runde zum Thema: … Debattieren Sie mit ...',
# comment form; article image column beside it; a grid of 30 article teasers below (no heading) with a 'Themen-Bereiche'
# section menu and a 'Neueste Leser-Kommentare' list of 6 recent comments mixed in; social icon row at the bottom.
# No ads, no ad configuration (Google Analytics only).
# Not labelled: top menu, tag and section lines, the 'Themen-Bereiche' menu and the recent-comments list inside the
# teaser grid (kept inside the feed block), the article image.
R2="/html/body/div[2]/div/section/div/div[2]"
COL=R2+"/div"
related=[
 R(R2+"/ul[2]", None, 30, "after|outside", note="grid of 30 article teasers (title, byline/date/comment count, headline, excerpt, image) below the article and image columns, no heading; holds a section menu and a recent-comments list"),
]
ctas=[
 C("follow", "Twitter Facebook Instagram Pinterest", "outside", "/html/body/header/div/div[2]/nav[2]", note="navbar social nav (Twitter, Facebook, Instagram, Pinterest), a separate nav beside the menu"),
 C("share", "Den Artikel mit anderen teilen/diskutieren:", "after", COL+"/div[2]", note="share row (Facebook, Twitter, Google+, link, Pinterest, e-mail icons) under the text"),
 C("comments", "Was wir über uns nicht hören wollen | FASSETTE.NET Falscher Aktionismus ist schlimmer als Keiner", "after", COL+"/div[3]", amb=True, note="comment-section header repeating title/byline, 'Diskussions-Runde zum Thema:' and 'Debattieren Sie mit ...' (no comments yet)"),
 C("comments", "Ihr Name E-Mail", "after", COL+"/div[4]", note="comment form (name, e-mail, homepage, comment, 'Vorschau')"),
 C("follow", "", "after|outside", "/html/body/div[2]/div/section/div/div[3]", note="row of large social icons (Facebook, Instagram, Pinterest, Twitter) at the bottom of the page"),
]
ads=[]
