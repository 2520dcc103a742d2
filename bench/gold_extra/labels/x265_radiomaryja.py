from _dsl import *
FILE="trafilatura-eval/html/Sprzeciw wobec ataków na Fundację Lux Veritatis – RadioMaryja.pl.html.gz"
# RadioMaryja.pl (Enfold WordPress theme) news item 'Sprzeciw wobec ataków na Fundację Lux Veritatis'. Header: social
# icons, network menu (Radio Maryja, TV Trwam, ...), logo + main menu. Breadcrumbs. Main: image, empty custom-HTML
# widget areas (before content, before text, after content, after tags), title + meta, text with two bracketed
# '[czytaj więcej]' / '[więcej]' links closing paragraphs, a quote, an embedded tweet, 'RIRM', print button; tags,
# 'Udostępnij' share box; 'Zobacz także' related grid (8). Sidebar: 'Najnowsze' (15), 'Audio' (5), 'Teraz na antenie'
# with 'Słuchaj' live button, 'Wkrótce na antenie' schedule, an empty text widget. Footer menus, socket with social
# icons. Fixed previous/next post arrows at the page sides. No ad slots and no ad configuration.
# Not labelled: menus, breadcrumbs, tags, print button, embedded tweet (quoted in the text), the radio schedule,
# the empty custom-HTML widgets (no purpose visible), back-to-top link.
MN="/html/body/div[1]/div/div[2]/div[2]/main"
T=MN+"/article/div[3]/div[2]"
SB="/html/body/div[1]/div/div[2]/div[2]/aside/div"
related=[
 R(MN+"/div[2]", "Zobacz także", 8, "after", note="'Zobacz także' related posts grid, 8 items"),
 R(SB+"/section[1]", "Najnowsze", 15, "outside", note="sidebar 'Najnowsze' recent posts list, 15 items"),
 R(SB+"/section[2]", "Audio", 5, "outside", note="sidebar 'Audio' magazine list, 5 broadcasts"),
 R("/html/body/div[1]/a[1]", None, 1, "outside", note="fixed previous-post arrow (Ukraina: Szyrokyne ...) at the page side"),
 R("/html/body/div[1]/a[2]", None, 1, "outside", note="fixed next-post arrow (Funkcjonariusze podlaskiej KAS ...) at the page side"),
]
ctas=[
 C("follow", "Facebook Twitter Instagram Youtube", "outside", "/html/body/div[1]/header/div[1]/div/ul", note="header social icons"),
 C("read_more", "[czytaj więcej]", "inline", T+"/p[3]/strong", amb=True, note="bracketed '[czytaj więcej]' link to the full story at the end of a paragraph"),
 C("read_more", "[więcej]", "inline", T+"/p[4]/strong", amb=True, note="bracketed '[więcej]' link to the full story at the end of a paragraph"),
 C("share", "Udostępnij", "after", MN+"/article/div[3]/footer/div[2]", note="'Udostępnij' share box (Facebook, Twitter, Google+)"),
 C("other", "Teraz na antenie Słuchaj", "outside", SB+"/section[3]", amb=True, note="sidebar 'Teraz na antenie' box with 'Słuchaj' listen-live button"),
 C("follow", "Facebook Twitter Instagram Youtube", "outside", "/html/body/div[1]/div/footer/div/ul", note="footer socket social icons"),
]
ads=[]
