from _dsl import *
FILE="trafilatura-eval/html/modepilot.de.duschkopf.html.gz"
# Modepilot fashion blog (Next.js, styled-components), single post: header image, author avatar, title, meta line
# with a '10 Kommentare' link, text ending with 'Photo Credit', share buttons, 'Ähnliche Beiträge' (3 posts),
# comment form and comment list. Header: image nav bar and a hidden burger menu (social icons, search, nav copy,
# meta links). No ad slot (googletagmanager is analytics only; 'Newsletter' only in a CSS class name).
# Not labelled: image nav (incl. 'Insta' link among nav items), burger-menu nav copy and meta links (Kontakt,
# Work with us), footer links, category link in the meta line, comment list.
A_="/html/body/div/div/div/div/article"
MN="/html/body/div/div/header/div[2]"
related=[
 R(A_+"/div[2]", "Ähnliche Beiträge", 3, "after", note="three related posts with image, teaser and 'Weiterlesen...'"),
]
ctas=[
 C("follow", "Facebook icon", "outside", MN+"/a[1]", amb=True, note="burger-menu Facebook link (hidden slide-in menu, loose links without own container)"),
 C("follow", "Instagram icon", "outside", MN+"/a[2]", amb=True, note="burger-menu Instagram link"),
 C("follow", "Pinterest icon", "outside", MN+"/a[3]", amb=True, note="burger-menu Pinterest link"),
 C("follow", "Twitter icon", "outside", MN+"/a[4]", amb=True, note="burger-menu Twitter link"),
 C("comments", "10 Kommentare", "before", A_+"/div[1]/div[1]/ul/li[4]", amb=True, note="comment-count link in the post meta line"),
 C("share", "", "after", A_+"/div[1]/div[3]", note="Facebook/Twitter/WhatsApp share buttons under the text"),
 C("comments", "Kommentare Dein Kommentar Dein Name Deine E-Mail (bleibt natürlich unter uns) Website (optional) Senden", "after", A_+"/section", note="comment section: form and 5 threads"),
]
ads=[]
