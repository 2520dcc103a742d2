from _dsl import *
FILE="trafilatura-eval/html/viertausendhertz.de.ddg48.html.gz"
# Viertausendhertz podcast label (WordPress, Visual Composer), episode page of 'Durch die Gegend': cover image,
# one teaser paragraph, Podigee player (script), podcast-platform badges, collapsed 'Credits' spoiler, and an
# Essential Grid of further episodes that is empty in the HTML (items and the 'Mehr Episoden anzeigen' button
# only in its script). No sidebar, no ad slot, no ad configuration.
# Not labelled: main menu (incl. 'Newsletter' link among the nav items), category/tag lists in the entry footer,
# footer menu (Twitter/Facebook/Kontakt among 10 nav links), empty footer-connect container, the Podigee player
# (the episode itself), the Credits spoiler.
W="/html/body/div/div[1]/div/div/main/article/div/div/div/div/div/div/div"
related=[
 R(W+"/div[6]", None, 0, "after", amb=True, note="empty Essential Grid of more episodes (filled by script, 'Mehr Episoden anzeigen' load-more)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div/header/div/div/div[2]/div/div/div/div/div", note="header social icons: Twitter, Facebook, Instagram, e-mail"),
 C("follow", "", "after", W+"/div[4]", note="podcast platform badges under the player: iTunes, Spotify, Deezer, Google Podcasts, Pocket Casts, Overcast, Castro, RSS"),
]
ads=[]
