from _dsl import *
FILE="trafilatura-eval/html/tafelblog.de.europa.html.gz"
M="/html/body/div[1]/div/div[1]"
SB="/html/body/div[1]/div/div[2]/ul"
related=[
 R(M+"/nav[1]", None, 1, "before", note="previous-post link above the article '← Aachen 1933 – 1945' (no next post)"),
 R(M+"/nav[2]", None, 1, "after", note="previous-post link below the article"),
 R(SB+"/li[2]", "Neue Beiträge", 3, "outside", note="sidebar recent posts (lists this post too)"),
 R(SB+"/li[3]", "wdr-zeitzeichen", 1, "outside", amb=True, note="sidebar RSS widget of an external podcast feed"),
 R(SB+"/li[4]", "Tagesschau", 3, "outside", amb=True, note="sidebar RSS widget with three external news headlines"),
 R(SB+"/li[5]", "EinesTages.de", 0, "outside", amb=True, note="sidebar RSS widget, feed empty"),
]
ctas=[
 C("follow", "", "outside", SB+"/li[1]", amb=True, note="sidebar image link to the blog's RSS feed"),
 C("share", "Facebook0Tweet0Email0Print0", "before", M+"/article/div[1]/div[1]", note="Shared Counts buttons before the content"),
 C("comments", "Schreibe einen Kommentar", "after", M+"/div", note="comment form"),
 C("share", "Share this Article Like this article? Email it to a friend!", "outside", "/html/body/div[2]", amb=True, note="hidden e-mail-a-friend share modal"),
]
ads=[]
