from _dsl import *
FILE="trafilatura-eval/html/knowledge-on-air.de.koa039.html.gz"
# Knowledge on Air (WordPress.com podcast blog, Twenty Eleven theme) post 'KOA039 Live vom KnowledgeCamp 2019': header
# (site title, header image, search, nav Startseite / Abonnieren / Impressum), post navigation above the post ('← Vorherige'),
# post (title, date/author, one paragraph, audio player + mp3 link), Jetpack post flair (share buttons, like button, empty
# 'Ähnliche Beiträge' related-posts container), entry footer (category/tags, permalink, 'Über Simon Dückert' author box),
# 'Kommentar verfassen' comment form; footer 'Bloggen auf WordPress.com.'; likes master iframe and hidden likers popover.
# No ads, no ad configuration.
# Not labelled: nav (incl. the 'Abonnieren' menu link), search, category/tag line, author box with 'Zeige alle Beiträge'
# link, footer credit, the likes master iframe and the '%d Bloggern gefällt das' popover (like-widget machinery).
CT="/html/body/div[1]/div/div/div"
FL=CT+"/article/div/div"
related=[
 R(CT+"/nav", "Beitragsnavigation", 1, "before", note="post navigation above the post, only '← Vorherige' (previous podcast episode); next slot empty"),
 R(FL+"/div[3]", "Ähnliche Beiträge", 0, "after", amb=True, note="Jetpack related-posts container with its heading, no items (filled by script)"),
]
ctas=[
 C("share", "Sharen mit: Twitter Facebook Flattr", "after", FL+"/div[1]", note="Jetpack share buttons under the text"),
 C("share", "Gefällt mir: Liken Lade …", "after", FL+"/div[2]", note="Jetpack 'Gefällt mir' like button"),
 C("comments", "Kommentar verfassen Antwort abbrechen", "after", CT+"/div", note="'Kommentar verfassen' comment form (with e-mail follow-up / new-post subscription checkboxes)"),
]
ads=[]
