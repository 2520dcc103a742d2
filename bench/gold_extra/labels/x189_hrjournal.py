from _dsl import *
FILE="trafilatura-eval/html/hrjournal.de.trends.html.gz"
# HR Journal (GeneratePress WordPress) article: header social icons, two copies of the main menu, page hero with
# title/byline, the text with a 'Lesen Sie auch die folgenden Beiträge:' link list at its end, Shariff share bar,
# Molongui tabbed author box (profile + 'Beiträge im HR JOURNAL'), 'Lesen Sie auch:' CRP grid, previous/next post
# nav; footer menu. No ad slot and no ad configuration.
# Not labelled: menus (mobile + primary), search, featured-image caption, footer/secondary menus, back-to-top link,
# Borlabs cookie box, empty Molongui marker divs.
E="/html/body/div[3]/div/div/main/article/div"
B=E+"/div[1]"
related=[
 R(B+"/ul", "Lesen Sie auch die folgenden Beiträge:", 3, "after", note="link list after the last paragraph (heading in the sibling bold p[14])"),
 R(B+"/div[3]/div/div/div[2]", "Beiträge im HR JOURNAL", 3, "after", amb=True, note="author box's second tab: three other posts by the author (hidden until the tab is picked)"),
 R(B+"/div[4]", "Lesen Sie auch:", 6, "after", note="Contextual Related Posts grid with 6 teasers"),
 R(E+"/div[2]", None, 2, "after", note="previous/next post nav"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/div/div[1]/aside", note="header social icons (LinkedIn, Twitter, Xing, RSS)"),
 C("share", "twittern teilen mitteilen teilen RSS-feed", "after", B+"/div[1]", note="Shariff share bar under the text"),
 C("follow", "", "after", B+"/div[3]/div/div/div[1]/div[3]", amb=True, note="author box LinkedIn icon"),
]
ads=[]
