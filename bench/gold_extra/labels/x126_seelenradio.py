from _dsl import *
FILE="trafilatura-eval/html/seelenradio.de.leo.html.gz"
C_="/html/body/div/div[2]"
SB="/html/body/div/div[3]/ul"
# Small personal WordPress blog (theme Greenery): header menu, one short post (two photos), the comments area
# ('No Response so far', comment RSS/trackback line, 'Say your words' form), a sidebar (search, recent comments
# with PHP warnings, categories, blogroll 'verlinkt', archives, feeds, misc) and a one-line footer. No ad slots.
# Not labelled: the in-text link 'Nummer eins' (part of the sentence), categories, archive, the blogroll of friends'
# first names, the 'Misc' login/licence links, search form, footer credits.
related=[
 R(SB+"/li[2]", "Neueste Kommentare", 5, "outside", amb=True, note="sidebar recent comments: commenter names linking to comments on 5 other posts (plugin PHP warnings in between)"),
]
ctas=[
 C("comments", "No Response so far »", "after", C_+"/h2[1]", amb=True, note="comment-count heading (#comments) with a jump link to the form; no comments"),
 C("follow", "Comment RSS · TrackBack URI", "after", C_+"/p", amb=True, note="comment feed + trackback link line under the comment count"),
 C("comments", "Name (required) E-mail (required, hidden to public) URI (your blog or website)", "after", C_+"/form", note="comment form; its heading 'Say your words' is the sibling h2#postcomment"),
 C("follow", "Feeds Entries RSS Comments RSS", "outside", SB+"/li[6]", amb=True, note="sidebar 'Feeds' box (entries/comments RSS)"),
]
ads=[]
