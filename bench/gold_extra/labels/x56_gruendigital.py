from _dsl import *
FILE="trafilatura-eval/html/gruen-digital.de.jahrestagung.html.gz"
C_="/html/body/div[2]/div/div/div/div"
E=C_+"/div[3]"
related=[
 R(E+"/div[3]", None, 2, "after", note="previous/next post links"),
 R(E+"/div[4]", "Related Posts", 6, "after", note="related posts slider under the post"),
]
ctas=[
 C("share", "", "before|inline", E+"/div[1]", note="empty AddThis share bar (at-above-post) after the manual excerpt"),
 C("share", "", "after", E+"/div[2]", note="empty AddThis share bar (at-below-post)"),
 C("comments", "", "after", E+"/div[5]", amb=True, note="empty #comments area (comments closed / nothing rendered)"),
]
ads=[]
