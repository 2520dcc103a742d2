from _dsl import *
FILE="trafilatura-eval/html/resonator-podcast.de.res158.html.gz"
M="/html/body/div/div/div/div/main"
E=M+"/article/div"
SB="/html/body/div/div/div/aside"
related=[
 R(E+"/p[5]", "Mehr zum Thema:", 5, "after", note="'Mehr zum Thema:' list of five earlier episodes after the episode metadata"),
 R(E+"/iframe", None, 0, "after", amb=True, note="fyyd.de search embed for 'resonator' (episode list loaded in an iframe) at the end of the entry"),
 R(SB+"/section[10]", "Neue Kommentare", 8, "outside", amb=True, note="sidebar recent comments: 'author bei <episode>' links"),
]
ctas=[
 C("follow", "", "after", E+"/center[1]", note="Podlove subscribe button (podcast feeds, script-rendered) after the episode notes"),
 C("other", "Mit diesem Button kannst Du diese Podcast-Episode zu einer Kurationsliste der Podcast-Suchmaschine FYYD hinzufügen", "after", E+"/p[9]", note="fyyd curation prompt (the source's ground truth leaves it out)"),
 C("other", "", "after", E+"/center[2]", amb=True, note="fyyd curate-button iframe under that prompt"),
 C("comments", "Ein Gedanke zu „RES158 Sternfusion am Teilchenbeschleuniger“", "after", M+"/div", note="comment list and comment form"),
 C("follow", "Kostenlos abonnieren", "outside", SB+"/section[3]", note="sidebar Podlove subscribe-button widget"),
 C("follow", "bei iTunes als mpeg4 AAC-Feed als mp3-Feed als Opus-Feed per Torrent bei Bitlove", "outside", SB+"/section[4]", amb=True, note="sidebar feed links (iTunes, AAC/mp3/Opus feeds, Bitlove) under the subscribe widget"),
 C("share", "Teilen erwünscht! Der Resonator-Podcast von Holger Klein/Helmholtz-Gemeinschaft steht unter einer Creative Commons", "outside", SB+"/section[5]", amb=True, note="'Teilen erwünscht!' licence notice (CC BY 4.0)"),
 C("other", "Andere Podcasts", "outside", SB+"/section[7]", amb=True, note="image link to wissenschaftspodcasts.de"),
 C("other", "Kuratierter Podcastfeed", "outside", SB+"/section[9]", amb=True, note="image link promoting the site's curated podcast feed page"),
]
ads=[]
