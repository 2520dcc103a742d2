from _dsl import *
FILE="trafilatura-eval/html/creeny.wordpress.com.nebelsuppe.html.gz"
# creeny.wordpress.com personal blog post 'Nebelsuppe.' (Freitagsfüller blog project; WordPress.com theme). Header with
# title and page menu; post: date badge, title, meta, entry (photo + project badge image linking to the host post,
# seven numbered answers, photo), Jetpack likes, entry footer (categories, comment link, author box), previous/next
# post nav, comment form; sidebar: mail button, 'Was ich liebe…' text, search, Blogprojekte menu, blog-project and
# blogroll badges (12 von 12, LINKwithlove, Read the Printed Word), archive dropdown, calendar, CC licence; cookie
# banner. No ads.
# Not labelled: page menu, Freitagsfüller badge image inside the entry (part of the post), categories, author box
# and its 'Zeige alle Beiträge' link, sidebar text/search/project menu/archive/calendar/licence, sidebar badges
# (blog-project and blogroll image links), cookie banner, hidden likers popup.
C_="/html/body/div/div[1]/div/div/div[1]/div[1]"
ART=C_+"/article"
related=[
 R(C_+"/nav", "Beitragsnavigation", 2, "after", note="nav-single: 'Vorheriger Beitrag' / 'Nächster Beitrag'"),
]
ctas=[
 C("other", "Gefällt mir: Liken Lade …", "after", ART+"/div[3]/div", amb=True, note="Jetpack likes widget (jp-post-flair) at the end of the entry"),
 C("comments", "Hinterlasse einen Kommentar", "after", ART+"/footer/div[1]/span[3]", amb=True, note="comment link in the entry meta row"),
 C("comments", "Wortspuren hinterlassen... Antwort abbrechen Gib hier deinen Kommentar ein ...", "after", C_+"/div", note="comment form ('Wortspuren hinterlassen…')"),
 C("contact", "", "outside", "/html/body/div/div[1]/div/div/div[2]/div/aside/div/div[1]", note="sidebar mail button image (mailto link)"),
]
ads=[]
