from _dsl import *
FILE="wcxb/html/0436.html.gz"
# Pierce Freeman's personal site (Next.js) note 'Go ahead, self-host Postgres': header nav (name // About Notes Projects
# Travel Media; mobile burger with slide-in menu and theme toggle); article (h1, date, prose text with lists, code blocks,
# footnote markers, conclusion, footnotes section); empty inline-footnotes rail; footer (three dots, RSS / GitHub /
# Twitter icon links); fixed 'Ctrl+K to Preview' hint (opacity-0). No related content, no ads, no ad configuration.
# Not labelled: menus (incl. mobile slide-in and theme toggles), footnotes and the empty footnote rail, 'Ctrl+K to
# Preview' hint (a link-preview shortcut, not an ask), in-text links to the author's GitHub projects (ordinary links).
related=[]
ctas=[
 C("follow", "", "outside", "/html/body/div[2]/footer/div/div[2]", note="footer icon links: RSS feed, GitHub, Twitter"),
]
ads=[]
