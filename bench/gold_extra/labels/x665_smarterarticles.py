from _dsl import *
FILE="wcxb/html/2722.html.gz"
# Human in the Loop (smarterarticles.co.uk, a write.as blog) post 'AI Trains on Your Art: Three Models That Could Pay You
# Back': header (blog title, empty nav); article (h2 title, date, text with h2 sections, 'References & Sources' list of
# 40 external sources, rule, author box with photo, 'Tim Green' bio, ORCID and e-mail links, then a 'Discuss...' link to
# the post's remark.as discussion page); footer 'published with write.as'.
# No related block and no ad slot on the page.
# Not labelled: blog title, 'References & Sources' citation list (sources, not related stories), author bio box (incl. its
# ORCID / e-mail line: author bio), 'published with write.as' line.
related=[]
ctas=[
 C("comments", "Discuss...", "after", "/html/body/article/div/p[72]", note="'Discuss...' link on its own line at the end of the post, opening the remark.as discussion of the post"),
]
ads=[]
