from _dsl import *
FILE="wcxb/html/0122.html.gz"
# instructables.com project page (server HTML only: header/site announcements and the comments/recommendations
# footer are empty React portals). Contest promos top and right, author promo in the intro step.
IC="/html/body/main/div[2]/div[1]"
AR=IC+"/article"
AP=AR+"/div/section[1]/div[2]"
related=[
 R(AP+"/div[2]", "More by the author:", 3, "before", note="three thumbnail links to the author's other projects in the author promo above the intro text"),
]
ctas=[
 C("other", "", "before", AR+"/header/div[1]", amb=True, note="promo-top contest banner (Make it Spin contest) with a hide icon, above the title"),
 C("comments", "51,967 52 6", "before", AR+"/header/div[2]/div[2]", amb=True, note="header stats: views, favorites, comment-count link to the comments portal"),
 C("share", "", "before", AR+"/header/div[3]/div[2]", amb=True, note="empty ible-actions-portal (favorite/share actions, script-filled)"),
 C("follow", "By MixmasterFred ebenisterie Frederic Lauziere Follow", "before", AP+"/div[1]", note="author byline with Follow button in the author promo"),
 C("comments", "", "after", "/html/body/main/div[2]/div[2]", amb=True, note="empty ible-footer-portal (comments section, script-filled; the comment count links here)"),
 C("other", "", "outside", IC+"/div", amb=True, note="promo-side sticky 300x600 contest promo image with a hide icon (right rail)"),
 C("follow", "Find Us", "outside", "/html/body/footer/div[1]/div[5]", note="footer 'Find Us' Instagram/TikTok icons"),
]
ads=[]
