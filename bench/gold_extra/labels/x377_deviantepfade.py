from _dsl import *
FILE="trafilatura-eval/html/deviante-pfade.de.unbefriedigt.html.gz"
# deviante-pfade.de (WordPress Origin theme) blog post 'Unbefriedigt': header (branding, 3-link menu incl.
# 'Newsletter', tagline, breadcrumb); title, byline, photo, text with two h2 sections and a list; YARPP 'Related
# posts:' list at the end of entry-content; tags; comment form (no comments; Jetpack e-mail notification boxes);
# previous/next post links; sidebar (search, 'Neueste Kommentare', 'Beliebteste Beiträge', 'Themen' categories,
# 'Meta'); footer copyright; cookie notice and its popover.
# No ads, no ad configuration. Not labelled: header menu (its 'Newsletter' link is one of three nav links),
# breadcrumb, tags, sidebar search/categories/meta, cookie notice.
C1="/html/body/div[1]/div/div[2]/div[1]"
SB="/html/body/div[1]/div/div[2]/div[2]"
related=[
 R(C1+"/div[1]/div[1]/div/div[2]/div[2]", "Related posts:", 3, "after", note="YARPP related posts list closing the entry content"),
 R(C1+"/div[2]", None, 2, "after", note="previous/next post links ('Rückblick auf das Blog-Jahr 2019', 'Verlangen in Worte fassen …')"),
 R(SB+"/section[2]", "Neueste Kommentare", 4, "outside", amb=True, note="sidebar recent comments widget: 5 'X bei <post>' lines linking 4 posts"),
 R(SB+"/section[3]", "Beliebteste Beiträge", 5, "outside", note="sidebar top posts widget"),
]
ctas=[
 C("comments", "Hinterlasse ein Kommentar Klicke hier um den Kommentar abzubrechen.", "after", C1+"/div[1]/div[2]", note="comment template with reply form (no comments yet), incl. e-mail notification checkboxes"),
]
ads=[]
