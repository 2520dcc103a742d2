from _dsl import *
FILE="trafilatura-eval/html/netbits.us.stunnel_rsync.html.gz"
# netbits.us hand-written 2004 HTML how-to 'Rsync + Stunnel 4.x': h1, 'Contents' list of in-page anchors, then h2 sections
# each with a blockquote of text/code (Purpose / Overview ... Testing), 'Credits / Resources' list of external reference
# links, 'TODO' list, 'Created / Last Modified' address line. No header, navigation, sidebar or footer chrome at all.
# No related blocks, no CTAs, no ads, no scripts.
# Not labelled: the 'Contents' table of contents; the 'Credits / Resources' section (the document's own numbered section
# listing its sources: references, not story recirculation); the 'please feel free to contact me' link inside the first
# paragraph (prose); the TODO list; the modified-date line.
related=[]
ctas=[]
ads=[]
