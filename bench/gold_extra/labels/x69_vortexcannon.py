from _dsl import *
FILE="scrapinghub/html/a860fb5eda1ac75df3bc95ba096ade649fdbb1bb566adb9fee3cb13e59f37604.html.gz"
COL="/html/body/div[3]/div[2]/div[2]/div/div"
ART=COL+"/article"
SB="/html/body/div[3]/div[2]/div[2]/div/aside/div[2]/div"
FT="/html/body/div[3]/footer/div[1]/aside"
# A small WordPress (Basel theme) game-developer blog post: update notes, a gallery, two 'Click here to get more
# information or download this game' lines (part of the ground-truth body). No ad code on the page. Breadcrumbs,
# the category link, the header/mobile menus, the 'Main Games'/'More Games'/'Useful links' footer menus, the
# empty shopping-cart side panel and the cookie bar are not labelled.
related=[
 R(COL+"/div[2]", None, 2, "after", note="Previous Post / Next Post links"),
 R(SB+"/div[1]", "Author’s column", 5, "outside", note="sidebar recent-posts widget with thumbnails and excerpts"),
]
ctas=[
 C("comments", "Leave a comment", "before", ART+"/header/div[2]/div[2]", amb=True, note="byline meta row: date, author, 'Leave a comment' link to #respond"),
 C("other", "Click here to get more information or download this game.", "inline", ART+"/div[1]/p[3]", amb=True, note="in-text link line to the games/download page (in the ground-truth body)"),
 C("other", "Click here to get more information or download this game.", "after", ART+"/div[1]/p[10]", amb=True, note="same download/info link line as the last body paragraph"),
 C("share", "Facebook Twitter Email Pinterest LinkedIn Odnoklassniki WhatsApp VKontakte Telegram", "after", ART+"/div[2]", note="share icons row under the article (liner-continer)"),
 C("share", "Facebook Twitter Email Pinterest LinkedIn Odnoklassniki WhatsApp VKontakte Telegram", "after", COL+"/div[1]", note="second, coloured share bar (single-post-social) below the article"),
 C("comments", "Leave a Reply Cancel reply You must be logged in to post a comment.", "after", COL+"/div[3]", note="comment form (login required)"),
 C("other", "Options", "outside", SB+"/div[2]", amb=True, note="sidebar 'Options' widget: image buttons Register / Join private club / Game translation"),
 C("other", "Polls Have you already played Dare to Play 3?", "outside", SB+"/div[3]", note="sidebar reader poll (wp-polls) promoting the game"),
 C("share", "Facebook Twitter Email Pinterest LinkedIn", "outside", FT+"/div[1]/div/div/ul", note="footer share icons (sharer links) under the logo"),
 C("subscribe", "Private Club Join Club Rewards List Club Page", "outside", FT+"/div[6]", amb=True, note="footer column promoting the paid private club"),
 C("contact", "Contact Me If you have any questions, please e-mail to", "outside", FT+"/div[8]", amb=True, note="footer contact column with e-mail address"),
 C("share", "", "outside", "/html/body/div[6]/div[2]/div[2]/div[2]", amb=True, note="hidden PhotoSwipe gallery-lightbox share modal (shown only in the image viewer)"),
]
ads=[]
