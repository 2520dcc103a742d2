from _dsl import *
FILE="trafilatura-eval/html/anchor.ch.lanka.html.gz"
# anchor.ch personal blog (WordPress, twenty8teen theme) post 'Ein Tag aus dem Leben eines Taugenichts oder die Leute
# von Sri Lanka': header (site title, 2-link menu); article (title, date/byline, text in two-column blocks with photos
# and a video, category/tag line, previous/next post links, 12 comments with the reply form); right sidebar ('About'
# author blurb with two links to overview pages, search, 'Neueste Beiträge', 'Neueste Kommentare'); footer (CC licence
# text, Jetpack 'Blog via E-Mail abonnieren' form, category list). No ads, no ad configuration.
# Not labelled: menu, category/tag line, the 'About' author blurb (its links go to overview pages, not stories),
# search, footer licence text and category list, hidden Gravatar hash divs.
AR="/html/body/main/div/article"
SB="/html/body/main/aside"
related=[
 R(AR+"/nav", "Beitrags-Navigation", 2, "after", note="previous / next post links (screen-reader heading 'Beitrags-Navigation')"),
 R(SB+"/div[3]", "Neueste Beiträge", 5, "outside", note="sidebar 'Neueste Beiträge': 5 latest posts (the third is this post itself)"),
 R(SB+"/div[4]", "Neueste Kommentare", 2, "outside", amb=True, note="sidebar recent comments: 5 'author bei <post>' entries on 2 posts"),
]
ctas=[
 C("comments", "12 Kommentare", "after", AR+"/div[2]", note="comment section: 12 comments and the 'Schreibe einen Kommentar' form"),
 C("newsletter", "Blog via E-Mail abonnieren Gib Deine E-Mail-Adresse an, um diesen Blog zu abonnieren", "outside", "/html/body/footer/div[2]", note="footer Jetpack e-mail subscription form"),
]
ads=[]
