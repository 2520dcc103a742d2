from _dsl import *
FILE="trafilatura-eval/html/Finowie odkrywają wino _ Res Publica Nowa.html.gz"
# Res Publica Nowa (publica.pl, Moonraker WordPress theme) essay 'Finowie odkrywają wino': top bar (menu, Facebook /
# Twitter / newsletter icons, search); hero image; header (title, lead, author, date); share icons beside the text;
# text with three h3 sections and an author note; 'Skomentuj lub udostępnij' accordion (Facebook/Twitter boxes,
# Facebook and WordPress comment tabs); bottom share icons; next-post teaser band ('Wino lepsze od pączka?'); empty
# sidebar; footer menu; shiftnav mobile menu; cookie notice. No ads (only a Google conversion script), no ad configuration.
# Not labelled: menus (incl. 'Księgarnia'), search, the author note at the end of the text, the empty #sidebar aside,
# footer menu ('Kontakt' among its links), mobile menu, cookie notice.
P="/html/body/div[2]/div[1]/div[2]/div/article/div[2]"
related=[
 R("/html/body/div[2]/div[2]", None, 1, "after", amb=True, note="(ambiguous since set J was read: no link to the story in the HTML) next-post teaser band under the article: 'Wino lepsze od pączka? Neuroenolożka tłumaczy, jak nasz mózg czasem oszukuje' with lead and author"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/nav/section[2]/ul[1]", note="top-bar Facebook, Twitter and newsletter icons"),
 C("share", "", "before", P+"/div[1]", note="share icons (Twitter, Facebook, LinkedIn, mail) beside the text"),
 C("comments", "Skomentuj lub udostępnij Loading Facebook Comments ... Skomentuj Kliknij tutaj, aby anulować odpowiadanie.", "after", P+"/dl", note="'Skomentuj lub udostępnij' accordion with Facebook and WordPress comment tabs"),
 C("share", "", "after", P+"/dl/dd/div/div[1]", amb=True, note="empty Facebook/Twitter social boxes inside the comment accordion"),
 C("share", "", "after", P+"/div[4]", note="share icons under the article"),
]
ads=[]
