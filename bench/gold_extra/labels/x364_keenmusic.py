from _dsl import *
FILE="wcxb/html/1651.html.gz"
# Keen School of Music (Wix blog) post 'Why Music Lessons Are the Best Form of Self-Care for Kids, Teens, and Adults': site
# header menu (HOME, Music Lessons, Programs+Classes, The Team, Policies, Events, Contact, Blog); blog header (All Posts,
# search); empty app slot placeholders; post (title, author/date/read time, 'More actions' button, rich-content text ending
# with 'Are you ready to start your self care session?' paragraph, then 'CONTACT INFO' phone/e-mail/website lines and
# 'BOOK YOUR FIRST LESSON' + 'Book Now' booking button as loose blocks), post footer (tags, share buttons Facebook/X/
# LinkedIn/link/print, empty stats); 'Recent Posts' (3, 'See All'); pinnedBottomRight container holding the Wix Chat iframe; site footer
# (CONTACT US phone/e-mail, VISIT US hours, 'Follow us' social bar). No ads, no ad configuration.
# Not labelled: menus (incl. Contact), blog header, tags, empty slot placeholders, the 'BOOK YOUR FIRST LESSON' heading
# line (sibling of the Book Now button), VISIT US column.
P="/html/body/div/div/div[3]/div/main/div/div/div[2]/div/div/div/section/div[2]/div/div/div/div/div/div/div[2]/div[3]/div[2]/div[3]"
A=P+"/div[1]/div/div/article/div"
RC=A+"/section/div/div/div/div/div/div[2]"
FC="/html/body/div/div/div[3]/div/footer/div[2]/div[2]/div/div/section/div[2]"
related=[
 R(P+"/div[2]", "Recent Posts", 3, "after", note="'Recent Posts' (See All) with 3 post cards under the post"),
]
ctas=[
 C("share", "", "before", A+"/header/div/div/div[2]/div", amb=True, note="'More actions' (…) button in the post meta line (share/link menu)"),
 C("contact", "CONTACT INFO", "after", RC+"/div[141]", note="'CONTACT INFO' line after the closing paragraph; phone, e-mail and website lines follow as sibling blocks div[143]-div[147]"),
 C("other", "Book Now", "after", RC+"/div[153]", note="'Book Now' booking button (WellnessLiving appointment link) at the end of the post, under the sibling 'BOOK YOUR FIRST LESSON' line"),
 C("share", "", "after", A+"/footer/div/div/section[2]", note="post share buttons (Facebook, X, LinkedIn, link, print) under the tags"),
 C("contact", "CONTACT US Phone number 615 682 4939 Email keenschoolofmusic@gmail.com", "outside", FC+"/div[1]", amb=True, note="footer 'CONTACT US' column (phone, e-mail)"),
 C("follow", "Follow us", "outside", FC+"/div[3]", note="footer 'Follow us' column with social bar icons"),
 C("contact", "", "outside", "/html/body/div/div/div[3]/div/div", note="pinned bottom-right Wix Chat iframe (iframe[aria-label='Wix Chat'], the same widget x306 labels a plain contact)"),
]
ads=[]
