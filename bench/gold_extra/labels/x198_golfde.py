from _dsl import *
FILE="trafilatura-eval/html/golf.de-augusta.html.gz"
# golf.de (Deutscher Golf Verband) obituary article 'Elder: Aus dem Ghetto nach Augusta'. The header and the
# footer are empty web components filled by script (dgv-elements-navigation / -primary-navigation / -header,
# dgv-elements-include 'service/footer.html'); the article column holds kicker, title, byline, lead image, the text
# with image captions, and a 1/3-width column beside it with 'Mehr zum Thema' (one teaser). No ads (only GTM), no
# CTA in the HTML.
# Not labelled: the empty header/footer components (their content is unknown), image captions.
A="/html/body/main/section/article/div/div"
related=[
 R(A+"/div[2]/div[2]", "Mehr zum Thema", 1, "outside|after", note="'Mehr zum Thema' column beside the text (below it on small screens): one teaser 'Nicklaus – Mann der großen Worte'"),
]
ctas=[]
ads=[]
