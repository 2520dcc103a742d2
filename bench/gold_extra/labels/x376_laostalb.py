from _dsl import *
FILE="trafilatura-eval/html/leichtathletik-ostalbkreis.de.1952007.html.gz"
# leichtathletik-ostalbkreis.de (WordPress Divi) results post 'Ergebnisse: RM Schülerinnen A, Aalen-Unterkochen,
# 19.5.2007': header menu with search; title and meta line (author, date, categories, '0 Kommentare'); results
# heading and one long <pre> results list; comment form (no comments); sidebar ('Aktuelle Inhalte' quick menu, search,
# empty 'Archiv' widget); footer 'Vereine & Kreise' blogroll of club sites, footer menu, RSS icon.
# No related block, no ads, no ad configuration. Not labelled: menus, sidebar quick menu/search/empty archive widget,
# the club blogroll (external club/association sites, a link list rather than stories), footer menu.
A="/html/body/div/div/div/div/div/div[1]/article"
related=[]
ctas=[
 C("comments", "0 Kommentare", "before", A+"/div[1]/p/span[3]", amb=True, note="comment-count link in the meta line under the title"),
 C("comments", "Kommentar absenden Antworten abbrechen", "after", A+"/div[3]/section", note="comment section with reply form (no comments yet)"),
 C("follow", "RSS", "outside", "/html/body/div/div/footer/div[3]/div/ul", amb=True, note="footer social icons row holding only an RSS feed icon"),
]
ads=[]
