from _dsl import *
FILE="wcxb/html/0398.html.gz"
F="/html/body/table/tr/td[1]/fieldset"
# A personal blog post (static generator aikakirja, table layout): title band, the post in a fieldset (legend title,
# date, div.body with 'Day N' h1 sections, tags line) followed by an 'Add A Comment' h3 and the comment form in a
# blockquote; right column with Search (posts-per-page), Archive by month, Tags cloud and 'Special' links (All book
# reviews, All film reviews). Not labelled: the archive, tag cloud and tag line, the 'Special' index links, search,
# in-text links (puzzle days, Codeberg, was.tl), the generator credit. No related block (no previous/next links), no
# share or follow widget, no ad slots.
related=[]
ctas=[
 C("comments", "Your Name Your Email Your Comment Note that I will only approve comments that relate to the blog post itself", "after", F+"/blockquote", note="comment form (the 'Add A Comment' h3 is a sibling)"),
]
ads=[]
