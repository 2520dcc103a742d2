from _dsl import *
FILE="wcxb/html/4027.html.gz"
# NASA Scientific Visualization Studio page (Bootstrap): fixed top navbar, one article column (media cards + text), keywords,
# credits, related papers (plain URLs, not links: not labelled), 'Related'/'Sources' tile galleries, ajax 'You may also like...', footer. No ads.
ART="/html/body/main/div[2]/article"
related=[
 R(ART+"/section[1]/nav", None, 2, "before", note="previous/next page links above the title (20345: TROPICS..., 14113: IMERG...) plus a 'newest page' icon"),
 R(ART+"/section[5]/div/div[1]", "Related", 1, "after", note="related visualization tile: Increasingly Dangerous Climate for Agricultural Workers"),
 R(ART+"/section[5]/div/div[2]", "Sources", 2, "after", amb=True, note="tiles of the source visualizations this page is built from (wheat / maize yield pages)"),
 R(ART+"/section[7]", "You may also like...", 0, "after", amb=True, note="recommended pages gallery loaded by ajax (empty, with loader and 'No results.' placeholders)"),
]
ctas=[
 C("share", "ID: 4974", "before", ART+"/section[1]/div[2]/div/div/ul", note="meta row: ID badge, API link, copy-link, Twitter and Facebook share buttons"),
 C("share", "", "inline", ART+"/div/section[1]/div/div/div[2]/div/ul", amb=True, note="'Copy a link to this media item' button on the first video card"),
 C("share", "", "inline", ART+"/div/section[3]/div/div/div[2]/div/ul", amb=True, note="'Copy a link to this media item' button on the second video card"),
]
ads=[]
