from _dsl import *
FILE="wcxb/html/0435.html.gz"
# miod.online.fr (hand-written static HTML) OpenBSD story 'The scariest boot loader code': 'OpenBSD stories' title div,
# breadcrumb path (miod > software > OpenBSD > stories) with rule; content (h1, paragraphs separated by rules, code blocks,
# a list of steps, in-text links to hardware pages and commits); footer with a rule and an <address> holding the author's
# e-mail address as plain text (no link).
# No related blocks, no ads, no scripts.
# Not labelled: title div, breadcrumb, in-text links (body).
related=[]
ctas=[
 C("contact", "miod@online.fr", "outside", "/html/body/div[4]", amb=True, note="footer <address> with the author's e-mail address as plain text, no link, button or form (convention 2)"),
]
ads=[]
