from _dsl import *
FILE="wcxb/html/0450.html.gz"
# Colin Watson's blog (Pelican, m.css theme) post 'Preparing a transition in Debusine': header (blog-name link only); main
# row: article column (h1 with date, the text: intro with links to the Freexian blog and the announcement, quoted
# DebConf talk, 'Setup', 'Iteration' with a dput code block and three screenshots, 'Conclusions' closing with the
# sentence 'If this has got you interested, please try it out for yourself and let us know how it goes.' (links to the
# Debian wiki page and its help section); 'Comments' section (Fediverse/Mastodon reply explanation, 'Learn how this is
# implemented here.', 'Load comments' button, comments-wrapper a script fills from the Mastodon post); post footer
# 'Posted by Colin Watson on 2025-12-18 in debusine. Tags: ...') and right nav panel ('Categories' list of ten, 'Tag
# cloud'); footer nav ('Social' column: Twitter / RSS feed; 'Support me' column: Liberapay; an empty column; 'Blog'
# column of the ten categories; 'Powered by Pelican and m.css'). No ads, no ad configuration, no related block.
# Not labelled: header blog-name link, links on terms inside ordinary sentences of the text (Debusine, Freexian blog,
# debian-devel-announce, DebConf25 talk, Debian wiki, Pylint, workflows, astroid, autopkgtest, trends: other sites'
# pages, none a pointer to another post), the post footer's author/category/tag links, the 'Categories' list and 'Tag
# cloud' (category/tag lists), the empty footer column, the footer 'Blog' category column (a directory, 6), the
# 'Powered by' line.
AR="/html/body/main/div/div/article"
FN="/html/body/footer/nav/div/div[1]"
related=[]
ctas=[
 C("other", "If this has got you interested, please try it out for yourself and let us know how it goes.", "after", AR+"/p[23]", amb=True, note="closing sentence of the text: 'try it out for yourself' (Debian wiki page of the service) and 'let us know how it goes' (its help section); an ordinary closing sentence holding the ask links (10.1: amb; two asks, so `other`)"),
 C("comments", "Comments With an account on the Fediverse or Mastodon, you can respond to this post.", "after", AR+"/section", note="'Comments' section under the text: Mastodon reply explanation, 'Load comments' button and the comments-wrapper a script fills"),
 C("follow", "Social Twitter RSS feed", "outside", FN+"/div[1]", note="footer 'Social' column: the author's Twitter profile and the blog's RSS feed (a headed column whose links all serve following, 9.7; the kind of a feed link is open, x741)"),
 C("donate", "Support me Liberapay", "outside", FN+"/div[2]", note="footer 'Support me' column: one Liberapay donate link"),
]
ads=[]
